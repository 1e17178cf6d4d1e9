package dev.pressroom.internal;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Makes mojibake the way broken tools do: UTF-8 bytes shown as Windows-1252 or Latin-1. */
final class Mojibake {
  private Mojibake() {}

  /**
   * UTF-8 read as Windows-1252; its five undefined bytes read as the C1 controls, as browsers do.
   */
  static String cp1252(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    String decoded = Charset.forName("windows-1252").decode(ByteBuffer.wrap(bytes)).toString();
    StringBuilder out = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      out.append(c == '\uFFFD' ? (char) (bytes[i] & 0xFF) : c);
    }
    return out.toString();
  }

  /** UTF-8 read as Latin-1: every byte 0x80 to 0x9F a C1 control. */
  static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }
}
