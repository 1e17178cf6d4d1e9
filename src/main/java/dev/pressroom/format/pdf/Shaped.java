package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A block's text with a font, glyph and advance for every UTF-16 index. The second half of a
 * surrogate pair and characters left undrawn (format characters no font has) have no font and no
 * advance. A tab is drawn as the space glyph, four spaces wide.
 */
final class Shaped {
  static final int TAB_SPACES = 4;

  final Block block;
  final FontProgram[] fonts;
  final int[] glyphs;
  final float[] advances;

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
  static Shaped of(Block block, FontChain chain) throws RenderException {
    Shaped shaped = new Shaped(block);
    if (block.label() != null) {
      shaped.label = of(block.label(), chain);
    }
    float scale = block.style().size();
    String text = block.text();
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
          advance = TAB_SPACES * font.advance(gid) / font.unitsPerEm;
        } else if (cp == 0xFEFF) {
          font = null; // PDF/A forbids U+FEFF in ToUnicode: never drawn, kept in /ActualText
          gid = 0;
          advance = 0;
        } else {
          font =
              previous != null && clings(cp) && previous.glyph(cp) != 0
                  ? previous
                  : chain.find(cp, face);
          gid = font == null ? 0 : font.glyph(cp);
          advance = font == null ? 0 : font.advance(gid) / font.unitsPerEm;
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
    return shaped;
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
