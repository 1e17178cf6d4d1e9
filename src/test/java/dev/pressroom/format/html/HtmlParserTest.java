package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.Pressroom;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  private final HtmlParser parser = new HtmlParser();

  @Test
  void sniffsHtml() {
    assertEquals(95, parser.sniff(HtmlPages.render(Releases.seed())));
    assertEquals(90, parser.sniff("\uFEFF <!doctype html><html>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(90, parser.sniff("<HTML><BODY>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(60, parser.sniff("<p>x</p><body>".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, parser.sniff("{\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void isFoundByExtensionAndContent() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    assertEquals("html", pressroom.detect("page.shtml", new byte[0]).format());
    assertEquals("html", pressroom.detect(null, HtmlPages.render(Releases.seed())).format());
  }

  @Test
  void emptyInputIsAClearError() {
    ParseException e = assertThrows(ParseException.class, () -> HtmlPages.parse("  \n"));
    assertEquals("empty input: no HTML", e.getMessage());
  }

  @Test
  void limitsAreEnforced() {
    String page =
        "<html><body><h1>T</h1>"
            + "<p>A paragraph of text that is long enough to count.</p>".repeat(5)
            + "</body></html>";
    ParseContext small = new ParseContext("x", Limits.builder().maxParagraphs(3).build());
    assertThrows(
        LimitExceededException.class,
        () -> parser.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), small));
    ParseContext tiny = new ParseContext("x", Limits.builder().maxInputBytes(10).build());
    assertThrows(
        LimitExceededException.class,
        () -> parser.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), tiny));
  }

  @Test
  void deepNestingNeitherOverflowsNorHangs() throws Exception {
    String page =
        "<html><body>"
            + "<div>".repeat(100_000)
            + "<h1>Deep</h1><p>Text at the bottom of the page.</p>"
            + "</div>".repeat(100_000)
            + "</body></html>";
    assertEquals("Deep", HtmlPages.parse(page).title());
  }

  @Test
  void anEditedPageOfOurOwnIsStillRead() throws Exception {
    String html = HtmlPages.renderString(Releases.seed());
    String edited = html.replace("<time datetime=\"2023-10-28T13:25\">", "<time>");
    assertEquals(Releases.seed(), HtmlPages.parse(edited));
    ParseException e =
        assertThrows(
            ParseException.class,
            () ->
                HtmlPages.parse(
                    html.replace("datetime=\"2023-10-28T13:25\"", "datetime=\"soon\"")));
    assertTrue(e.getMessage().contains("soon"), e.getMessage());
  }
}
