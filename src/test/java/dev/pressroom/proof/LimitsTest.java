package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every limit of {@link Limits} is enforced by every parser it concerns, fails with a {@link
 * LimitExceededException} whose message names the limit to raise, and is lifted by raising it.
 */
class LimitsTest {

  private static PressRelease withParagraphs(int count, int length) {
    List<String> body = new ArrayList<>();
    String text = String.join(" ", Releases.seed().paragraphs());
    for (int i = 0; i < count; i++) {
      StringBuilder p = new StringBuilder("Paragraph " + i + ":");
      while (p.length() + 1 < length) {
        int room = length - p.length() - 1;
        p.append(' ').append(text, 0, Math.min(text.length(), room));
      }
      body.add(p.toString().strip());
    }
    return Releases.seed().toBuilder().paragraphs(body).build();
  }

  /** Renders, then parses under a tight limit (must fail) and under the raised one (must pass). */
  private static void check(
      String format, PressRelease release, UnaryOperator<Limits.Builder> tight, String name)
      throws Exception {
    byte[] bytes = Formats.PRESSROOM.render(release, format);
    ParseContext strict =
        new ParseContext("limit." + format, tight.apply(Limits.builder()).build());
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                Formats.PRESSROOM
                    .requireParser(format)
                    .parse(new ByteArrayInputStream(bytes), strict),
            format + " ignores " + name);
    assertTrue(
        e.getMessage().contains(name),
        format + ": message does not name " + name + ": " + e.getMessage());
    assertEquals(
        Formats.renderer(format).carried(release),
        Formats.PRESSROOM.parse(bytes, format, "raised." + format),
        format + " under default limits");
  }

  /** The same limit check in every format that reads and writes. */
  private static Stream<DynamicTest> everyFormat(
      PressRelease release, UnaryOperator<Limits.Builder> tight, String name) {
    return Formats.roundTripping().stream()
        .map(f -> DynamicTest.dynamicTest(f, () -> check(f, release, tight, name)));
  }

  @TestFactory
  Stream<DynamicTest> tooManyParagraphs() {
    return everyFormat(withParagraphs(40, 80), l -> l.maxParagraphs(10), "maxParagraphs");
  }

  @TestFactory
  Stream<DynamicTest> tooLongAParagraph() {
    return everyFormat(
        withParagraphs(2, 6000), l -> l.maxParagraphChars(1000), "maxParagraphChars");
  }

  @TestFactory
  Stream<DynamicTest> tooLargeAnInput() {
    return everyFormat(withParagraphs(20, 400), l -> l.maxInputBytes(1000), "maxInputBytes");
  }

  @Test
  void tooManyPdfPages() throws Exception {
    check("pdf", withParagraphs(60, 900), l -> l.maxPages(2), "maxPages");
  }

  @Test
  void docxUnpackingTooMuch() throws Exception {
    check("docx", withParagraphs(60, 900), l -> l.maxUnpackedBytes(20_000), "maxUnpackedBytes");
  }
}
