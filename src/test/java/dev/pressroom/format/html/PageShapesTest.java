package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole pages we wrote in the shapes real sites use, each read into the release it shows. */
class PageShapesTest {
  private static final String P1 =
      "The harbour authority reopened the northern quay on Monday after repairs to the storm"
          + " damage were finished ahead of schedule.";
  private static final String P2 = "Ferries to the islands run on the normal timetable again.";

  private static PressRelease expected(String title, String ts, String lang) {
    return PressRelease.builder()
        .title(title)
        .timestamp(ts == null ? null : Timestamp.parse(ts))
        .language(lang)
        .paragraphs(List.of(P1, P2))
        .build();
  }

  @Test
  void jsonLdOnly() throws Exception {
    String page =
        "<html><head><script type=\"application/ld+json\">\n<!--\n{\"@context\": \"https://schema.org\","
            + " \"@graph\": [{\"@type\": \"WebPage\", \"name\": \"Harbour Authority\"}, {\"@type\":"
            + " \"NewsArticle\", \"headline\": \"Northern Quay Reopens\", \"datePublished\":"
            + " \"2024-01-15T08:00:00+01:00\", \"inLanguage\": \"en-GB\",}]}\n-->\n</script></head>"
            + "<body><div class=\"text\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body></html>";
    assertEquals(
        expected("Northern Quay Reopens", "2024-01-15T08:00:00+01:00", "en-GB"),
        HtmlPages.parse(page));
  }

  @Test
  void metaTagsOnly() throws Exception {
    String page =
        "<html><head><title>Harbour Authority</title>"
            + "<meta property=\"og:title\" content=\"Northern Quay Reopens\">"
            + "<meta name=\"publishdate\" content=\"2024-01-15\">"
            + "<meta http-equiv=\"content-language\" content=\"en\"></head>"
            + "<body><div class=\"text\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div></body></html>";
    assertEquals(expected("Northern Quay Reopens", "2024-01-15", "en"), HtmlPages.parse(page));
  }

  @Test
  void wrongCharsetDeclaration() throws Exception {
    String page =
        "<html lang=\"de\"><head><meta http-equiv=\"Content-Type\" content=\"text/html;"
            + " charset=ISO-8859-1\"></head><body><h1>Nördlicher Kai – wieder geöffnet</h1>"
            + "<p>15.01.2024</p><p>Die Hafenbehörde hat den nördlichen Kai am Montag nach der"
            + " Reparatur der Sturmschäden wieder geöffnet.</p></body></html>";
    PressRelease r = HtmlPages.parse(page, Charset.forName("UTF-8"));
    assertEquals("Nördlicher Kai – wieder geöffnet", r.title());
    assertEquals(Timestamp.parse("2024-01-15"), r.timestamp());
    assertEquals("de", r.language());
    assertEquals(1, r.paragraphs().size());
  }

  @Test
  void dateOnlyInASidebar() throws Exception {
    String page =
        "<html lang=\"en\"><body><div class=\"main\"><h1>Northern Quay Reopens</h1><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div><aside><h2>Latest</h2><ul><li><a href=\"/a\">Storm"
            + " warning lifted</a> <span class=\"date\">2024-01-12</span></li></ul></aside>"
            + "<div class=\"sidebar\"><p>Last updated 2024-01-16</p></div></body></html>";
    assertEquals(expected("Northern Quay Reopens", null, "en"), HtmlPages.parse(page));
  }

  @Test
  void noH1() throws Exception {
    String page =
        "<html><head><title>Northern Quay Reopens - Harbour Authority</title></head><body>"
            + "<div class=\"urhere\"><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a></div>"
            + "<div class=\"news-title\">Northern Quay Reopens</div><div class=\"date\">2024-01-15 09:30</div>"
            + "<div class=\"news-body\"><p>"
            + P1
            + "</p><p>"
            + P2
            + "</p></div>"
            + "<div class=\"tools\"><a href=\"https://harbour.example/print/1\">Print</a></div></body></html>";
    assertEquals(
        expected("Northern Quay Reopens", "2024-01-15T09:30", "en").toBuilder()
            .breadcrumb("Home", "News")
            .footerAction(
                new FooterAction("Print", java.net.URI.create("https://harbour.example/print/1")))
            .build(),
        HtmlPages.parse(page));
  }
}
