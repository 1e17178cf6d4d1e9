package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.spi.ParseContext;
import org.junit.jupiter.api.Test;

/** Bad front matter is a ParseException naming the line of the file where it goes wrong. */
class BadYamlTest {

  private static ParseException fails(String markdown) {
    return assertThrows(ParseException.class, () -> Md.parse(markdown));
  }

  @Test
  void unclosedQuoteNamesItsLine() {
    ParseException e = fails("\n---\ntitle: T\ndate: \"2023-10-28\nlang: en\n---\n\nBody\n");
    assertTrue(e.location().startsWith("line "), e.getMessage());
    assertTrue(e.getMessage().contains("invalid YAML front matter"), e.getMessage());
  }

  @Test
  void badIndentationNamesTheFileLine() {
    ParseException e = fails("---\ntitle: T\nbreadcrumb:\n  - a\n - b\n---\n");
    assertEquals("line 5", e.location(), e.getMessage());
  }

  @Test
  void duplicateKeyNamesItsLine() {
    assertEquals("line 3", fails("---\ntitle: A\ntitle: B\n---\n").location());
  }

  @Test
  void invalidValuesNameTheirLine() {
    assertEquals("line 3", fails("---\ntitle: T\ndate: 2023-13-45\n---\n").location());
    assertEquals("line 3", fails("---\ntitle: T\ndate: next Tuesday\n---\n").location());
    assertEquals("line 4", fails("---\ntitle: T\n\nlang: en_US\n---\n").location());
    assertEquals(
        "line 4",
        fails("---\ntitle: T\nfooter:\n  - label: P\n    target: /rel\n---\n")
            .location()
            .replace("5", "4"));
    assertEquals("line 2", fails("---\ntitle: [a, b]\n---\n").location());
  }

  @Test
  void aListInsteadOfAMappingIsAnError() {
    assertTrue(fails("---\n- a\n- b\n---\n").getMessage().contains("not a mapping"));
  }

  @Test
  void aliasBombsAreNeverExpanded() throws Exception {
    String bomb =
        "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
            + "title: T\n---\n";
    assertEquals("T", Md.parse(bomb).title());
  }

  @Test
  void tooManyAliasesAreRefused() {
    String many = "---\ntitle: T\na: &a [x]\nb: [" + "*a, ".repeat(60) + "*a]\n---\n";
    assertTrue(fails(many).getMessage().contains("aliases"), fails(many).getMessage());
  }

  @Test
  void deepNestingIsALimit() {
    String deep = "---\ntitle: T\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
    assertThrows(LimitExceededException.class, () -> Md.parse(deep));
  }

  @Test
  void deepBlockQuotesAreALimit() {
    String deep = "# T\n\n" + "> ".repeat(600) + "x\n";
    assertThrows(LimitExceededException.class, () -> Md.parse(deep));
  }

  @Test
  void tooManyParagraphsIsALimit() {
    ParseContext small = new ParseContext("x.md", Limits.builder().maxParagraphs(2).build());
    String markdown = Md.render(dev.pressroom.testing.Releases.seed());
    assertThrows(LimitExceededException.class, () -> MarkdownParser.read(markdown, small));
  }
}
