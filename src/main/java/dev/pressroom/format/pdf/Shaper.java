package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.internal.Direction;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Shapes runs of text with the JDK's text layout engine (HarfBuzz, headless, no native code of our
 * own): joining forms, reordering, conjuncts, mark placement and kerning, with glyph IDs that are
 * the font file's own. A run is one font at one bidi level; its glyphs come back in visual order.
 */
final class Shaper {
  /** Fractional metrics without hinting: advances and offsets are the font's design units. */
  private static final FontRenderContext UNHINTED = new FontRenderContext(null, false, true);

  /** The glyph codes (and above) the JDK gives for characters it draws as nothing. */
  private static final int INVISIBLE = 0xFFFE;

  /**
   * Scripts whose text comes out of a font glyph by glyph (with pair kerning), so that the fast
   * path lays it out without shaping.
   */
  private static final Set<Character.UnicodeScript> PLAIN_SCRIPTS =
      EnumSet.of(
          Character.UnicodeScript.COMMON,
          Character.UnicodeScript.LATIN,
          Character.UnicodeScript.GREEK,
          Character.UnicodeScript.CYRILLIC,
          Character.UnicodeScript.ARMENIAN,
          Character.UnicodeScript.GEORGIAN,
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.BOPOMOFO,
          Character.UnicodeScript.YI,
          Character.UnicodeScript.ETHIOPIC,
          Character.UnicodeScript.CHEROKEE);

  private Shaper() {}

  /**
   * The glyphs of one run, left to right as drawn.
   *
   * @param gids glyph IDs of the font file
   * @param chars the index in the block's text of the character each glyph comes from
   * @param ends where the characters a glyph stands for end: those from its own up to the next
   *     character another glyph comes from (a ligature stands for several)
   * @param glyphOfChar for each character of the run, one glyph shaped from it, or -1
   * @param x where each glyph is drawn, from the run's start, in points (offsets included)
   * @param y how far each glyph is raised, in points (mark placement)
   * @param width the run's advance in points
   */
  record Glyphs(
      int[] gids, int[] chars, int[] ends, int[] glyphOfChar, float[] x, float[] y, float width) {}

  /**
   * Whether {@code text} needs shaping to look right: right-to-left letters or bidi controls,
   * combining marks, or a script other than the plain ones (Latin, Greek, Cyrillic, CJK, …).
   */
  static boolean needsShaping(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x0300) {
        continue;
      }
      int cp = text.codePointAt(i);
      if (needsShaping(cp)) {
        return true;
      }
      if (cp > 0xFFFF) {
        i++;
      }
    }
    return false;
  }

  /** Whether one code point needs shaping (see {@link #needsShaping(String)}). */
  static boolean needsShaping(int cp) {
    if (cp < 0x0300) {
      return false;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return true;
    }
    if (Direction.isRightToLeft(cp)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || (cp >= 0x1100 && cp <= 0x11FF) // conjoining Hangul jamo
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
      return true;
    }
    return !PLAIN_SCRIPTS.contains(Character.UnicodeScript.of(cp));
  }

  /**
   * Shapes {@code text[start, end)} in one font.
   *
   * @param rtl whether the run is right to left (an odd bidi level)
   * @param size the font size in points
   */
  static Glyphs shape(FontProgram program, char[] text, int start, int end, boolean rtl, float size)
      throws RenderException {
    Font font;
    try {
      font = program.shapingFont();
    } catch (IOException e) {
      throw new RenderException(
          "cannot shape text with " + program.name + ": " + e.getMessage(), e);
    }
    int flags =
        (rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT)
            | Font.LAYOUT_NO_START_CONTEXT
            | Font.LAYOUT_NO_LIMIT_CONTEXT;
    GlyphVector vector = font.layoutGlyphVector(UNHINTED, text, start, end, flags);
    int n = vector.getNumGlyphs();
    int[] codes = vector.getGlyphCodes(0, n, null);
    int[] indices = vector.getGlyphCharIndices(0, n, null);
    float[] positions = vector.getGlyphPositions(0, n + 1, null);
    float scale = size / program.unitsPerEm;
    int kept = 0;
    int[] gids = new int[n];
    int[] chars = new int[n];
    float[] x = new float[n];
    float[] y = new float[n];
    for (int g = 0; g < n; g++) {
      if (codes[g] >= INVISIBLE || codes[g] == 0) {
        continue; // drawn as nothing (a format character no font has); kept in /ActualText
      }
      gids[kept] = codes[g];
      chars[kept] = start + indices[g];
      x[kept] = positions[2 * g] * scale;
      y[kept] = -positions[2 * g + 1] * scale; // the JDK's y grows downwards
      kept++;
    }
    float width = positions[2 * n] * scale;
    if (kept < n) {
      gids = Arrays.copyOf(gids, kept);
      chars = Arrays.copyOf(chars, kept);
      x = Arrays.copyOf(x, kept);
      y = Arrays.copyOf(y, kept);
    }
    int[] glyphOfChar = new int[end - start];
    Arrays.fill(glyphOfChar, -1);
    for (int g = 0; g < kept; g++) {
      glyphOfChar[chars[g] - start] = g;
    }
    return new Glyphs(gids, chars, ends(chars, start, end), glyphOfChar, x, y, width);
  }

  /** For each glyph, the next character after its own that another glyph comes from. */
  private static int[] ends(int[] chars, int start, int end) {
    boolean[] drawn = new boolean[end - start + 1];
    for (int c : chars) {
      drawn[c - start] = true;
    }
    int[] next = new int[end - start + 1];
    next[end - start] = end;
    for (int i = end - start - 1; i >= 0; i--) {
      next[i] = drawn[i + 1] ? start + i + 1 : next[i + 1];
    }
    int[] ends = new int[chars.length];
    for (int g = 0; g < chars.length; g++) {
      ends[g] = next[chars[g] - start];
    }
    return ends;
  }
}
