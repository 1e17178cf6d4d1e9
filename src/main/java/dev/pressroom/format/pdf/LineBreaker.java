package dev.pressroom.format.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a block into lines at the opportunities {@link BreakIterator} finds for the release
 * language (between words, between CJK characters, between Thai words, after soft hyphens). Where
 * the next word does not fit, it is hyphenated at the last of its {@link Hyphenation} points that
 * leaves room for the hyphen; a word wider than the line with no such point is broken between
 * grapheme clusters, with a hyphen too unless its script is written without them (CJK, Thai …).
 * Spaces at a break stay at the end of their line, so the lines concatenated give back the text
 * exactly; the hyphens are drawn, not text.
 */
final class LineBreaker {
  /**
   * One line.
   *
   * @param start first index in the block's text
   * @param end index after the last, trailing spaces included
   * @param width width without trailing spaces, in points, the hyphen's included
   * @param last whether it ends the block (never justified)
   * @param hyphen whether a hyphen is drawn after it (it breaks a word)
   */
  record Line(int start, int end, float width, boolean last, boolean hyphen) {
    Line(int start, int end, float width, boolean last) {
      this(start, end, width, last, false);
    }
  }

  private final Locale locale;
  private final Hyphenation hyphenation;
  private final float bodySize;

  LineBreaker(Locale locale) {
    this(locale, null, 0);
  }

  /**
   * @param hyphenation the release language's hyphenation points, or {@code null} for none (the
   *     emergency break of a word wider than the line still draws a hyphen)
   * @param bodySize the body text's size: larger text is not hyphenated
   */
  LineBreaker(Locale locale, Hyphenation hyphenation, float bodySize) {
    this.locale = locale;
    this.hyphenation = hyphenation;
    this.bodySize = bodySize;
  }

  List<Line> lines(Shaped shaped, float measure) {
    String text = shaped.block.text();
    List<Line> lines = new ArrayList<>();
    BreakIterator words = BreakIterator.getLineInstance(locale(shaped));
    words.setText(text);
    // words are hyphenated on the fast path (no shaping), in body text (not in headings, the
    // title or the subtitle: bold or larger)
    Block.Style style = shaped.block.style();
    Hyphenation dictionary =
        shaped.runs == null && !style.bold() && style.size() <= bodySize ? hyphenation : null;
    int lineStart = 0;
    float full = 0; // width of the current line including trailing spaces
    float trimmed = 0; // and without them
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      int content = trimEnd(text, start, end);
      float wordTrimmed = shaped.width(start, content);
      float wordFull = wordTrimmed + shaped.width(content, end);
      if (start > lineStart && full + wordTrimmed > measure) {
        // the paragraph's last word moves down whole, so that its last line is not a stub
        int point =
            dictionary == null || end == text.length()
                ? -1
                : point(shaped, dictionary, start, content, measure - full);
        if (point > start) {
          float head = shaped.width(start, point) + hyphenWidth(shaped, point);
          lines.add(new Line(lineStart, point, full + head, false, true));
          start = point;
          wordTrimmed = shaped.width(start, content);
          wordFull = wordTrimmed + shaped.width(content, end);
        } else {
          lines.add(new Line(lineStart, start, trimmed, false));
        }
        lineStart = start;
        full = 0;
        trimmed = 0;
      }
      // too wide on its own: at hyphenation points while there are some, then cluster by cluster
      while (start == lineStart && wordTrimmed > measure && dictionary != null) {
        int point = point(shaped, dictionary, start, content, measure);
        if (point <= start) {
          break;
        }
        float head = shaped.width(start, point) + hyphenWidth(shaped, point);
        lines.add(new Line(lineStart, point, head, false, true));
        lineStart = point;
        start = point;
        wordTrimmed = shaped.width(start, content);
        wordFull = wordTrimmed + shaped.width(content, end);
      }
      if (start == lineStart && wordTrimmed > measure) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(locale(shaped));
        clusters.setText(text);
        boolean hyphens = !shaped.rightToLeft;
        int from = start;
        for (int to = clusters.following(start);
            to != BreakIterator.DONE && to <= content;
            from = to, to = clusters.next()) {
          float w = shaped.width(from, to);
          // room for the hyphen that a break after this cluster would need
          float after =
              to < content && hyphens && hyphenates(shaped, to) ? hyphenWidth(shaped, to) : 0;
          if (from > lineStart && full + w + after > measure) {
            boolean hyphen = hyphens && hyphenates(shaped, from);
            float width = full + (hyphen ? hyphenWidth(shaped, from) : 0);
            lines.add(new Line(lineStart, from, width, false, hyphen));
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
      lines.add(
          new Line(lastLine.start(), lastLine.end(), lastLine.width(), true, lastLine.hyphen()));
    }
    return lines;
  }

  /**
   * The last hyphenation point of the word in {@code [start, end)} after which its head and a
   * hyphen fit in {@code room}, or -1. Only a word of letters alone is hyphenated, and not one an
   * author broke with soft hyphens.
   */
  private static int point(Shaped shaped, Hyphenation dictionary, int start, int end, float room) {
    String text = shaped.block.text();
    if (end - start < 4
        || (start > 0 && text.charAt(start - 1) == SOFT_HYPHEN)
        || text.charAt(end - 1) == SOFT_HYPHEN) {
      return -1;
    }
    // the letters of the word, without punctuation before and after it
    int a = start;
    while (a < end && !Character.isLetter(text.charAt(a))) {
      a++;
    }
    int b = end;
    while (b > a && !Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    if (b - a < 4) {
      return -1;
    }
    for (int i = a; i < b; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c) || Character.isSurrogate(c)) {
        return -1;
      }
    }
    FontProgram font = hyphenFont(shaped, b);
    if (font == null || font.glyph(hyphen(font)) == 0) {
      return -1;
    }
    int[] points = dictionary.points(text.substring(a, b));
    for (int k = points.length - 1; k >= 0; k--) {
      int at = a + points[k];
      if (shaped.width(start, at) + hyphenWidth(shaped, at) <= room) {
        return at;
      }
    }
    return -1;
  }

