package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs that are not a release fail with a ParseException that says what and where. */
class TxtBadInputTest {

  private static ParseException fails(byte[] bytes) {
    return assertThrows(ParseException.class, () -> parse(bytes));
  }

  private static ParseException fails(String text) {
    return fails(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void emptyInputHasNoTitle() {
    assertEquals("empty input: no title", fails("").getMessage());
  }

  @Test
  void whitespaceOnlyInputHasNoTitle() {
    assertEquals("empty input: no title", fails(" \n\t\r\n\u00A0\u3000\n\uFEFF").getMessage());
  }

  @Test
  void textWithoutAnyHeadlineLineNamesTheEnd() {
    ParseException e = fails("FOR IMMEDIATE RELEASE\n\n###\n\n<Print>\n");
    assertTrue(e.getMessage().startsWith("line 3: no title"), e.getMessage());
  }

  @Test
  void invalidUtf8NamesItsPosition() {
    byte[] bytes = {'T', 'i', 't', 'l', 'e', '\n', 'a', 'b', (byte) 0xC3, (byte) 0x28};
    ParseException e = assertThrows(UnsupportedInputException.class, () -> parse(bytes));
    assertEquals("line 2, column 3", e.location());
    assertTrue(e.getMessage().contains("not valid UTF-8 (byte offset 8)"), e.getMessage());
  }

  @Test
  void binaryGarbageIsRejectedWithAPosition() {
    byte[] garbage = new byte[512];
    new Random(42).nextBytes(garbage);
    ParseException e = fails(garbage);
    assertTrue(e.location() != null && e.location().startsWith("line "), e.getMessage());
  }

  @Test
  void controlCharactersNameTheirLineAndColumn() {
    ParseException e = fails("Title\n\nGood text.\nBad \u0001 text.\n");
    assertEquals("line 4, column 5", e.location());
    assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
  }

  @Test
  void nulBytesAreRejected() {
    ParseException e = fails("Title\u0000\n");
    assertEquals("line 1, column 6", e.location());
  }

  @Test
  void aLineOverTheParagraphLimitIsALimit() {
    ParseContext small = new ParseContext("x", Limits.builder().maxParagraphChars(10).build());
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                new TxtParser()
                    .parse(new ByteArrayInputStream("Title\n\n0123456789A\n".getBytes()), small));
    assertTrue(e.getMessage().startsWith("line 3: line is longer than the limit of 10"));
  }

  @Test
  void aWrappedParagraphOverTheLimitIsALimit() {
    ParseContext small = new ParseContext("x", Limits.builder().maxParagraphChars(12).build());
    assertThrows(
        LimitExceededException.class,
        () ->
            new TxtParser()
                .parse(new ByteArrayInputStream("Title\n\nabcdef\nghijkl\n".getBytes()), small));
  }

  @Test
  void tooManyParagraphsIsALimit() {
    ParseContext small = new ParseContext("x", Limits.builder().maxParagraphs(2).build());
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                new TxtParser()
                    .parse(new ByteArrayInputStream("T\n\na\n\nb\n\nc\n".getBytes()), small));
    assertTrue(e.getMessage().startsWith("line 7: more paragraphs than the limit of 2"));
  }

  @Test
  void tooLargeAnInputIsALimit() {
    ParseContext small = new ParseContext("x", Limits.builder().maxInputBytes(8).build());
    assertThrows(
        LimitExceededException.class,
        () ->
            new TxtParser()
                .parse(new ByteArrayInputStream("Title\n\nBody text.\n".getBytes()), small));
  }
}
