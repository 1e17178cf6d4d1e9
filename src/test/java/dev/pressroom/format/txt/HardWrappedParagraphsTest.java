package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hard-wrapped lines are joined with one space; unwrapped scrapes keep one paragraph a line. */
class HardWrappedParagraphsTest {

  @Test
  void joinsLinesWrappedAtSeventyColumns() throws Exception {
    String text =
        """
        Port Authority Opens New Ferry Terminal

        The new terminal on the east quay opens to passengers on Monday after
        two years of building work, the port authority said in a statement on
        Friday.

        Ferries to the islands will leave every forty minutes from 6 a.m.
        """;
    assertEquals(
        List.of(
            "The new terminal on the east quay opens to passengers on Monday after two years of"
                + " building work, the port authority said in a statement on Friday.",
            "Ferries to the islands will leave every forty minutes from 6 a.m."),
        parse(text).paragraphs());
  }

  @Test
  void joinsWrappedLinesOfATextIndentedAsAWhole() throws Exception {
    String text =
        "    Title\n\n    The terminal opens on Monday after two years of building work,\n"
            + "    the port authority said.\n";
    assertEquals(
        List.of(
            "The terminal opens on Monday after two years of building work, the port"
                + " authority said."),
        parse(text).paragraphs());
  }

  @Test
  void joinsWrappedCjkLinesWithoutASpace() throws Exception {
    String text = "标题\n\n外交部发言人宣布，应国务委员兼外长邀请，\n美国国务卿将于下周访华。\n";
    assertEquals(List.of("外交部发言人宣布，应国务委员兼外长邀请，美国国务卿将于下周访华。"), parse(text).paragraphs());
  }

  @Test
  void keepsOneParagraphPerLineWhenLinesAreLong() throws Exception {
    String first = "The committee heard evidence from the former director. ".repeat(4).trim();
    String second =
        "Congress appropriated money for mitigation programs in both years. ".repeat(3).trim();
    String third = "Short closing line.";
    assertEquals(
        List.of(first, second, third),
        parse("Title\n\n" + first + "\n" + second + "\n" + third + "\n").paragraphs());
  }
}
