package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.MarkdownShapes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists and quotes nested deeper than {@code Limits.maxDepth} are refused before flexmark. */
class NestingTest {

  private static LimitExceededException refused(String markdown, int maxDepth) {
    return assertThrows(
        LimitExceededException.class,
        () -> MarkdownParser.full(markdown, context(maxDepth)),
        markdown.length() > 200 ? markdown.substring(0, 200) : markdown);
  }

  private static ParseContext context(int maxDepth) {
    return new ParseContext("test.md", Limits.builder().maxDepth(maxDepth).build());
  }

  private static List<String> read(String markdown, int maxDepth) throws Exception {
    return MarkdownParser.full(markdown, context(maxDepth)).paragraphs();
  }

  @Test
  void aListNestedByIndentationIsRefusedAtTheLineTooDeep() {
    String markdown = MarkdownShapes.NESTED_LIST.of(3_000_000); // about 1,700 levels
    LimitExceededException e = refused(markdown, 512);
    assertTrue(e.getMessage().contains("line 515"), e.getMessage()); // the 513th level
    assertTrue(e.getMessage().contains("Limits.maxDepth"), e.getMessage());
  }

  @Test
  void listsAndQuotesOnOneLineCountTogether() {
    String markdown = "# T\n\n" + "> - 1. ".repeat(4) + "x\n";
    assertEquals(List.of("x"), readUnchecked(markdown, 12));
    LimitExceededException e = refused(markdown, 11);
    assertTrue(e.getMessage().startsWith("line 3:"), e.getMessage());
  }

  @Test
  void quotedListItemsContinueTheirNesting() throws Exception {
    String markdown = "# T\n\n> - a\n>   - b\n>     - c\n";
    assertEquals(List.of("a", "b", "c"), read(markdown, 4)); // the quote and three items
    refused(markdown, 3);
  }

  @Test
  void aNestedListWithinTheLimitIsRead() throws Exception {
    StringBuilder markdown = new StringBuilder("# T\n\n");
    for (int i = 0; i < 40; i++) {
      markdown.append("  ".repeat(i)).append("- item ").append(i).append('\n');
    }
    assertEquals(40, read(markdown.toString(), 40).size());
    refused(markdown.toString(), 39);
  }

  @Test
  void siblingsAndLaterListsStartAgain() throws Exception {
    String deep = "- ".repeat(30) + "x\n";
    assertEquals(List.of("x", "x", "x"), read("# T\n\n" + deep + deep + "\n" + deep, 30));
  }

  @Test
  void thematicBreaksAndTextAreNoNesting() throws Exception {
    String markdown =
        "# T\n\nfirst\n\n" + "- ".repeat(600) + "\n\nsecond " + "- ".repeat(600) + "\n";
    assertEquals(List.of("first"), read(markdown, 8)); // the break ends the body
    assertEquals(
        List.of("text " + "- ".repeat(600).strip()),
        read("# T\n\ntext " + "- ".repeat(600) + "\n", 8));
  }

  private static List<String> readUnchecked(String markdown, int maxDepth) {
    try {
      return read(markdown, maxDepth);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void deepListsWithinTheDefaultLimitAreRead() throws Exception {
    String markdown = MarkdownShapes.DEEP_LISTS.of(100_000);
    byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
    assertTrue(
        new MarkdownParser()
                .parse(new ByteArrayInputStream(bytes), ParseContext.of("deep.md"))
                .paragraphs()
                .size()
            > 100);
  }
}
