package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyExtractionTest {
  static final String P1 =
      "The Ministry of Transport today presented its plan for the national rail network, which"
          + " adds three new lines by 2030.";
  static final String P2 =
      "The plan was drawn up with the regions, the operators and the passenger associations over"
          + " eighteen months of consultation.";
  static final String P3 = "Construction of the first line begins next spring.";

  private static List<String> body(String head, String body) throws ParseException {
    return HtmlPages.parse(TitleDetectionTest.page(head, body)).paragraphs();
  }

  @Test
  void keepsNavigationSidebarsRelatedNewsShareBarsCookieBannersAndFootersOut() throws Exception {
    String page =
        "<div id=\"cookie-banner\"><p>We use cookies to improve your experience on this website."
            + " By continuing to browse you agree to our use of cookies.</p><button>OK</button></div>"
            + "<header class=\"site-header\"><div class=\"logo\">Ministry of Transport</div>"
            + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>"
            + "<div class=\"layout\"><div class=\"col-main\"><h1>National Rail Plan Presented</h1>"
            + "<p>"
            + P1
            + "</p><div class=\"share-bar\"><a href=\"x\">Facebook</a> <a href=\"y\">Twitter</a></div>"
            + "<p>"
            + P2
            + "</p><p>"
            + P3
            + "</p>"
            + "<div class=\"related-news\"><h3>Related news</h3><ul>"
            + "<li><a href=\"/a\">Minister visits the new rail depot in the north of the country</a></li>"
            + "<li><a href=\"/b\">Rail freight volumes grow for the third year in a row, report says</a></li></ul></div>"
            + "</div><aside><h2>Most read</h2><p>A long sidebar teaser paragraph that talks about something"
            + " else entirely and should never be part of the body of this release.</p></aside>"
            + "<div class=\"sidebar\"><p>Another sidebar text block with enough words to look like"
            + " content to a naive extractor, but it is a sidebar.</p></div></div>"
            + "<footer><p>© Ministry of Transport. All rights reserved. Imprint, privacy policy and"
            + " accessibility statement.</p></footer>";
    assertEquals(List.of(P1, P2, P3), body("", page));
  }

  @Test
  void startsAfterTheTitleAndEndsBeforeAReadAlsoList() throws Exception {
    String page =
        "<div class=\"content\"><p class=\"kicker\">Press release</p><h1>Rail Plan</h1>"
            + "<p>"
            + P1
            + "</p><p>"
            + P2
            + "</p>"
            + "<p><strong>Read also:</strong></p><ul>"
            + "<li><a href=\"/1\">No. 34 of 8 November 2021</a></li>"
            + "<li><a href=\"/2\">No. 33 of 5 November 2021</a></li></ul></div>";
    assertEquals(List.of(P1, P2), body("", page));
  }

  @Test
  void aLineBreakEndsAParagraph() throws Exception {
    assertEquals(
        List.of("Background:", P1, P2),
        body(
            "",
            "<h1>Rail Plan</h1><div class=\"text\"><p><strong>Background:</strong><br>\n"
                + P1
                + "<br><br>"
                + P2
                + "</p></div>"));
  }

  @Test
  void foldsWhitespaceDropsSoftHyphensAndIndents() throws Exception {
    assertEquals(
        List.of("为支持苏丹应对新冠肺炎疫情，中国政府决定派遣专家组。", "Die Bundespolizei meldet"),
        body(
            "",
            "<div class=\"title\">标题</div><div class=\"content\"><p>\u3000\u3000为支持苏丹应对新冠肺炎疫情，"
                + "中国政府决定派遣专家组。 </p><p>\n  Die Bundes&shy;polizei \n  meldet&nbsp;</p></div>"));
  }

  @Test
  void keepsTextSplitAcrossSiblingBlocks() throws Exception {
    String page =
        "<article><h1>Rail Plan</h1><div class=\"para\"><p>"
            + P1
            + "</p></div>"
            + "<div class=\"ad-slot\"><a href=\"/ad\">Advertisement</a></div>"
            + "<div class=\"para\"><p>"
            + P2
            + "</p></div><div class=\"para\"><p>"
            + P3
            + "</p></div></article>";
    assertEquals(List.of(P1, P2, P3), body("", page));
  }

  @Test
  void usesJsonLdArticleBodyOnlyWhenThePageShowsNoBody() throws Exception {
    String head =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
            + "\"NewsArticle\",\"headline\":\"Rail Plan\",\"datePublished\":\"2024-02-03\","
            + "\"inLanguage\":\"en\",\"articleBody\":\""
            + P1
            + "\\n\\n"
            + P2
            + "\"}</script>";
    var r = HtmlPages.parse(TitleDetectionTest.page(head, "<div id=\"app\"></div>"));
    assertEquals("Rail Plan", r.title());
    assertEquals("2024-02-03", r.timestamp().toString());
    assertEquals("en", r.language());
    assertEquals(List.of(P1, P2), r.paragraphs());
    assertEquals(List.of(P3), body(head, "<h1>Rail Plan</h1><div><p>" + P3 + "</p></div>"));
  }

  @Test
  void readsTextSplitByLineBreaksInOneDivWithoutTheToolbarAboveIt() throws Exception {
    String page =
        "<div class=\"vibox\"><div class=\"title\">外交部发言人答记者问</div><div class=\"time\">2012-03-04</div>"
            + "<div class=\"info\">[字体：<a href=\"#\">大</a> <a href=\"#\">中</a> <a href=\"#\">小</a>]"
            + " <a href=\"#\">打印本页</a></div><div id=\"News_Body_Txt_A\">　　问：中方对此有何评论？<br><br>"
            + "　　答：我们注意到有关报道。中方一贯主张通过对话协商解决分歧，维护地区和平稳定。<br></div></div>";
    assertEquals(
        List.of("问：中方对此有何评论？", "答：我们注意到有关报道。中方一贯主张通过对话协商解决分歧，维护地区和平稳定。"),
        body("<title>外交部发言人答记者问 — 外交部</title>", page));
  }

  @Test
  void aBodyClassThatSoundsLikeFurnitureIsStillThePage() throws Exception {
    String page =
        "<html><head><meta property=\"og:title\" content=\"Rail Plan\"></head>"
            + "<body class=\"has-sidebar nav-open\"><div class=\"text\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body></html>";
    assertEquals(List.of(P1, P2), HtmlPages.parse(page).paragraphs());
  }

  @Test
  void keepsALeadParagraphBetweenTitleAndContent() throws Exception {
    String page =
        "<main><div class=\"gem-c-title\"><span>Press release</span><h1>Rail Plan</h1></div>"
            + "<p class=\"lead\">"
            + P3
            + "</p><div class=\"meta\"><p>From: <a href=\"/d\">Department"
            + " of Transport</a></p><p>Published 2 May 2023</p></div>"
            + "<div class=\"row\"><div class=\"govspeak\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div>"
            + "<aside><p>A related item with a long enough text to look like a paragraph of a"
            + " release.</p></aside></div></main>";
    var r = HtmlPages.parse(TitleDetectionTest.page("", page));
    assertEquals(List.of(P3, P1, P2), r.paragraphs());
    assertEquals("2023-05-02", r.timestamp().toString());
  }

  @Test
  void aPageWithOnlyATitleHasNoParagraphs() throws Exception {
    assertEquals(List.of(), body("", "<h1>Rail Plan</h1>"));
  }

  @Test
  void aContainerNamedLikeFurnitureThatHoldsTheArticleIsKept() throws Exception {
    String page =
        "<div class=\"teaser-list\"><h1>National Rail Plan Presented</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p><p>"
            + P3
            + "</p></div>"
            + "<div class=\"teaser\"><p><a href=\"/x\">Minister visits the new rail depot</a></p></div>";
    assertEquals(List.of(P1, P2, P3), body("", page));
    assertEquals(
        "National Rail Plan Presented",
        HtmlPages.parse(
                TitleDetectionTest.page(
                    "<title>Transport | Rail plan presented today</title>", page))
            .title());
  }
}
