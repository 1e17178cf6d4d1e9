package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inline markup is flattened to the text a reader sees. */
class InlineFlatteningTest {

  static Stream<Arguments> markup() {
    return Stream.of(
        Arguments.of("*emphasis* and **strong** and ***both***", "emphasis and strong and both"),
        Arguments.of("_under_ and __score__", "under and score"),
        Arguments.of("a [link](https://x.example \"title\") here", "a link here"),
        Arguments.of("a [**bold link**][ref] here\n\n[ref]: https://x.example", "a bold link here"),
        Arguments.of("an [undefined] reference", "an [undefined] reference"),
        Arguments.of("Some text [API\nchange].", "Some text [API change]."),
        Arguments.of("a [*b*\n  c][d\ne] f", "a [b c][d e] f"),
        Arguments.of("a [b\nc][] d", "a [b c][] d"),
        Arguments.of("an ![image](a.png) dropped", "an  dropped"),
        Arguments.of("inline <b>tags</b> and <br/> dropped", "inline tags and  dropped"),
        Arguments.of("before <!-- note --> after", "before  after"),
        Arguments.of("&amp; &lt;tag&gt; &copy; &#65; &#x42;", "& <tag> © A B"),
        Arguments.of("code `a *b* c` span", "code a *b* c span"),
        Arguments.of("`` with ` tick ``", "with ` tick"),
        Arguments.of("autolink <https://x.example/a> here", "autolink https://x.example/a here"),
        Arguments.of("mail <press@example.org> here", "mail press@example.org here"),
        Arguments.of("escaped \\*not em\\* and \\\\", "escaped *not em* and \\"),
        Arguments.of("soft\nline break", "soft line break"),
        Arguments.of("hard  \nline break", "hard line break"),
        Arguments.of("hard\\\nbackslash break", "hard backslash break"));
  }

  @ParameterizedTest
  @MethodSource("markup")
  void flattensInlineMarkupToItsText(String markdown, String text) throws Exception {
    assertEquals(List.of(text), Md.parse("# T\n\n" + markdown + "\n").paragraphs());
  }

  @Test
  void bracketsAcrossLinesInQuotesAndListsAreOneLine() throws Exception {
    assertEquals(
        List.of("quoted [API change] here", "item [API change] here"),
        Md.parse("# T\n\n> quoted [API\n> change] here\n\n- item [API\n  change] here\n")
            .paragraphs());
  }
}
