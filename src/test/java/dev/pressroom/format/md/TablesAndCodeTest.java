package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Table rows and code lines become paragraphs of their text. */
class TablesAndCodeTest {

  @Test
  void eachTableRowIsOneParagraphOfCellsJoinedByPipes() throws Exception {
    assertEquals(
        List.of("Before.", "Quarter | Revenue", "Q1 | $1.2 million", "Q2 | 3 \\| 4", "After."),
        Md.parse(
                "# T\n\nBefore.\n\n| Quarter | Revenue |\n|:--------|--------:|\n"
                    + "| **Q1** | $1.2 million |\n| Q2 | 3 \\\\\\| 4 |\n\nAfter.\n")
            .paragraphs());
  }

  @Test
  void tablesWithoutOuterPipesAreTables() throws Exception {
    assertEquals(List.of("a | b", "1 | 2"), Md.parse("# T\n\na | b\n--|--\n1 | 2\n").paragraphs());
  }

  @Test
  void eachLineOfAFencedCodeBlockIsAParagraphAsWritten() throws Exception {
    assertEquals(
        List.of("Run:", "npm install *pressroom*", "npm test", "Done."),
        Md.parse("# T\n\nRun:\n\n```sh\nnpm install *pressroom*\n\n  npm test\n```\n\nDone.\n")
            .paragraphs());
  }

  @Test
  void eachLineOfAnIndentedCodeBlockIsAParagraph() throws Exception {
    assertEquals(
        List.of("Run:", "a_b = 1", "print(a_b)"),
        Md.parse("# T\n\nRun:\n\n    a_b = 1\n    print(a_b)\n").paragraphs());
  }

  @Test
  void htmlBlocksGiveTheirTextAndCommentsNothing() throws Exception {
    assertEquals(
        List.of("Boxed text & more.", "After."),
        Md.parse(
                "# T\n\n<div class=\"box\">\n  <p>Boxed <b>text</b> &amp; more.</p>\n</div>\n\n"
                    + "<!-- hidden -->\n\nAfter.\n")
            .paragraphs());
  }
}
