package dev.pressroom.format.pdf;

import java.nio.charset.StandardCharsets;

/** PDF syntax for the values Pressroom writes: references, names, text and byte strings. */
final class PdfSyntax {
  private PdfSyntax() {}

  /** An indirect reference, {@code n 0 R}. */
  static String ref(int number) {
    return number + " 0 R";
  }

  /**
   * A PDF name, {@code /Name}; characters outside the printable ASCII regular set are written as
   * {@code #xx} UTF-8 bytes.
   */
  static String name(String name) {
    StringBuilder out = new StringBuilder(name.length() + 1).append('/');
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c > 0x20 && c < 0x7F && "#()<>[]{}/%".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('#').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return out.toString();
  }

  /**
   * A text string: a literal string when every character is printable ASCII, otherwise UTF-16BE
   * with a byte order mark, as a hex string.
   */
  static String text(String value) {
    boolean ascii = true;
    for (int i = 0; i < value.length() && ascii; i++) {
      char c = value.charAt(i);
      ascii = c >= 0x20 && c < 0x7F;
    }
    if (ascii) {
      StringBuilder out = new StringBuilder(value.length() + 2).append('(');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '(' || c == ')' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      return out.append(')').toString();
    }
    StringBuilder out = new StringBuilder(value.length() * 4 + 6).append("<FEFF");
    for (int i = 0; i < value.length(); i++) {
      DocumentFont.hex4(out, value.charAt(i));
    }
    return out.append('>').toString();
  }

  /** A byte string: literal when every byte is printable ASCII, hex otherwise. */
  static String bytes(byte[] value) {
    for (byte b : value) {
      if (b < 0x20 || b >= 0x7F) {
        return hex(value);
      }
    }
    return text(new String(value, StandardCharsets.US_ASCII));
  }

  /** A byte string as a hex string. */
  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2 + 2).append('<');
    for (byte b : bytes) {
      out.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
    }
    return out.append('>').toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
