package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The escaping rule: exact (every character survives) and minimal (prose stays as written). */
class EscapingTest {

  /** Lines that are markup in some CommonMark reading; each must come back as itself. */
  static final List<String> HOSTILE =
      List.of(
          "<Print>",
          "<Suggest To A Friend>",
          "</p>",
          "<div",
          "<o:p>Office</o:p>",
          "<€:ul> x",
          "<math",
          "<script",
          "<!-- comment -->",
          "<?php x ?>",
          "<http://example.org/>",
          "<press@example.org>",
          "*",
          "* item",
          "- item",
          "+ item",
          "-",
          "1. first",
          "2023.",
          "1) first",
          "# heading",
          "######",
          "####### seven",
          "> quote",
          "---",
          "***",
          "___",
          "- - -",
          "===",
          "```",
          "```java",
          "~~~",
          "pipes | inside | a line",
          "[link](http://x.y)",
          "![img](a.png)",
          "[ref]: http://x.y",
          "[^1]",
          "*em* and **strong** and _em_ and __strong__",
          "2*3*4",
          "snake_case_name",
          "`code` and ``more``",
          "` a `` b ``",
          "&amp; &lt; &#65; &#x41; &copy; &nbsp;",
          "AT&T",
          "back\\slash \\* \\\\ end\\",
          "trailing backslash\\",
          "tab\tinside",
          "nbsp\u00A0inside",
          "| a | b |",
          "~~strike~~ ~sub~",
          "-END-",
          "-30-",
          "###",
          "\\#\\#\\#",
          "😀*x*😀",
          "€*x*€",
          "中文*强调*中文");

  @Test
  void everyHostileLineSurvives() throws Exception {
    PressRelease release = PressRelease.builder().title("T").paragraphs(HOSTILE).build();
    assertEquals(Md.asForeign(release), Md.parseFull(Md.render(release)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "U.S. Secretary of State | U.S. Secretary of State",
        "a * b | a * b",
        "snake_case_name | snake_case_name",
        "5 < 6 and 7 > 6 | 5 < 6 and 7 > 6",
        "AT&T and R&D | AT&T and R&D",
        "Hugo, Jekyll; 100% | Hugo, Jekyll; 100%",
        "*lonely | *lonely",
        "2*3 | 2*3",
        "2*3*4 | 2\\*3\\*4",
        "*em* | \\*em\\*",
        "C# and F# | C# and F#",
        "<Print> | \\<Print>",
        "a <b>bold</b> | a \\<b>bold\\</b>",
        "&amp; | \\&amp;",
        "[x] | \\[x]",
        "[ | [",
        "] | ]",
        "`x` | \\`x`",
        "`x | `x",
        "\\ alone | \\ alone",
        "a\\*b | a\\\\*b",
        "# x | \\# x",
        "#x | #x",
        "1. x | 1\\. x",
        "1.5 million | 1.5 million",
        "- x | \\- x",
        "-x | -x",
        "--- | \\---",
        "> x | \\> x",
        "-END- | \\-END-",
        "x -END- | x -END-",
        "~~x~~ | \\~\\~x\\~\\~",
        "x __a b)___\u200Ey | x \\_\\_a b)\\_\\_\\_\u200Ey",
      })
  void escapesOnlyWhatCommonMarkWouldRead(String text, String markdown) {
    assertEquals(markdown, MarkdownEscaper.paragraph(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Title # | Title \\#",
        "Title ### | Title \\###",
        "# | \\#",
        "C# | C#",
        "# x | # x",
        "* x | * x",
      })
  void headlineKeepsItsClosingHashes(String text, String markdown) {
    assertEquals(markdown, MarkdownEscaper.heading(text));
  }
}
