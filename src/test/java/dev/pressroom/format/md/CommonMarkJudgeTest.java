package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * commonmark-java, a second and independent CommonMark implementation, judges our body: its HTML
 * must be exactly the headline as the one {@code <h1>} and one {@code <p>} per paragraph holding
 * exactly the paragraph's text — no emphasis, code, link, raw HTML or lost character.
 */
class CommonMarkJudgeTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Property
  void referenceImplementationShowsExactlyTheText(@ForAll("releases") PressRelease release) {
    assertEquals(expectedHtml(release), html(Md.render(release)));
  }

  @Test
  void seedShowsExactlyTheText() {
    PressRelease seed = Releases.seed();
    assertEquals(expectedHtml(seed), html(Md.render(seed)));
  }

  @Test
  void hostileLinesShowExactlyTheText() {
    PressRelease release =
        PressRelease.builder().title("<Print>").paragraphs(EscapingTest.HOSTILE).build();
    assertEquals(expectedHtml(release), html(Md.render(release)));
  }

  static String html(String markdown) {
    return HTML.render(PARSER.parse(Md.body(markdown)));
  }

  /** What a correct reader must show: the text, HTML-escaped as commonmark-java escapes it. */
  static String expectedHtml(PressRelease release) {
    StringBuilder out = new StringBuilder();
    out.append("<h1>").append(escape(release.title())).append("</h1>\n");
    for (String paragraph : release.paragraphs()) {
      out.append("<p>").append(escape(paragraph)).append("</p>\n");
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
