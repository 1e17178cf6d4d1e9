package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import org.junit.jupiter.api.Test;

class TimestampDetectionTest {
  private static final String BODY =
      "<p>The ministry announced the measures on Tuesday after a long consultation with the"
          + " regions and the industry associations concerned.</p>";

  private static PressRelease read(String head, String body) throws ParseException {
    return HtmlPages.parse(TitleDetectionTest.page(head, body));
  }

  private static String stamp(String head, String body) throws ParseException {
    Timestamp t = read(head, body).timestamp();
    return t == null ? null : t.toString();
  }

  @Test
  void readsJsonLdDatePublishedWithOffsetAndSeconds() throws Exception {
    assertEquals(
        "2021-03-04T10:15:30+01:00",
        stamp(
            "<script type=\"application/ld+json\">[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\",\"dateModified\":\"2022-01-01\","
                + "\"datePublished\":\"2021-03-04T10:15:30.123+01:00\"}]</script>",
            "<h1>H</h1>" + BODY));
  }

  @Test
  void readsArticlePublishedTime() throws Exception {
    assertEquals(
        "2022-05-06T07:08Z",
        stamp(
            "<meta property=\"article:published_time\" content=\"2022-05-06T07:08Z\">"
                + "<meta property=\"article:modified_time\" content=\"2023-01-01T00:00Z\">",
            "<h1>H</h1>" + BODY));
  }

  @Test
  void aNoonUtcDefaultIsADateNotATime() throws Exception {
    assertEquals(
        "2020-06-19",
        stamp(
            "<meta property=\"article:published_time\" content=\"2020-06-19T12:00:00.000Z\">",
            "<h1>H</h1>" + BODY));
    assertEquals(
        "2020-06-19",
        stamp(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-06-19T12:00:00Z\"}</script>",
            "<h1>H</h1>" + BODY));
  }

  @Test
  void readsCommonMetaTags() throws Exception {
    assertEquals(
        "2020-09-27", stamp("<meta name=\"PubDate\" content=\"2020-09-27\">", "<h1>H</h1>" + BODY));
    assertEquals(
        "2019-02-03",
        stamp("<meta name=\"publishdate\" content=\"2019-02-03\">", "<h1>H</h1>" + BODY));
    assertEquals(
        "2018-12-31", stamp("<meta name=\"DC.date\" content=\"2018-12-31\">", "<h1>H</h1>" + BODY));
  }

  @Test
  void aVisibleTimeRefinesADateOnlyMetaTag() throws Exception {
    PressRelease r =
        read(
            "<meta name=\"PubDate\" content=\"2020-09-27\">"
                + "<meta name=\"ArticleTitle\" content=\"Medical Team Leaves for Lesotho\">",
            "<div class=\"title\">Medical Team Leaves for Lesotho</div><div class=\"time\"><span>来源：</span>"
                + "<span id=\"News_Body_Time\">2020-09-27 09:08</span></div>"
                + BODY);
    assertEquals("2020-09-27T09:08", r.timestamp().toString());
    assertFalse(String.join("\n", r.paragraphs()).contains("2020-09-27"));
  }

  @Test
  void readsTimeElementNearTheTitle() throws Exception {
    assertEquals(
        "2022-05-06T07:08:09",
        stamp(
            "",
            "<article><h1>H</h1><p class=\"meta\">Posted <time datetime=\"2022-05-06T07:08:09\">May 6</time></p>"
                + BODY
                + "</article>"));
  }

  @Test
  void readsDateLinesPeopleWrite() throws Exception {
    String[][] cases = {
      {"10.11.2021", "2021-11-10"},
      {"Veröffentlicht am 10. November 2021", "2021-11-10"},
      {"2023年10月28日 13:25", "2023-10-28T13:25"},
      {"October 28, 2023", "2023-10-28"},
      {"28 October 2023 14:05", "2023-10-28T14:05"},
      {"2023/10/28", "2023-10-28"},
      {"Published: 2023-10-28 13:25", "2023-10-28T13:25"}
    };
    for (String[] c : cases) {
      PressRelease r = read("", "<div><h1>H</h1><p><em>" + c[0] + "</em></p>" + BODY + "</div>");
      assertEquals(c[1], r.timestamp().toString(), c[0]);
      assertEquals(1, r.paragraphs().size(), "the date line is not body: " + r.paragraphs());
    }
  }

