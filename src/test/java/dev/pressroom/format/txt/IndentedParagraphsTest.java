package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A line indented more than the text's least indented line starts a new paragraph. */
class IndentedParagraphsTest {

  @Test
  void splitsFirstLineIndentedParagraphsWithoutBlankLines() throws Exception {
    String text =
        """
        Council Approves Budget
           The council approved next year's budget on Tuesday by nine votes
        to two, after a debate that lasted most of the afternoon.
           The budget raises spending on schools and roads.
        """;
    PressRelease release = parse(text);
    assertEquals("Council Approves Budget", release.title());
    assertEquals(
        List.of(
            "The council approved next year's budget on Tuesday by nine votes to two, after a"
                + " debate that lasted most of the afternoon.",
            "The budget raises spending on schools and roads."),
        release.paragraphs());
  }

  @Test
  void readsATitleOverIndentedLongParagraphs() throws Exception {
    String first =
        "Senator Smith today called the vote a victory for the state's farmers. ".repeat(2);
    String second = "\"This is a good package,\" Smith said. \"It helps every county.\" ".repeat(2);
    String text =
        "SENATE PASSES FARM PACKAGE\n  " + first + "\n   " + second + "\n   * A tax credit.\n \n";
    PressRelease release = parse(text);
    assertEquals("SENATE PASSES FARM PACKAGE", release.title());
    assertEquals(List.of(first.trim(), second.trim(), "* A tax credit."), release.paragraphs());
  }

  @Test
  void splitsParagraphsIndentedWithIdeographicSpaces() throws Exception {
    String text = "声明\n\u3000\u3000第一段。\n\u3000\u3000第二段。\n";
    assertEquals(List.of("第一段。", "第二段。"), parse(text).paragraphs());
  }
}
