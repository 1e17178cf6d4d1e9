package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.internal.Direction;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A block's text with a font and an advance for every UTF-16 index. The second half of a surrogate
 * pair and characters left undrawn (format characters no font has) have no font and no advance. A
 * tab is drawn as the space glyph, four spaces wide.
 *
 * <p>Text that needs no shaping (see {@link Shaper#needsShaping}) in fonts whose glyphs it maps to
 * one by one ({@link FontProgram#plainLayout}) takes the fast path: a glyph per character and the
 * font's pair kerning. Everything else — right-to-left text, combining marks, complex scripts — is
 * split into bidi runs of one font each ({@link #runs}), shaped by {@link Shaper}; a character's
 * advance is then the advance of the glyphs shaped from it.
 */
final class Shaped {
  static final int TAB_SPACES = 4;

  /**
   * A shaped run: {@code [start, end)} of the block's text at one bidi level in one font.
   *
   * @param level the bidi level (odd: right to left)
   * @param glyphs its glyphs, left to right
   */
  record Run(int start, int end, int level, FontProgram font, Shaper.Glyphs glyphs) {
    /**
     * The glyphs shaped from {@code [from, to)}, a stretch of whole clusters: {@code {first, last}}
     * in visual order, or {@code {-1, -2}} when none.
     */
    int[] glyphsOf(int from, int to) {
      int[] chars = glyphs.chars();
      int[] at = glyphs.glyphOfChar();
      int seed = -1;
      for (int c = Math.max(from, start); c < Math.min(to, end) && seed < 0; c++) {
        seed = at[c - start];
      }
      if (seed < 0) {
        return new int[] {-1, -2};
      }
      // a stretch of whole clusters is one stretch of glyphs: widen from one of them
      int first = seed;
      while (first > 0 && chars[first - 1] >= from && chars[first - 1] < to) {
        first--;
      }
      int last = seed;
      while (last + 1 < chars.length && chars[last + 1] >= from && chars[last + 1] < to) {
        last++;
      }
      return new int[] {first, last};
    }
  }

  final Block block;
  final FontProgram[] fonts;
  final int[] glyphs;
  final float[] advances;

  /** On the fast path, the kerning after each character in points (in its advance), or null. */
  float[] kerns;

  /** The shaped runs in logical order, or {@code null} on the fast path. */
  List<Run> runs;

  /** Whether the block's paragraph direction is right to left. */
  boolean rightToLeft;

  /** Whether some character is left undrawn, so the element needs /ActualText. */
  final boolean[] undrawnInPiece;

  /** The shaped label of a list item, or {@code null}. */
  Shaped label;

  private Shaped(Block block) {
    this.block = block;
    int n = block.text().length();
    this.fonts = new FontProgram[n];
    this.glyphs = new int[n];
    this.advances = new float[n];
    this.undrawnInPiece = new boolean[block.pieces().size()];
  }

  /**
   * Chooses fonts for every character of the block.
   *
   * @throws RenderException naming the characters no font has and the field they are in
   */
  static Shaped of(Block block, FontChain chain, String language) throws RenderException {
    Shaped shaped = new Shaped(block);
    if (block.label() != null) {
      shaped.label = of(block.label(), chain, language);
    }
    float scale = block.style().size();
    String text = block.text();
    shaped.rightToLeft = Direction.rightToLeft(text, language);
    boolean complex = shaped.rightToLeft || Shaper.needsShaping(text);
    for (int p = 0; p < block.pieces().size(); p++) {
      Block.Piece piece = block.pieces().get(p);
      FontChain.Face face = block.face(piece);
      Set<Integer> missing = new LinkedHashSet<>();
      FontProgram previous = null;
      for (int i = piece.start(); i < piece.end(); ) {
        int cp = text.codePointAt(i);
        FontProgram font;
        int gid;
        float advance;
        if (cp == '\t') {
          font = chain.main(face);
          gid = font.spaceGid;
          advance = TAB_SPACES * em(font, gid);
        } else if (cp == 0xFEFF) {
          font = null; // PDF/A forbids U+FEFF in ToUnicode: never drawn, kept in /ActualText
          gid = 0;
          advance = 0;
        } else {
          font =
              previous != null
                      && (clings(cp) || (complex && isCommon(cp)))
                      && previous.glyph(cp) != 0
                  ? previous
                  : chain.find(cp, face);
          gid = font == null ? 0 : font.glyph(cp);
          advance = font == null ? 0 : em(font, gid);
        }
        if (font == null) {
          if (mayBeUndrawn(cp)) {
            shaped.undrawnInPiece[p] = true;
          } else {
            missing.add(cp);
          }
        }
        shaped.fonts[i] = font;
        shaped.glyphs[i] = gid;
        shaped.advances[i] = advance * scale;
        previous = font == null ? previous : font;
        i += Character.charCount(cp);
      }
      if (!missing.isEmpty()) {
        throw new RenderException(
            "no available font can show "
                + describe(missing)
                + " in "
                + piece.where()
                + "; add a font that has them with PdfRenderer.builder().addFont(path)");
      }
    }
    if (!complex) {
      for (FontProgram font : shaped.fonts) {
        if (font != null && !font.plainLayout) {
          complex = true;
          break;
        }
      }
    }
    if (complex) {
      shaped.shapeRuns();
    } else {
      shaped.kern();
    }
    return shaped;
  }

  /**
   * A glyph's advance in ems as the PDF's {@code /W} says it, in thousandths of an em, so that
   * lines measured here are as wide as drawn.
   */
  private static float em(FontProgram font, int gid) {
    return Math.round(font.advance(gid) * 1000f / font.unitsPerEm) / 1000f;
  }

  /** Shapes a block of no language of its own (the page footer). */
  static Shaped of(Block block, FontChain chain) throws RenderException {
    return of(block, chain, null);
  }

  /** Characters of no script of their own (spaces, punctuation, digits): they join a run. */
  private static boolean isCommon(int cp) {
    if (Character.isLetter(cp)) {
      return false; // the common case, without the script table's search
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
  }

  /**
   * The fast path's pair kerning between neighbours in one font and one script run, added to their
   * advances. No pair spans two of the script runs shaping cuts the text into ({@link ScriptRuns}).
   */
  private void kern() {
    String text = block.text();
    float size = block.style().size();
    boolean[] runStarts = ScriptRuns.starts(text);
    int previous = -1;
    for (int i = 0; i < text.length(); i++) {
      FontProgram font = fonts[i];
      if (font == null) {
        continue;
      }
      boolean newRun = false;
      for (int k = previous + 1; k <= i && previous >= 0; k++) {
        newRun |= runStarts[k];
      }
      if (previous >= 0 && !newRun) {
        FontProgram before = fonts[previous];
        if (before == font
            && font.kerning != null
            && text.charAt(previous) != '\t'
            && text.charAt(i) != '\t') {
          int units = font.kerning.kern(glyphs[previous], glyphs[i]);
          if (units != 0) {
            if (kerns == null) {
              kerns = new float[text.length()];
            }
            float points = units * size / font.unitsPerEm;
            kerns[previous] = points;
            advances[previous] += points;
          }
        }
      }
      previous = i;
    }
  }

  /**
   * Splits the text into runs of one bidi level and one font (a tab is a run of its own) and shapes
   * each; every character's advance becomes that of the glyphs shaped from it.
   */
  private void shapeRuns() throws RenderException {
    String text = block.text();
    int n = text.length();
    runs = new ArrayList<>();
    if (n == 0) {
      return;
    }
    char[] chars = text.toCharArray();
    byte[] levels = new byte[n];
    Bidi bidi =
        new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    for (int r = 0; r < bidi.getRunCount(); r++) {
      java.util.Arrays.fill(
          levels, bidi.getRunStart(r), bidi.getRunLimit(r), (byte) bidi.getRunLevel(r));
    }
    FontProgram[] effective = new FontProgram[n];
    FontProgram last = null;
    for (int i = 0; i < n; i++) {
      last = fonts[i] != null ? fonts[i] : last;
      effective[i] = last;
    }
    FontProgram next = null;
    for (int i = n - 1; i >= 0; i--) {
      next = fonts[i] != null ? fonts[i] : next;
      if (effective[i] == null) {
        effective[i] = next;
      }
    }
    if (effective[0] == null) {
      return; // nothing drawn at all: the text is kept in /ActualText
    }
    float size = block.style().size();
    java.util.Arrays.fill(advances, 0);
    int start = 0;
    for (int i = 1; i <= n; i++) {
      boolean boundary =
          i == n
              || levels[i] != levels[start]
              || effective[i] != effective[start]
              || chars[i] == '\t'
              || chars[i - 1] == '\t';
      if (!boundary || (i < n && Character.isLowSurrogate(chars[i]))) {
        continue;
      }
      FontProgram font = effective[start];
      Shaper.Glyphs shapedRun;
      if (chars[start] == '\t') {
        float width = TAB_SPACES * font.advance(font.spaceGid) * size / font.unitsPerEm;
        shapedRun =
            new Shaper.Glyphs(
                new int[] {font.spaceGid},
                new int[] {start},
                new int[] {start + 1},
                new int[] {0},
                new float[] {0},
                new float[] {0},
                width);
      } else {
        shapedRun = Shaper.shape(font, chars, start, i, (levels[start] & 1) != 0, size);
      }
      int[] from = shapedRun.chars();
      float[] x = shapedRun.x();
      for (int g = 0; g < from.length; g++) {
        float right = g + 1 < x.length ? x[g + 1] : shapedRun.width();
        advances[from[g]] += right - x[g];
      }
      runs.add(new Run(start, i, levels[start], font, shapedRun));
      start = i;
    }
  }

  /** Marks that belong with the character before them and should stay in its font. */
  private static boolean clings(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.FORMAT;
  }

  /** Invisible characters that may be left out of the drawing (kept in /ActualText). */
  private static boolean mayBeUndrawn(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  private static String describe(Set<Integer> codePoints) {
    StringBuilder out = new StringBuilder();
    for (int cp : codePoints) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(String.format("U+%04X", cp)).append(" '").appendCodePoint(cp).append('\'');
    }
    return out.toString();
  }

  /** Width of the range in points. */
  float width(int start, int end) {
    float sum = 0;
    for (int i = start; i < end; i++) {
      sum += advances[i];
    }
    return sum;
  }
}
