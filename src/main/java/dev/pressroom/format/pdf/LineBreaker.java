package dev.pressroom.format.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a block into lines at the opportunities {@link BreakIterator} finds for the release
 * language (between words, between CJK characters, between Thai words), breaking a token wider than
 * the line (a long URL) between grapheme clusters. Spaces at a break stay at the end of their line,
 * so the lines concatenated give back the text exactly.
 */
final class LineBreaker {
  /**
   * One line.
   *
   * @param start first index in the block's text
   * @param end index after the last, trailing spaces included
   * @param width width without trailing spaces, in points
   * @param last whether it ends the block (never justified)
   */
  record Line(int start, int end, float width, boolean last) {}

  private final Locale locale;

  LineBreaker(Locale locale) {
    this.locale = locale;
  }

  List<Line> lines(Shaped shaped, float measure) {
    String text = shaped.block.text();
    List<Line> lines = new ArrayList<>();
    BreakIterator words = BreakIterator.getLineInstance(locale(shaped));
    words.setText(text);
    int lineStart = 0;
    float full = 0; // width of the current line including trailing spaces
    float trimmed = 0; // and without them
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int content = trimEnd(text, start, end);
      float wordTrimmed = shaped.width(start, content);
      float wordFull = wordTrimmed + shaped.width(content, end);
      if (start > lineStart && full + wordTrimmed > measure) {
        lines.add(new Line(lineStart, start, trimmed, false));
        lineStart = start;
        full = 0;
        trimmed = 0;
      }
      if (start == lineStart && wordTrimmed > measure) {
        // too wide on its own: fill lines cluster by cluster
        BreakIterator clusters = BreakIterator.getCharacterInstance(locale(shaped));
        clusters.setText(text);
        int from = start;
        for (int to = clusters.following(start);
            to != BreakIterator.DONE && to <= content;
            from = to, to = clusters.next()) {
          float w = shaped.width(from, to);
          if (from > lineStart && full + w > measure) {
            lines.add(new Line(lineStart, from, full, false));
            lineStart = from;
            full = 0;
          }
          full += w;
        }
        trimmed = full;
        full += shaped.width(content, end);
        continue;
      }
      trimmed = full + wordTrimmed;
      full += wordFull;
    }
    if (lineStart < text.length() || lines.isEmpty()) {
      lines.add(new Line(lineStart, text.length(), trimmed, true));
    } else {
      Line lastLine = lines.remove(lines.size() - 1);
      lines.add(new Line(lastLine.start(), lastLine.end(), lastLine.width(), true));
    }
    return lines;
  }

  /**
   * The release's locale, or Thai for text with Thai letters: the JDK finds the word boundaries of
   * Thai, which has no spaces between words, only with its Thai dictionary.
   */
  private Locale locale(Shaped shaped) {
    String text = shaped.block.text();
    if (shaped.runs != null && !"th".equals(locale.getLanguage())) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c >= 0x0E00 && c <= 0x0E7F) {
          return THAI;
        }
      }
    }
    return locale;
  }

  private static final Locale THAI = Locale.forLanguageTag("th");

  private static int trimEnd(String text, int start, int end) {
    int i = end;
    while (i > start) {
      int cp = text.codePointBefore(i);
      if (!(Character.isWhitespace(cp) || cp == '\u3000')) {
        break;
      }
      i -= Character.charCount(cp);
    }
    return i;
  }
}
