package dev.pressroom.internal;

import java.nio.charset.StandardCharsets;

/**
 * Formats Pressroom knows but does not read, told by their first bytes, so that such a file gets a
 * message that names it ({@code "RTF is not supported"}) rather than the error of a parser that
 * took it for its own.
 */
public final class ForeignFormats {
  private ForeignFormats() {}

  /** What the content is, as a message, when it is a known format Pressroom does not read. */
  public static String unsupported(byte[] head) {
    if (startsWith(head, 0, "{\\rtf")) {
      return "RTF is not supported: save the document as .docx or .txt";
    }
    if (startsWith(head, 0, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1")) {
      return "an old binary Office file (.doc, .xls, .ppt) or a password-protected Office file is"
          + " not supported: save it as .docx without a password";
    }
    if (startsWith(head, 0, "PK\u0003\u0004") && startsWith(head, 30, "mimetype")) {
      String mimetype = zipMimetype(head);
      String message = mimetype == null ? null : unsupportedMimetype(mimetype);
      if (message != null) {
        return message;
      }
    }
    if (startsWith(head, 0, "%!PS")) {
      return "PostScript is not supported: convert it to PDF";
    }
    return null;
  }

  /**
   * The message for a zip package's {@code mimetype} entry of a known format Pressroom does not
   * read (OpenDocument, EPUB), or {@code null}.
   */
  public static String unsupportedMimetype(String mimetype) {
    if (mimetype.startsWith("application/vnd.oasis.opendocument.text")) {
      return "OpenDocument text (.odt) is not supported: save it as .docx";
    }
    if (mimetype.startsWith("application/vnd.oasis.opendocument")) {
      return "OpenDocument files are not supported: save the text as .docx";
    }
    if (mimetype.startsWith("application/epub+zip")) {
      return "EPUB is not supported";
    }
    return null;
  }

  /** The stored first entry {@code mimetype} of a zip (as OpenDocument and EPUB write it). */
  private static String zipMimetype(byte[] head) {
    if (head.length < 30) {
      return null;
    }
    int method = (head[8] & 0xFF) | (head[9] & 0xFF) << 8;
    int size = (head[18] & 0xFF) | (head[19] & 0xFF) << 8;
    int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
    int extraLength = (head[28] & 0xFF) | (head[29] & 0xFF) << 8;
    int start = 30 + nameLength + extraLength;
    if (method != 0 || nameLength != 8 || size > 200 || start + size > head.length) {
      return null;
    }
    return new String(head, start, size, StandardCharsets.US_ASCII);
  }

  private static boolean startsWith(byte[] bytes, int at, String latin1) {
    if (bytes.length < at + latin1.length()) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if ((bytes[at + i] & 0xFF) != latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
