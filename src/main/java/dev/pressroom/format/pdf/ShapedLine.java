package dev.pressroom.format.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one line of a shaped block ({@link Shaped#runs}): the runs' parts on the line are put in
 * visual order by their bidi levels (Unicode's rules L1 and L2), right-to-left paragraphs end at
 * the right edge, and justified lines stretch their spaces. Text is written in logical order, each
 * piece of an element inside {@code /ActualText} carrying its characters, and every glyph is placed
 * where shaping put it (advances, offsets, raised marks), so that the page shows the shaped text
 * and extraction gives back the logical text.
 */
final class ShapedLine {
  /** A run's part of the line: {@code [from, to)}, its glyphs {@code [first, last]}. */
  private static final class Portion {
    Shaped.Run run;
    int from;
    int to;
    int level;
    int first = -1;
    int last = -2;
    float left; // where its glyphs start in the run
    float width;
    float x; // where it starts on the page
  }

  private final PageWriter page;
  private final Paginator.Placed placed;
  private final Shaped shaped;
  private final String text;
  private final int contentEnd;

  ShapedLine(PageWriter page, Paginator.Placed placed, int contentEnd) {
    this.page = page;
    this.placed = placed;
    this.shaped = placed.shaped();
    this.text = shaped.block.text();
    this.contentEnd = contentEnd;
  }

  void write() {
    Block block = shaped.block;
    Block.Style style = block.style();
    LineBreaker.Line line = placed.line();
    List<Portion> portions = portions(line);
    int spaces = 0;
    for (int i = line.start(); i < contentEnd; i++) {
      spaces += text.charAt(i) == ' ' ? 1 : 0;
    }
    float content = line.hyphen() ? LineBreaker.hyphenWidth(shaped, line.end()) : 0;
    for (Portion p : portions) {
      content += p.from < contentEnd ? p.width : 0;
    }
    float extra =
        style.justify() && !line.last() && spaces > 0
            ? Math.max(0, (page.measure() - block.indent() - content) / spaces)
            : 0;
    float total = 0;
    for (Portion p : portions) {
      p.width += extra * spaces(p.from, Math.min(p.to, contentEnd));
      total += p.width;
    }
    Portion[] visual = portions.toArray(new Portion[0]);
    byte[] levels = new byte[visual.length];
    for (int i = 0; i < visual.length; i++) {
      levels[i] = (byte) visual[i].level;
    }
    if (visual.length > 1) {
      Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
    }
    float x = shaped.rightToLeft ? page.rightEdge(placed) - total : placed.x();
    for (Portion p : visual) {
      p.x = x;
      x += p.width;
    }
    for (Block.Piece piece : block.pieces()) {
      int from = Math.max(piece.start(), line.start());
      int to = Math.min(piece.end(), line.end());
      if (from >= to) {
        continue;
      }
      page.element(piece.tag());
      page.colour(piece.link() != null ? PageWriter.LINK : style.rgb());
      StringBuilder out = page.out();
      float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
      for (Portion p : portions) {
        int a = Math.max(from, p.from);
        int b = Math.min(to, p.to);
        if (a >= b) {
          continue;
        }
        // Left-to-right shaped text (reordered vowel signs, conjuncts) says its characters in
        // /ActualText. Right-to-left glyphs stand in visual order, each mapped to its characters
        // by /ToUnicode, which is what text extractors reorder; the element's /ActualText holds
        // the logical text (see DocumentWriter).
        boolean actual = (p.level & 1) == 0;
        if (actual) {
          out.append("/Span <</ActualText ")
              .append(PdfSyntax.text(text.substring(a, b)))
              .append(">> BDC\n");
        }
        glyphs(p, a, b, style.size(), extra, extent);
        if (actual) {
          out.append("EMC\n");
        }
      }
      if (piece.link() != null && from < contentEnd) {
        if (extent[1] < extent[0]) { // nothing drawn (format characters): a point-wide area
          extent[0] = start(portions, from);
          extent[1] = extent[0];
        }
        page.linkArea(piece.link(), extent[0], extent[1], placed.y(), style);
      }
    }
    if (line.hyphen()) {
      page.hyphen(shaped, line, placed.x() + total, placed.y()); // left to right only
    }
  }

  /**
   * The text a glyph's {@code /ToUnicode} gives: its characters, in a right-to-left run in visual
   * order (a lam-alef ligature maps to alef, lam), because text extractors read the glyphs of a
   * right-to-left line in visual order and reverse every character of it.
   */
  private String standsFor(int from, int to, Portion p) {
    String chars = text.substring(from, to);
    if ((p.level & 1) == 0 || to - from == 1) {
      return chars;
    }
    return new StringBuilder(chars).reverse().toString();
  }

  private int cid(DocumentFont font, int gid, int from, int to, Portion p) {
    int cp = text.codePointAt(from);
    if (Character.charCount(cp) == to - from) {
      return font.glyphCid(gid, cp); // the common case: a glyph for one character
    }
    return font.glyphCid(gid, standsFor(from, to, p));
  }

  /** Where the portion holding character {@code at} starts, or the line's first portion. */
  private float start(List<Portion> portions, int at) {
    for (Portion p : portions) {
      if (p.from <= at && at < p.to) {
        return p.x;
      }
    }
    return portions.isEmpty() ? placed.x() : portions.get(0).x;
  }

  /** The runs' parts of the line in logical order; spaces at its end take the paragraph's level. */
  private List<Portion> portions(LineBreaker.Line line) {
    int paragraph = shaped.rightToLeft ? 1 : 0;
    List<Portion> portions = new ArrayList<>();
    for (Shaped.Run run : shaped.runs) {
      int from = Math.max(run.start(), line.start());
      int to = Math.min(run.end(), line.end());
      if (from >= to) {
        continue;
      }
      if (from < contentEnd && to > contentEnd) {
        portions.add(portion(run, from, contentEnd, run.level()));
        portions.add(portion(run, contentEnd, to, paragraph));
      } else {
        portions.add(portion(run, from, to, from >= contentEnd ? paragraph : run.level()));
      }
    }
    return portions;
  }

  private static Portion portion(Shaped.Run run, int from, int to, int level) {
    Portion p = new Portion();
    p.run = run;
    p.from = from;
    p.to = to;
    p.level = level;
    int[] glyphs = run.glyphsOf(from, to);
    p.first = glyphs[0];
    p.last = glyphs[1];
    float[] x = run.glyphs().x();
    if (p.first >= 0) {
      p.left = x[p.first];
      float right = p.last + 1 < x.length ? x[p.last + 1] : run.glyphs().width();
      p.width = right - p.left;
    }
    return p;
  }

  private int spaces(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += text.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /**
   * Draws the glyphs of portion {@code p} shaped from {@code [a, b)}, each at its place, and widens
   * {@code extent} (left, right) to cover them.
   */
  private void glyphs(Portion p, int a, int b, float size, float extra, float[] extent) {
    Shaper.Glyphs g = p.run.glyphs();
    FontProgram program = p.run.font();
    DocumentFont font = page.font(program, size);
    StringBuilder out = page.out();
    boolean open = false;
    boolean inString = false;
    float pen = 0; // where the text position is after the last glyph drawn
    float rise = 0;
    int stretched = 0;
    boolean rtl = (p.level & 1) != 0;
    java.util.BitSet said = rtl ? new java.util.BitSet() : null; // characters a glyph stands for
    for (int k = p.first; k <= p.last; k++) {
      int c = g.chars()[k];
      float gx = p.x + (g.x()[k] - p.left) + extra * stretched;
      if (text.charAt(c) == ' ' && c < contentEnd) {
        stretched++;
      }
      if (c < a || c >= b) {
        continue;
      }
      if (!open) {
        page.position(gx, placed.y());
        out.append('[');
        open = true;
        pen = gx;
      } else if (Math.abs(gx - pen) > 0.0005f) {
        out.append(inString ? ") " : "").append(PageWriter.num(-(gx - pen) * 1000 / size));
        out.append(' ');
        inString = false;
      }
      float y = g.y()[k];
      if (y != rise) {
        out.append(inString ? ")] TJ\n" : "] TJ\n");
        out.append(PageWriter.num(y)).append(" Ts\n[");
        inString = false;
        rise = y;
      }
      // A right-to-left character drawn with several glyphs (a letter and its dots in Nastaliq)
      // is said by the first of them; the others stand for nothing, in an empty /ActualText.
      boolean silent = rtl && said.get(c);
      if (silent) {
        out.append(inString ? ")] TJ\n" : "] TJ\n").append("/Span <</ActualText ()>> BDC\n[");
        inString = false;
      } else if (rtl) {
        said.set(c);
      }
      if (!inString) {
        out.append('(');
        inString = true;
      }
      int gid = g.gids()[k];
      int cid = cid(font, gid, c, Math.max(c + 1, Math.min(g.ends()[k], b)), p);
      page.literalByte(cid >> 8);
      page.literalByte(cid & 0xFF);
      float advance = Math.round(program.advance(gid) * 1000f / program.unitsPerEm) * size / 1000;
      if (silent) {
        out.append(")] TJ\nEMC\n[");
        inString = false;
      }
      extent[0] = Math.min(extent[0], gx);
      extent[1] = Math.max(extent[1], gx + advance);
      pen = gx + advance;
    }
    if (open) {
      out.append(inString ? ")] TJ\n" : "] TJ\n");
    }
    if (rise != 0) {
      out.append("0 Ts\n");
    }
  }
}
