package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Inputs#decodeText} on UTF-8: the fast decoding gives what strict decoding gives. */
class InputsDecodeTest {

  @Property(tries = 2000)
  void utf8IsDecodedAsTheStrictDecoderDecodesIt(@ForAll("utf8ish") byte[] bytes)
      throws ParseException {
    java.nio.charset.Charset charset = Inputs.unicodeEncoding(bytes);
    if (charset != null && charset != StandardCharsets.UTF_8) {
      return; // UTF-16 and UTF-32 are decoded strictly only
    }
    int start = charset == null ? 0 : 3; // the byte order mark
    String strict;
    try {
      strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
              .toString();
    } catch (CharacterCodingException e) {
      assertThrows(UnsupportedInputException.class, () -> Inputs.decodeText(bytes));
      return;
    }
    assertEquals(strict, Inputs.decodeText(bytes));
  }

  @Test
  void aReplacementCharacterOfTheTextIsKept() throws ParseException {
    assertEquals("a\uFFFDb", Inputs.decodeText("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    assertEquals(
        "\u00E9",
        Inputs.decodeText(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9}));
  }

  /**
   * Valid UTF-8 of every length of sequence, with lead bytes, continuation bytes, surrogates,
   * overlong forms and bytes past U+10FFFF in among it.
   */
  @Provide
  Arbitrary<byte[]> utf8ish() {
    Arbitrary<byte[]> valid =
        Arbitraries.strings()
            .withCharRange('\u0000', '\uFFFF')
            .ofMaxLength(6)
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> odd =
        Arbitraries.of(
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
            new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
            new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4);
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, valid),
            net.jqwik.api.Tuple.of(2, odd),
            net.jqwik.api.Tuple.of(2, random))
        .list()
        .ofMaxSize(8)
        .map(
            parts -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              for (byte[] part : parts) {
                out.writeBytes(part);
              }
              return out.toByteArray();
            });
  }
}
