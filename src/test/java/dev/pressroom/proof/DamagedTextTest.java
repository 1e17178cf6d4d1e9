package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text double-decoded on its way (UTF-8 read as Latin-1 or Windows-1252, so with C1 controls in it)
 * is repaired, with a warning the caller receives, in every foreign reader, instead of failing.
 */
class DamagedTextTest {
  /** "didn’t" read as Latin-1: the ’ became â and two C1 controls. */
  private static final String LATIN1_QUOTE = "didn\u00E2\u0080\u0099t";

  private final List<ParseWarning> warnings = new ArrayList<>();
  private final Pressroom pressroom = Pressroom.builder().warnings(warnings::add).build();

  private PressRelease parse(String format, String text) throws ParseException {
    return pressroom.parse(text.getBytes(StandardCharsets.UTF_8), format, "release." + format);
  }

  private void assertWarned(String start) {
    assertTrue(warnings.stream().anyMatch(w -> w.message().startsWith(start)), warnings::toString);
  }

  @Test
  void plainText() throws Exception {
    PressRelease release =
        parse(
            "txt",
            "Wang Yi Holds Talks\n\nThe minister " + LATIN1_QUOTE + " say\u0090 more.\nCafÃ© ok\n");
    assertEquals(List.of("The minister didn’t say more. Café ok"), release.paragraphs());
    assertWarned("repaired mojibake");
    assertWarned("dropped control characters");
    assertEquals("release.txt", warnings.get(0).source());
  }

  @Test
  void plainTextWithOtherControlsIsStillNotText() {
    assertThrows(ParseException.class, () -> parse("txt", "Title\n\nBad \u0001 text.\n"));
  }

  @Test
  void markdown() throws Exception {
    PressRelease release =
        parse("md", "# Wang Yi Holds Talks\n\nThe minister " + LATIN1_QUOTE + " say\u0085 more.\n");
    assertEquals("Wang Yi Holds Talks", release.title());
    assertEquals(List.of("The minister didn’t say more."), release.paragraphs());
    assertWarned("repaired mojibake");
  }

  @Test
  void html() throws Exception {
    PressRelease release =
        parse(
            "html",
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>x</title></head><body>"
                + "<article><h1>Wang Yi Holds Talks</h1><p>The minister "
                + LATIN1_QUOTE
                + " say\u009F more about the talks that were held.</p></article></body></html>");
    assertEquals("Wang Yi Holds Talks", release.title());
    assertEquals(
        List.of("The minister didn’t say more about the talks that were held."),
        release.paragraphs());
    assertWarned("repaired mojibake");
    assertWarned("dropped control characters");
  }

  @Test
  void ownFilesAreExactAndWarnNothing() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("Wang Yi\u00A0Holds Talks")
            .paragraph("Bundes\u00ADpolizei, “quoted”, 中文.")
            .build();
    for (String format : List.of("txt", "md", "html", "docx", "json")) {
      byte[] bytes = pressroom.render(release, format);
      assertEquals(release, pressroom.parse(bytes, format, "own." + format), format);
    }
    assertEquals(List.of(), warnings);
  }
}
