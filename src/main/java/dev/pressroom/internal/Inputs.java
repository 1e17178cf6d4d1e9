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
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading inputs within limits, and strict UTF-8 decoding with positions. */
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

  /**
   * Decodes UTF-8 strictly, dropping a leading BOM; undecodable bytes are an {@link
   * UnsupportedInputException} naming the line, column and byte offset.
   */
  public static String decodeUtf8(byte[] bytes) throws ParseException {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
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
          "bytes are not valid UTF-8 (byte offset " + offset + ")");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
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
