package dev.pressroom.format.html;

import dev.pressroom.internal.Inputs;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes. In order: a byte order mark, or UTF-16 without one that the bytes show;
 * else the charset declared in the first 4 KiB ({@code <meta charset>} or {@code
 * http-equiv="Content-Type"}); else UTF-8 when the bytes are valid UTF-8, else windows-1252. A
 * declaration is not trusted blindly: a page that declares a single-byte Western charset
 * (ISO-8859-1, windows-1252, US-ASCII) but whose bytes are valid UTF-8 with multi-byte sequences is
 * read as UTF-8 (such pages are common: the server template says Latin-1, the content is UTF-8),
 * and a page declaring UTF-8 whose bytes are not UTF-8 is read as windows-1252.
 */
final class HtmlCharset {
  private HtmlCharset() {}

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The decoded text, without a BOM. */
  static String decode(byte[] bytes) {
    Charset unicode = bom(bytes);
    if (unicode != null) {
      int skip = Inputs.bomLength(bytes);
      return new String(bytes, skip, bytes.length - skip, unicode);
    }
    Charset declared = declared(bytes);
    String utf8 = utf8(bytes);
    Charset charset = choose(declared, utf8 != null, bytes);
    return charset == StandardCharsets.UTF_8 && utf8 != null ? utf8 : new String(bytes, charset);
  }

  /** The charset the bytes are read in, given the declared one (or {@code null}). */
  static Charset choose(Charset declared, boolean isUtf8, byte[] bytes) {
    if (declared == null || declared == StandardCharsets.UTF_8) {
      return isUtf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }
    if (isWestern(declared) && isUtf8 && hasMultiByte(bytes)) {
      return StandardCharsets.UTF_8;
    }
    return declared;
  }

  /**
   * The Unicode encoding a BOM names, or that UTF-16 without a BOM shows ({@link
   * Inputs#unicodeEncoding}); {@code null} when neither.
   */
  static Charset bom(byte[] b) {
    return Inputs.unicodeEncoding(b);
  }

  /** The charset declared in a meta tag within the first 4 KiB, or {@code null}. */
  static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    // WHATWG Encoding: these labels all mean a superset decoder.
    switch (name) {
      case "gb2312", "gbk", "x-gbk", "gb_2312-80" -> name = "GB18030";
      case "iso-8859-1", "latin1", "us-ascii", "ascii" -> name = "windows-1252";
      case "utf8" -> name = "UTF-8";
      default -> {}
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // unknown or unsupported label: fall back to sniffing
    }
  }

  private static boolean isWestern(Charset charset) {
    String name = charset.name();
    return name.equals("windows-1252")
        || name.equals("ISO-8859-1")
        || name.equals("US-ASCII")
        || name.equals("ISO-8859-15");
  }

  private static boolean hasMultiByte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** The bytes decoded as strict UTF-8, or {@code null} when they are not UTF-8. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