  static final char SOFT_HYPHEN = '\u00AD';

  /**
   * Whether a break before {@code at}, inside a word, shows a hyphen: not after a hyphen or dash
   * already there, nor in scripts written without hyphens, nor in a font that has none.
   */
  private static boolean hyphenates(Shaped shaped, int at) {
    FontProgram font = hyphenFont(shaped, at);
    if (font == null || font.glyph(hyphen(font)) == 0) {
      return false; // a font without a hyphen (nor a hyphen-minus) draws none
    }
    String text = shaped.block.text();
    int before = text.codePointBefore(at);
    if (before == '-'
        || before == SOFT_HYPHEN
        || Character.getType(before) == Character.DASH_PUNCTUATION) {
      return false;
    }
    return !unhyphenated(before) && !unhyphenated(text.codePointAt(at));
  }

  private static boolean unhyphenated(int cp) {
    if (cp < 0x0E00) {
      return false; // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic …: the common case
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, HANGUL, BOPOMOFO, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI ->
          true;
      default -> cp >= 0x3000 && cp < 0x3040; // CJK punctuation
    };
  }

  /** The width of the hyphen drawn before {@code at}: in the font of the character before it. */
  static float hyphenWidth(Shaped shaped, int at) {
    FontProgram font = hyphenFont(shaped, at);
    if (font == null) {
      return 0;
    }
    int gid = font.glyph(hyphen(font));
    return Math.round(font.advance(gid) * 1000f / font.unitsPerEm)
        * shaped.block.style().size()
        / 1000;
  }

  /** The font the hyphen before {@code at} is drawn in, or {@code null} if none is drawn before. */
  static FontProgram hyphenFont(Shaped shaped, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (shaped.fonts[i] != null) {
        return shaped.fonts[i];
      }
    }
    return null;
  }

  /**
   * The hyphen character of a font: U+2010 HYPHEN, which text extractors tell from a hyphen-minus
   * of the text, or U+002D if the font lacks it.
   */
  static int hyphen(FontProgram font) {
    return font.glyph(0x2010) != 0 ? 0x2010 : '-';
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
