package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.ParseException;
import org.junit.jupiter.api.Test;

class TitleDetectionTest {

  static String page(String head, String body) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        + head
        + "</head><body>"
        + body
        + "</body></html>";
  }

  private static String title(String head, String body) throws ParseException {
    return HtmlPages.parse(page(head, body)).title();
  }

  @Test
  void readsTheArticleH1NotTheSiteNameH1() throws Exception {
    assertEquals(
        "Minister Opens New Bridge",
        title(
            "<title>Minister Opens New Bridge | Ministry of Works</title>",
            "<header><h1><a href=\"/\">Ministry of Works</a></h1></header>"
                + "<main><h1>Minister Opens New Bridge</h1><p>The minister opened the bridge on Monday"
                + " morning in front of a large crowd.</p></main>"));
  }

  @Test
  void neverTakesTheSiteNameFromOgSiteName() throws Exception {
    assertEquals(
        "Harbour Reopens After Storm",
        title(
            "<meta property=\"og:site_name\" content=\"Port Authority\">"
                + "<meta property=\"og:title\" content=\"Harbour Reopens After Storm\">",
            "<h1>Port Authority</h1><div class=\"story\"><h2>Harbour Reopens After Storm</h2>"
                + "<p>The harbour reopened today after the storm damage was repaired by crews.</p></div>"));
  }

  @Test
  void withoutH1FindsTheTitleElementTheTitleTagNames() throws Exception {
    assertEquals(
        "New Rules for Cross-Border Trade",
        title(
            "<title>New Rules for Cross-Border Trade — Trade Office</title>",
            "<div class=\"nav\"><a href=\"/\">Home</a></div>"
                + "<div id=\"News_Body_Title\">New Rules for Cross-Border Trade</div>"
                + "<div class=\"content\"><p>New rules for cross-border trade come into force in"
                + " January, the office announced.</p></div>"));
  }

  @Test
  void ignoresRepeatedSidebarTitles() throws Exception {
    assertEquals(
        "Budget Passes Second Reading",
        title(
            "<title>Budget Passes Second Reading - Parliament</title>",
            "<aside class=\"sidebar\"><h1 class=\"title\">Most read</h1>"
                + "<h2 class=\"title\">Budget Passes Second Reading</h2></aside>"
                + "<article><h1>Budget Passes Second Reading</h1><p>The budget passed its second"
                + " reading late on Thursday by a wide margin.</p></article>"
                + "<aside><h1>Newsletter</h1></aside>"));
  }

  @Test
  void fallsBackToJsonLdHeadline() throws Exception {
    assertEquals(
        "Agency Publishes Annual Report",
        title(
            "<title>Agency</title><script type=\"application/ld+json\">{\"@context\":"
                + "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Agency Publishes Annual Report\"}</script>",
            "<div><p>The annual report is out and shows growth in every region of the"
                + " country.</p></div>"));
  }

  @Test
  void fallsBackToOgTitleThenToTheLongestTitlePart() throws Exception {
    assertEquals(
        "Council Approves Housing Plan",
        title(
            "<title>City | Council Approves Housing Plan</title>"
                + "<meta property=\"og:title\" content=\"Council Approves Housing Plan\">",
            "<p>short</p>"));
    assertEquals(
        "Council Approves Housing Plan",
        title("<title>City | Council Approves Housing Plan</title>", "<p>x</p>"));
  }

  @Test
  void foldsWhitespaceAndDropsSoftHyphens() throws Exception {
    assertEquals(
        "Bundes\u00ADpolizei meldet Erfolg".replace("\u00AD", ""),
        title("", "<h1>\n  Bundes&shy;polizei\n   meldet\tErfolg  </h1><p>Text.</p>"));
  }

  @Test
  void aPageWithoutAnyTitleIsAClearError() {
    ParseException e =
        assertThrows(ParseException.class, () -> HtmlPages.parse(page("", "<p>Only text.</p>")));
    assertTrue(e.getMessage().startsWith("no title"), e.getMessage());
  }

  @Test
  void aShortCjkHeadlineInTheTitleBeatsALongerSiteNameTheFooterShows() throws Exception {
    String body =
        "<div class=\"main\"><p>外交部发言人宣布，中国政府决定向苏丹派遣抗疫医疗专家组，专家组由国家卫生健康委员会组建。"
            + "</p><p>专家组将与当地同行分享抗疫经验，并提供技术指导和培训。</p></div>"
            + "<div class=\"footer\">版权所有：中华人民共和国外交部</div>";
    assertEquals("王毅会见", title("<title>中华人民共和国外交部 — 王毅会见</title>", body));
    assertEquals("王毅会见", title("<title>王毅会见 — 中华人民共和国外交部</title>", body));
  }

  @Test
  void theTitlePartThatMatchesAHeadingIsTheHeadlineHoweverShort() throws Exception {
    assertEquals(
        "新闻稿",
        title(
            "<title>新闻稿 | Ministry of Foreign Affairs of the People's Republic</title>",
            "<div><div class=\"title\">新闻稿</div><p>The ministry announced the measures on"
                + " Tuesday after a long consultation with the regions.</p></div>"));
  }
}
