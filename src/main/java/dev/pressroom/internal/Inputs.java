package dev.pressroom.internal;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.spi.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading inputs within limits, and strict Unicode decoding with positions. */
public final class Inputs {
  private Inputs() {}

  /** Reads the whole stream, failing once it exceeds {@link dev.pressroom.Limits#maxInputBytes}. */
  public static byte[] readAll(InputStream in, ParseContext context) throws ParseException {
    long max = context.limits().maxInputBytes();
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new LimitExceededException(
            null,
            "input is larger than the limit of "
                + max
                + " bytes (raise Limits.maxInputBytes to read it)");
      }
      return bytes;
    } catch (IOException e) {
      throw new ParseException(null, "cannot read input: " + describe(e), e);
    }
  }

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  /**
   * The Unicode encoding text bytes are in, or {@code null} when nothing says (they are then read
   * as UTF-8): a byte order mark of UTF-8, UTF-16 or UTF-32, else UTF-16 without a BOM when the
   * first bytes show it, every other byte zero as in mostly-Latin UTF-16 text.
   */
  public static Charset unicodeEncoding(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return UTF_32BE;
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return UTF_32LE;
    }
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    int pairs = Math.min(b.length, 1024) / 2;
    if (pairs < 2 || b.length % 2 != 0) {
      return null;
    }
    int zeroHigh = 0;
    int zeroLow = 0;
    for (int i = 0; i < pairs; i++) {
      zeroHigh += b[2 * i] == 0 ? 1 : 0;
      zeroLow += b[2 * i + 1] == 0 ? 1 : 0;
    }
    if (zeroLow == 0 && zeroHigh * 2 >= pairs) {
      return StandardCharsets.UTF_16BE;
    }
    if (zeroHigh == 0 && zeroLow * 2 >= pairs) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /** The length of the byte order mark the bytes begin with, 0 when none. */
  public static int bomLength(byte[] b) {
    Charset charset = unicodeEncoding(b);
    if (charset == UTF_32BE || charset == UTF_32LE) {
      return 4;
    }
    if (charset == StandardCharsets.UTF_8) {
      return 3;
    }
    boolean bom16 =
        b.length >= 2
            && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    return bom16 ? 2 : 0;
  }

  /**
   * Decodes text strictly: UTF-8, or UTF-16 or UTF-32 as {@link #unicodeEncoding} finds it, a byte
   * order mark dropped. Undecodable bytes are an {@link UnsupportedInputException} naming the
   * encoding, the line, column and byte offset.
   */
  public static String decodeText(byte[] bytes) throws ParseException {
    Charset charset = unicodeEncoding(bytes);
    if (charset == null) {
      charset = StandardCharsets.UTF_8;
    }
    int start = bomLength(bytes);
    if (charset == StandardCharsets.UTF_8) {
      // The JDK's own decoding of a String, much faster, gives the same text for valid UTF-8 and a
      // U+FFFD for each malformed sequence; a text with U+FFFD is decoded strictly again, below.
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      String before = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < before.length(); i++) {
        if (before.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw new UnsupportedInputException(
          ParseException.position(line, before.length() - lineStart + 1),
          "bytes are not valid " + charset.name() + " (byte offset " + offset + ")");
    }
    out.flip();
    return out.toString();
  }

  /**
   * The first bytes of a UTF-16 or UTF-32 text re-encoded as UTF-8, or of UTF-8 without its BOM,
   * for parsers' sniffing, which looks at UTF-8; {@code null} when nothing shows such an encoding.
   */
  public static byte[] utf8Head(byte[] head) {
    Charset charset = unicodeEncoding(head);
    if (charset == null) {
      return null;
    }
    if (charset == StandardCharsets.UTF_8) {
      return java.util.Arrays.copyOfRange(head, 3, head.length);
    }
    int start = bomLength(head);
    int unit = charset == UTF_32BE || charset == UTF_32LE ? 4 : 2;
    int length = (head.length - start) / unit * unit;
    // A sniffed head may end inside a surrogate pair: the decoder replaces what it cannot read.
    return new String(head, start, length, charset).getBytes(StandardCharsets.UTF_8);
  }

  /** Whether the bytes look like text: valid UTF-8 with no NUL and few control characters. */
  public static boolean looksLikeText(byte[] head) {
    int controls = 0;
    for (byte b : head) {
      if (b == 0) {
        return false;
      }
      if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls * 50 > head.length + 1) {
      return false;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    try {
      // A sniffed head may end inside a multi-byte sequence: tolerate up to 3 trailing bytes.
      int len = head.length;
      for (int cut = 0; cut < 4 && len - cut >= 0; cut++) {
        try {
          decoder.reset().decode(ByteBuffer.wrap(head, 0, len - cut));
          return true;
        } catch (CharacterCodingException e) {
          if (len < 8192) {
            return false;
          }
        }
      }
      return false;
    } finally {
      decoder.reset();
    }
  }

  /**
   * A library a format needs that is missing from the class path or of an incompatible version, as
   * a parse failure: no {@link LinkageError} escapes a parser. The message names the format, not
   * the library's classes; the error is the cause.
   */
  public static ParseException missingLibrary(String format, LinkageError e) {
    return new ParseException(
        null,
        "cannot read "
            + format
            + ": a library it needs is missing or of an incompatible version ("
            + e.getClass().getSimpleName()
            + ")",
        e);
  }

  /** A one-line description of an exception for messages: its message, or its type. */
  public static String describe(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
