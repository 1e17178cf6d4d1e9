package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.ParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreadcrumbTest {
  private static final String REST =
      "<h1>Rail Plan Presented</h1><p>The ministry presented its rail plan today in the capital.</p>";

  private static List<String> crumbs(String head, String body) throws ParseException {
    return HtmlPages.parse(TitleDetectionTest.page(head, body)).breadcrumb();
  }

  @Test
  void readsANavWithAriaLabel() throws Exception {
    assertEquals(
        List.of("Home", "News", "Press releases"),
        crumbs(
            "",
            "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li><li><a href=\"/n\">News</a></li>"
                + "<li><a href=\"/p\">Press releases</a></li><li aria-current=\"page\">Rail Plan Presented</li></ol></nav>"
                + REST));
  }

  @Test
  void readsSchemaOrgMicrodataAndJsonLd() throws Exception {
    assertEquals(
        List.of("Start", "Aktuelles"),
        crumbs(
            "",
            "<ol itemscope itemtype=\"https://schema.org/BreadcrumbList\"><li itemprop=\"itemListElement\">"
                + "<a href=\"/\">Start</a></li><li>Aktuelles</li></ol>"
                + REST));
    assertEquals(
        List.of("Home", "Newsroom"),
        crumbs(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":"
                + "\"BreadcrumbList\",\"itemListElement\":[{\"@type\":\"ListItem\",\"position\":2,\"name\":"
                + "\"Newsroom\"},{\"@type\":\"ListItem\",\"position\":1,\"item\":{\"@id\":\"/\",\"name\":\"Home\"}}]}]}"
                + "</script>",
            REST));
  }

  @Test
  void readsSeparatedTrailsWithNbspAndYouAreHere() throws Exception {
    assertEquals(
        List.of("Home", "Press and Media Service", "Spokesperson's Remarks"),
        crumbs(
            "",
            "<div class=\"x\"><a href=\"/\">Home</a>&nbsp;&gt;&nbsp;<a href=\"/p\">Press and Media Service</a>"
                + "&nbsp;&gt;&nbsp;<a href=\"/s\">Spokesperson's Remarks</a></div>"
                + REST));
    assertEquals(
        List.of("首页", "新闻"),
        crumbs(
            "",
            "<div class=\"weizhi\">当前位置：<a href=\"/\">首页</a> » <a href=\"/x\">新闻</a></div>"
                + REST));
    assertEquals(
        List.of("Home", "News"),
        crumbs("", "<p>You are here: <a href=\"/\">Home</a> <a href=\"/n\">News</a></p>" + REST));
  }

  @Test
  void dropsUnrenderedPlaceholdersAndTheTitleAtTheEnd() throws Exception {
    assertEquals(
        List.of("Startseite", "Aktuelles"),
        crumbs(
            "",
            "<div id=\"navBreadcrumbs\"><p class=\"aural\">Sie sind hier: {0}</p><ol>"
                + "<li><a href=\"/\">Startseite</a></li><li><a href=\"/a\">Aktuelles</a></li>"
                + "<li><strong>Rail Plan Presented</strong></li></ol></div>"
                + REST));
  }

  @Test
  void aMenuIsNotABreadcrumb() throws Exception {
    assertEquals(
        List.of(),
        crumbs(
            "",
            "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/a\">About</a></li>"
                + "<li><a href=\"/n\">News</a></li></ul></nav>"
                + REST));
  }

  @Test
  void theRealBreadcrumbListBeatsALongerMenuNamedCrumb() throws Exception {
    assertEquals(
        List.of("Home", "News"),
        crumbs(
            "",
            "<div class=\"crumbs-menu\"><ul><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/a\">About</a></li><li><a href=\"/n\">News</a></li>"
                + "<li><a href=\"/c\">Contact</a></li></ul></div>"
                + "<ol class=\"breadcrumb\"><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/n\">News</a></li></ol>"
                + REST));
  }

  @Test
  void aTrailItemsSubMenuIsNotPartOfTheTrail() throws Exception {
    assertEquals(
        List.of("Home", "News", "Press releases"),
        crumbs(
            "",
            "<nav aria-label=\"Breadcrumb\"><ol><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/n\">News</a><ul class=\"dropdown\"><li><a href=\"/n/a\">Archive</a>"
                + "</li><li><a href=\"/n/e\">Events</a></li></ul></li>"
                + "<li><a href=\"/n/p\">Press releases</a></li></ol></nav>"
                + REST));
  }
}
