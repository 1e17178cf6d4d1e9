package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.internal.Text;
import dev.pressroom.model.PressRelease;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Dense random soups of the characters CommonMark gives meaning to, next to letters, digits,
 * spaces, NBSP, emoji and symbols: the escaping must hold for every arrangement, judged by flexmark
 * (our reader) and commonmark-java (an independent one).
 */
class MarkupSoupTest {
  private static final List<String> ALPHABET =
      List.of(
          "*", "_", "~", "`", "[", "]", "(", ")", "<", ">", "!", "&", "#", ";", "\\", "-", "+", "=",
          ".", ")", ":", "/", "@", "|", "\"", "'", "a", "b", "p", "x", "1", "9", " ", " ", "\t",
          "\u00A0", "😀", "€", "é", "中", "div", "http", "amp", "&#", "-->", "<!--", "?");

  @Provide
  Arbitrary<String> soups() {
    return Arbitraries.of(ALPHABET)
        .list()
        .ofMinSize(1)
        .ofMaxSize(24)
        .map(pieces -> Text.strip(String.join("", pieces)))
        .filter(text -> !text.isEmpty());
  }

  @Property
  void soupSurvivesAsParagraphAndHeadline(
      @ForAll("soups") String a, @ForAll("soups") String b, @ForAll("soups") String title)
      throws Exception {
    PressRelease release = PressRelease.builder().title(title).paragraphs(List.of(a, b)).build();
    String markdown = Md.render(release);
    assertEquals(Md.asForeign(release), Md.parseFull(markdown), markdown);
    assertEquals(
        CommonMarkJudgeTest.expectedHtml(release), CommonMarkJudgeTest.html(markdown), markdown);
  }

  @Provide
  Arbitrary<String> documents() {
    return Arbitraries.of(ALPHABET)
        .list()
        .ofMaxSize(12)
        .map(pieces -> String.join("", pieces))
        .list()
        .ofMaxSize(12)
        .map(lines -> String.join("\n", lines))
        .flatMap(
            body ->
                Arbitraries.of("", "---\n", "---\ntitle: x\n---\n", "# T\n\n", "\uFEFF---\n")
                    .map(head -> head + body));
  }

  /** Any text gives a valid release or a ParseException; nothing else escapes the parser. */
  @Property
  void anyTextGivesAReleaseOrAParseException(@ForAll("documents") String markdown) {
    try {
      PressRelease release = Md.parse(markdown);
      assertEquals(release, release.toBuilder().build());
    } catch (dev.pressroom.ParseException expected) {
      // a clear message is all that is asked for
    }
  }
}
