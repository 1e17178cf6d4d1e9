package dev.pressroom.format.docx;

import dev.pressroom.internal.Direction;

/**
 * Writing WordprocessingML text exactly: XML escaping, and a line of release text as runs in which
 * tabs become {@code <w:tab/>}, soft hyphens {@code <w:softHyphen/>} and every other character,
 * spaces and NBSP included, stays in a space-preserving {@code <w:t>}; right-to-left text is in
 * runs of its own, marked {@code <w:rtl/>}.
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

  /**
   * Appends the runs holding {@code text}, a line of a paragraph that is right to left or not, with
   * a character style when {@code rStyle} is set: one run, or, when the text has right-to-left
   * letters, one per stretch of {@link Direction#stretches}, the right-to-left ones marked {@code
   * <w:rtl/>}.
   */
  static void run(StringBuilder out, String text, String rStyle, boolean rightToLeft) {
    run(out, text, rStyle, false, false, Direction.stretches(text, rightToLeft), 0);
  }

  /**
   * Appends the runs holding {@code text}, a piece of a paragraph starting at {@code at} in the
   * paragraph's text, whose {@link Direction#stretches} are {@code stretches}: one run per stretch
   * the piece has a part of, those of right-to-left stretches marked {@code <w:rtl/>}. Every run
   * has the character style when {@code rStyle} is set, bold ({@code w:b}, and {@code w:bCs} for
   * complex scripts) and italic ({@code w:i}, {@code w:iCs}).
   */
  static void run(
      StringBuilder out,
      String text,
      String rStyle,
      boolean bold,
      boolean italic,
      int[] stretches,
      int at) {
    if (stretches.length == 2 || text.isEmpty()) {
      single(out, text, rStyle, bold, italic, false); // no right-to-left letter
      return;
    }
    for (int k = 0; k + 1 < stretches.length; k++) {
      int from = Math.max(stretches[k] - at, 0);
      int to = Math.min(stretches[k + 1] - at, text.length());
      if (from < to) {
        single(out, text.substring(from, to), rStyle, bold, italic, k % 2 == 1);
      }
    }
  }

  /** One run; rPr children in the schema's order (rStyle, b, bCs, i, iCs, rtl). */
  private static void single(
      StringBuilder out, String text, String rStyle, boolean bold, boolean italic, boolean rtl) {
    out.append("<w:r>");
    if (rStyle != null || bold || italic || rtl) {
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
      if (rtl) {
        out.append("<w:rtl/>");
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
