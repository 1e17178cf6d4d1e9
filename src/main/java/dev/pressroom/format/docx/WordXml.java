package dev.pressroom.format.docx;

/**
 * Writing WordprocessingML text exactly: XML escaping, and a line of release text as runs in which
 * tabs become {@code <w:tab/>}, soft hyphens {@code <w:softHyphen/>} and every other character,
 * spaces and NBSP included, stays in a space-preserving {@code <w:t>}.
 */
final class WordXml {
  private WordXml() {}

  /** Appends {@code s} escaped for element content. */
  static StringBuilder text(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;"); // also keeps "]]>" harmless
        default -> out.append(c);
      }
    }
    return out;
  }

  /** Appends {@code s} escaped for a double-quoted attribute; tabs survive normalisation. */
  static StringBuilder attr(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\t' -> out.append("&#9;");
        default -> out.append(c);
      }
    }
    return out;
  }

  /** Appends one run holding {@code text}, with a character style when {@code rStyle} is set. */
  static void run(StringBuilder out, String text, String rStyle) {
    run(out, text, rStyle, false, false);
  }

  /**
   * Appends one run holding {@code text}, with a character style when {@code rStyle} is set, bold
   * ({@code w:b}, and {@code w:bCs} for complex scripts) and italic ({@code w:i}, {@code w:iCs}).
   */
  static void run(StringBuilder out, String text, String rStyle, boolean bold, boolean italic) {
    out.append("<w:r>");
    if (rStyle != null || bold || italic) {
      out.append("<w:rPr>");
      if (rStyle != null) {
        out.append("<w:rStyle w:val=\"").append(rStyle).append("\"/>");
      }
      if (bold) {
        out.append("<w:b/><w:bCs/>");
      }
      if (italic) {
        out.append("<w:i/><w:iCs/>");
      }
      out.append("</w:rPr>");
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\u00AD') {
        chunk(out, text, start, i);
        out.append(c == '\t' ? "<w:tab/>" : "<w:softHyphen/>");
        start = i + 1;
      }
    }
    chunk(out, text, start, text.length());
    out.append("</w:r>");
  }

  private static void chunk(StringBuilder out, String text, int from, int to) {
    if (from < to) {
      out.append("<w:t xml:space=\"preserve\">");
      text(out, text.substring(from, to));
      out.append("</w:t>");
    }
  }
}
