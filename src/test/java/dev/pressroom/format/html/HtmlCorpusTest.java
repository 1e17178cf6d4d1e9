package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Seeds;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real pages in {@code ../shared/corpus/html/} (see its SOURCES.tsv). */
class HtmlCorpusTest {

  private static PressRelease page(String name) throws Exception {
    return HtmlPages.parse(Seeds.corpusFile("html/" + name));
  }

  private static String all(PressRelease r) {
    return r.title()
        + "\n"
        + String.join("\n", r.breadcrumb())
        + "\n"
        + String.join("\n", r.paragraphs());
  }

  @Test
  void readsTheFmprcEnglishPressConferenceInTheSeedsShape() throws Exception {
    PressRelease r = page("fmprc-en-pressconf-2019-12-26-short.html");
    assertEquals(
        List.of(
            "Home",
            "Press and Media Service",
            "Spokesperson's Remarks",
            "Regular Press Conference"),
        r.breadcrumb());
    assertEquals(
        "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on December 26, 2019",
        r.title());
    // The page's date field (News_Body_Time) is empty and nothing else dates the page: the
    // date the headline states is the conference's day.
    assertEquals(Timestamp.parse("2019-12-26"), r.timestamp());
    assertEquals("en", r.language());
    assertEquals(
        List.of(
            "Q: China, Iran and Russia are supposed to conduct military exercises in the northern"
                + " Indian Ocean tomorrow. I'm just curious if you have any more information about the"
                + " purpose of these exercises?",
            "A: The exercises are a normal military exchange for China, Iran and Russia. I'd refer"
                + " you to the Ministry of National Defense for more specifics. They have a press"
                + " conference scheduled for this afternoon."),
        r.paragraphs());
    assertEquals(
        List.of(FooterAction.of("Suggest to a friend"), FooterAction.of("Print")),
        r.footerActions());
    String text = all(r);
    for (String absent :
        new String[] {
          "Regular Press Conference on December 25, 2019", "Related News", "Copyright",
          "Please enter", "Chinese Embassies", "Appendix"
        }) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void readsTheFmprcChineseStatementInTheSeedsShape() throws Exception {
    PressRelease r = page("fmprc-zh-sudan-medical-team-2020-05-29.html");
    assertEquals(List.of("首页", "外交动态", "发言人表态"), r.breadcrumb());
    assertEquals("中国政府向苏丹派遣抗疫医疗专家组", r.title());
    assertEquals(Timestamp.parse("2020-05-29"), r.timestamp());
    assertEquals("zh", r.language());
    assertEquals(
        List.of("外交部发言人赵立坚宣布：", "为支持苏丹应对新冠肺炎疫情，中国政府决定向苏丹派遣抗疫医疗专家组。专家组由国家卫生健康委员会组建，由重庆市卫健委选派。"),
        r.paragraphs());
    assertEquals(List.of(FooterAction.of("打印本页"), FooterAction.of("推荐给朋友")), r.footerActions());
    String text = all(r);
    for (String absent :
        new String[] {"中国政府向赤道几内亚派遣抗疫医疗专家组", "2020-05-27", "相关新闻", "版权所有", "来源", "字体", "领导人活动"}) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void readsTheLaterMfaTemplateWithMinutes() throws Exception {
    PressRelease r = page("mfa-zh-2020-09-27-lesotho-angola-medical-team.html");
    assertEquals(List.of("首页", "外交动态", "发言人表态"), r.breadcrumb());
    assertEquals("中国政府向莱索托、安哥拉派遣抗疫医疗专家组", r.title());
    // meta PubDate says 2020-09-27; the visible line adds the minutes.
    assertEquals(Timestamp.parse("2020-09-27T09:08"), r.timestamp());
    assertEquals("zh", r.language());
    assertEquals(
        List.of(
            "外交部发言人汪文斌宣布：",
            "为帮助莱索托、安哥拉应对新冠肺炎疫情，中国政府决定向两国派遣抗疫医疗专家组。专家组由国家卫健委组建，湖北省卫健委选派，已于9月27日凌晨启程。"),
        r.paragraphs());
    assertEquals(List.of(FooterAction.of("打印本页"), FooterAction.of("推荐给朋友")), r.footerActions());
    String text = all(r);
    for (String absent : new String[] {"网站标识码", "京ICP备", "常驻联合国代表团", "搜索"}) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void readsTheBundespolizeiReleaseWithoutNavigationOrReadAlsoList() throws Exception {
    PressRelease r = page("bundespolizei-de-2021-11-10-belarus.html");
    // "Sie sind hier: {0} Startseite > Aktuelles > <title>": placeholder and title dropped.
    assertEquals(List.of("Startseite", "Aktuelles"), r.breadcrumb());
    assertEquals(
        "Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen"
            + " durch die Bundespolizei im laufenden Jahr",
        r.title());
    assertEquals(Timestamp.parse("2021-11-10"), r.timestamp());
    assertEquals("de", r.language());
    List<String> p = r.paragraphs();
    assertEquals(6, p.size(), p.toString());
    assertTrue(
        p.get(0)
            .startsWith(
                "Bis einschließlich 9. November 2021 registrierte die Bundespolizei im"
                    + " November 1.246 unerlaubte Einreisen mit einem Bezug zu Belarus."),
        p.get(0));
    assertEquals("Hintergrund:", p.get(1));
    assertTrue(p.get(2).startsWith("Seit August 2021 ist die Bundespolizei"), p.get(2));
    assertTrue(
        p.get(5).endsWith("Bei gestelltem Schutzersuchen besteht aktuell keine Möglichkeit dazu."),
        p.get(5));
    assertEquals("Seite drucken", r.footerActions().get(0).label());
    assertNull(r.footerActions().get(0).target(), "href=\"#\" is no target");
    assertEquals("Seite empfehlen", r.footerActions().get(1).label());
    assertTrue(
        r.footerActions()
            .get(1)
            .target()
            .toString()
            .startsWith(
                "https://www.bundespolizei.de/SiteGlobals/Functions/Websites/Web/SeiteEmpfehlen/"),
        "resolved against <base href>");
    assertEquals(2, r.footerActions().size());
    String text = all(r);
    for (String absent :
        new String[] {
          "\u00AD", "{0}", "Lesen Sie dazu auch", "Nr. 34 vom 08. November 2021", "10.11.2021",
          "Hotline für alle Fälle", "Sicher auf Reisen", "Servicemenü", "Impressum", "Suchbegriff"
        }) {
      assertFalse(text.contains(absent), absent);
    }
  }

  @Test
  void everyCorpusPageSurvivesOurOwnHtml() throws Exception {
    for (Path file : Seeds.corpusFiles("html")) {
      PressRelease read = HtmlPages.parse(file);
      assertEquals(read, HtmlPages.parse(HtmlPages.render(read)), file.toString());
    }
  }
}