  @Test
  void aDateOnlyInASidebarIsNoTimestamp() throws Exception {
    assertNull(
        stamp(
            "",
            "<div class=\"main\"><h1>H</h1>"
                + BODY
                + "</div>"
                + "<aside><h2>Related</h2><ul><li><a href=\"a\">Older news</a> (2020-05-27)</li></ul>"
                + "<p>2020-05-26</p></aside>"
                + "<div class=\"sidebar\"><p>28.10.2023</p></div>"));
  }

  @Test
  void aSidebarBeforeTheTitleIsNotItsDateLine() throws Exception {
    assertEquals(
        "2021-01-02",
        stamp(
            "",
            "<div class=\"related-news\"><p>2020-05-27</p></div><h1>H</h1>"
                + "<nav><p>2019-01-01</p></nav><p>2021-01-02</p>"
                + BODY));
  }

  @Test
  void ignoresLastChangedLinesAndDatesInsideTheBody() throws Exception {
    assertNull(
        stamp(
            "",
            "<h1>H</h1><p>Stand: 01.02.2020</p><p>Last updated on October 28, 2023</p>"
                + "<p>On 3 March 2021 the ministry announced measures that will apply across the"
                + " country for the whole of the coming year.</p>"
                + "<footer>Last changed 2024-01-01</footer>"));
  }

  @Test
  void readsDateLinesInTheShapesOtherFormatsRead() throws Exception {
    String[][] cases = {
      {"Monday, October 30th, 2023", "2023-10-30"},
      {"28th October 2023", "2023-10-28"},
      {"2023-10-28T13:25", "2023-10-28T13:25"},
      {"Posted October 28, 2023 at 13:25", "2023-10-28T13:25"},
      {"2023年10月28日 13：25：07", "2023-10-28T13:25:07"},
      {"２０２３年１０月２８日", "2023-10-28"},
      {"VERÖFFENTLICHT AM 10. MÄRZ 2021", "2021-03-10"},
      {"2023-10-28 25:99", "2023-10-28"},
    };
    for (String[] c : cases) {
      PressRelease r = read("", "<div><h1>H</h1><p><em>" + c[0] + "</em></p>" + BODY + "</div>");
      assertEquals(c[1], r.timestamp().toString(), c[0]);
      assertEquals(1, r.paragraphs().size(), "the date line is not body: " + r.paragraphs());
    }
  }

  @Test
  void noonUtcIsADateFieldsDefaultNotAStatedTime() throws Exception {
    assertEquals(
        "2021-11-10",
        stamp(
            "<meta property=\"article:published_time\" content=\"2021-11-10T12:00:00Z\">",
            "<h1>H</h1>" + BODY));
    assertEquals(
        "2021-11-10",
        stamp("", "<h1>H</h1><time datetime=\"2021-11-10T12:00+00:00\">10 Nov</time>" + BODY));
    // Noon elsewhere, or a minute past noon in UTC, is a time someone stated.
    assertEquals(
        "2021-11-10T12:00+01:00",
        stamp(
            "<meta property=\"article:published_time\" content=\"2021-11-10T12:00+01:00\">",
            "<h1>H</h1>" + BODY));
    assertEquals(
        "2021-11-10T12:01Z",
        stamp(
            "<meta property=\"article:published_time\" content=\"2021-11-10T12:01Z\">",
            "<h1>H</h1>" + BODY));
  }

  @Test
  void aDateInTheHeadlineDatesAPageNothingElseDates() throws Exception {
    assertEquals(
        "2019-12-26", stamp("", "<h1>Regular Press Conference on December 26, 2019</h1>" + BODY));
    // Any other date of the page wins over the headline's.
    assertEquals(
        "2020-01-03",
        stamp(
            "<meta name=\"PubDate\" content=\"2020-01-03\">",
            "<h1>Regular Press Conference on December 26, 2019</h1>" + BODY));
  }
}
