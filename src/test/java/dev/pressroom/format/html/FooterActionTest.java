package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class FooterActionTest {
  private static final String REST =
      "<h1>Rail Plan Presented</h1><p>The ministry presented its rail plan today in the capital.</p>";

  private static List<FooterAction> actions(String head, String body) throws ParseException {
    return HtmlPages.parse(TitleDetectionTest.page(head, body)).footerActions();
  }

  @Test
  void readsEnglishActionsWithTheirLinks() throws Exception {
    assertEquals(
        List.of(
            FooterAction.of("Suggest to a friend"),
            FooterAction.of("Print"),
            new FooterAction("Share", URI.create("https://example.org/share?u=1"))),
        actions(
            "<base href=\"https://example.org/news/\">",
            REST
                + "<table><tr><td><img src=\"m.gif\">Suggest to a friend</td>"
                + "<td><a href=\"javascript:window.print();\"><img src=\"p.gif\">Print</a></td>"
                + "<td><a href=\"/share?u=1\">Share</a></td><td><a href=\"#\">Print</a></td></tr></table>"));
  }

  @Test
  void readsActionsInThePagesLanguage() throws Exception {
    assertEquals(
        List.of(FooterAction.of("打印本页"), FooterAction.of("推荐给朋友")),
        actions(
            "",
            REST
                + "<div>[<a href=\"javascript:void(0);\">打印本页</a>]</div><form><span>推荐给朋友</span></form>"));
    assertEquals(
        List.of(
            FooterAction.of("Seite drucken"),
            new FooterAction(
                "Seite empfehlen", URI.create("https://www.example.de/empfehlen?x=1"))),
        actions(
            "<base href=\"https://www.example.de/\">",
            REST
                + "<ul id=\"navFunctions\"><li><a href=\"#\">Seite drucken</a></li>"
                + "<li><a href=\"empfehlen?x=1\">Seite empfehlen</a></li></ul>"));
    assertEquals(
        List.of(FooterAction.of("Drucken")),
        actions("", REST + "<p><a href=\"#top\">【Drucken】</a></p>"));
  }

  @Test
  void ignoresMenusAndTextThatOnlyMentionsPrinting() throws Exception {
    assertEquals(
        List.of(),
        actions(
            "",
            "<nav><a href=\"/print\">Print</a></nav>"
                + REST
                + "<p>Print media and broadcasters are invited to the press conference.</p>"));
  }

  @Test
  void relativeLinksWithoutABaseHaveNoTarget() throws Exception {
    assertEquals(
        List.of(FooterAction.of("Print")), actions("", REST + "<a href=\"print.html\">Print</a>"));
  }
}
