package dev.pressroom.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML document held as bytes, decoded as its byte order mark or its
 * declaration says (UTF-8 when neither does), so that a StAX parser can be given a reader.
 *
 * <p>Why not let the parser decode: the JDK's StAX parser, meeting bytes that are not valid in the
 * document's encoding, prints {@code [Fatal Error] ...} on stderr before throwing, and a library
 * may not write there. Decoding first turns such bytes into an exception that says where they are.
 */
public final class XmlBytes {
  private XmlBytes() {}

  /** Bytes that cannot be decoded, and where the first of them is. */
  public static final class MalformedException extends Exception {
    private MalformedException(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern DECLARED =
      Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]{1,40})[\"']");

  /** The document's characters, without a byte order mark. */
  public static String decode(byte[] xml) throws MalformedException {
    int skip = 0;
    Charset charset;
    if (startsWith(xml, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
    } else if (startsWith(xml, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (startsWith(xml, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(xml, '<', 0, '?', 0)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (startsWith(xml, 0, '<', 0, '?')) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      charset = declared(xml);
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(xml, skip, xml.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new MalformedException(
          "bytes that are not valid " + charset.name() + " at byte " + in.position());
    }
    return out.flip().toString();
  }

  /** The encoding an ASCII-compatible declaration names; UTF-8 when it names none. */
  private static Charset declared(byte[] xml) throws MalformedException {
    String head = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (!m.find()) {
      return StandardCharsets.UTF_8;
    }
    String name = m.group(1);
    try {
      return Charset.forName(name.toUpperCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MalformedException("an encoding this machine does not know: " + name);
    }
  }

  private static boolean startsWith(byte[] data, int... prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((data[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
