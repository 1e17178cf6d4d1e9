package dev.pressroom.format.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the content stream of one page by hand: text as CIDs in {@code TJ} arrays, every piece of
 * text inside the marked-content sequence of its structure element or an artifact, one sequence per
 * element per page.
 */
final class PageWriter {
  /** A link area on the page: {@code x, y, width, height}. */
  record LinkArea(Block.Link link, float[] rect) {}

  private static final Object ARTIFACT = new Object();
  static final float[] LINK = {0.05f, 0.2f, 0.6f};

  private final StringBuilder out = new StringBuilder(8192);
  private final StringBuilder decoration = new StringBuilder();
  private final Map<FontProgram, DocumentFont> fonts;
  private final StructureTree tree;
  private final int pageIndex;
  private final float measure;
  final List<LinkArea> links = new ArrayList<>();
  private Object open;
  private DocumentFont font;
  private float size;
  private float[] color;

  PageWriter(
      Map<FontProgram, DocumentFont> fonts, StructureTree tree, int pageIndex, float measure) {
    this.fonts = fonts;
    this.tree = tree;
    this.pageIndex = pageIndex;
    this.measure = measure;
    out.append("BT\n");
  }

  void line(Paginator.Placed placed) {
    Shaped shaped = placed.shaped();
    Block block = shaped.block;
    Block.Style style = block.style();
    LineBreaker.Line line = placed.line();
    String text = block.text();
    if (shaped.label != null && line.start() == 0) {
      Shaped label = shaped.label;
      float labelX =
          shaped.rightToLeft
              ? rightEdge(placed) + block.hang() - label.width(0, label.block.text().length())
              : placed.x() - block.hang();
      position(labelX, placed.y());
      for (Block.Piece piece : label.block.pieces()) {
        switchTo(piece.tag() == null ? ARTIFACT : piece.tag());
        colour(style.rgb());
        run(label, piece.start(), piece.end(), piece.end(), 0);
      }
    }
    int contentEnd = line.start();
    int spaces = 0;
    for (int i = line.start(); i < line.end(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u3000') {
        contentEnd = i + 1;
      }
    }
    if (shaped.runs != null) {
      new ShapedLine(this, placed, contentEnd).write();
      return;
    }
    for (int i = line.start(); i < contentEnd; i++) {
      spaces += text.charAt(i) == ' ' ? 1 : 0;
    }
    float extra =
        style.justify() && !line.last() && spaces > 0
            ? (measure - block.indent() - line.width()) / spaces
            : 0;
    position(placed.x(), placed.y());
    boolean links = block.hasLinks(); // only links need the pieces' positions
    float x = placed.x();
    Block.Link area = null;
    float areaStart = 0;
    float areaEnd = 0;
    boolean areaShown = false; // whether the link has a character on this line but spaces
    for (Block.Piece piece : block.pieces()) {
      int from = Math.max(piece.start(), line.start());
      int to = Math.min(piece.end(), line.end());
      if (from >= to) {
        continue;
      }
      int visible = Math.min(to, contentEnd);
      if (!links) {
        switchTo(piece.tag() == null ? ARTIFACT : piece.tag());
        colour(style.rgb());
        run(shaped, from, to, visible, extra);
        continue;
      }
      float width = shaped.width(from, to) + extra * spaces(text, from, visible);
      float visibleWidth =
          visible > from ? shaped.width(from, visible) + extra * spaces(text, from, visible) : 0;
      if (piece.link() != area) {
        if (area != null && areaShown) {
          linkArea(area, areaStart, areaEnd, placed.y(), style);
        }
        area = piece.link();
        areaStart = x;
        areaShown = false;
      }
      areaEnd = x + visibleWidth;
      areaShown |= visible > from;
      switchTo(piece.tag() == null ? ARTIFACT : piece.tag());
      colour(piece.link() != null ? LINK : style.rgb());
      run(shaped, from, to, visible, extra);
      x += width;
    }
    if (area != null && areaShown) {
      linkArea(area, areaStart, areaEnd, placed.y(), style);
    }
    if (line.hyphen()) {
      hyphen(shaped, line, Float.NaN, placed.y());
    }
  }

  /**
   * The hyphen after a line that breaks a word, in the font of the character before it: an
   * artifact, so that the element's text stays the model's. Drawn where the text position is after
   * the line's last glyph, or at {@code x} when that is a number.
   */
  void hyphen(Shaped shaped, LineBreaker.Line line, float x, float y) {
    FontProgram program = LineBreaker.hyphenFont(shaped, line.end());
    if (program == null || program.glyph(LineBreaker.hyphen(program)) == 0) {
      return;
    }
    switchTo(ARTIFACT);
    DocumentFont wanted = font(program, shaped.block.style().size());
    if (!Float.isNaN(x)) {
      position(x, y);
    }
    int cp = LineBreaker.hyphen(program);
    int gid = program.glyph(cp);
    int cid = shaped.runs == null ? wanted.cid(cp, gid) : wanted.glyphCid(gid, cp);
    out.append("[(");
    literalByte(cid >> 8);
    literalByte(cid & 0xFF);
    out.append(")] TJ\n");
  }

  private static int spaces(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += text.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  /** Where the lines of a right-to-left block end: the measure's right edge less the indent. */
  float rightEdge(Paginator.Placed placed) {
    return placed.x() + measure - 2 * placed.shaped().block.indent();
  }

  /** The width lines are set to. */
  float measure() {
    return measure;
  }

  /**
   * A link annotation's area and the underline beneath it, for a stretch of one line. Text of no
   * width (a format character) still gets an area, one point wide, so that every link has one.
   */
  void linkArea(Block.Link link, float x1, float x2, float y, Block.Style style) {
    float width = x2 - x1;
    links.add(
        new LinkArea(
            link,
            new float[] {x1, y - style.size() * 0.25f, Math.max(width, 1), style.size() * 1.1f}));
    if (width <= 0) {
      return;
    }
    decoration
        .append("/Artifact BMC\n")
        .append(rgb(LINK))
        .append(" rg\n")
        .append(num(x1))
        .append(' ')
        .append(num(y - style.size() * 0.12f))
        .append(' ')
        .append(num(width))
        .append(' ')
        .append(num(style.size() * 0.05f))
        .append(" re f\nEMC\n");
  }

  /** The running footer, centered at {@code y}. */
  void footer(Shaped shaped, float pageWidth, float y) {
    switchTo(null);
    out.append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
    String text = shaped.block.text();
    float width = shaped.width(0, text.length());
    if (shaped.runs != null) {
      // shaped text (a right-to-left footer): laid out as a line, its right end centred too
      float x = shaped.rightToLeft ? (pageWidth + width) / 2 - measure : (pageWidth - width) / 2;
      line(new Paginator.Placed(shaped, new LineBreaker.Line(0, text.length(), width, true), x, y));
      switchTo(null);
    } else {
      position((pageWidth - width) / 2, y);
      colour(shaped.block.style().rgb());
      run(shaped, 0, text.length(), text.length(), 0);
    }
    out.append("EMC\n");
  }

  /** Draws image XObject {@code resource} in the box, as the content of figure {@code tag}. */
  void image(StructureTree.Tag tag, String resource, float x, float y, float w, float h) {
    int mcid = tree.mark(tag, pageIndex);
    decoration
        .append("/Figure <</MCID ")
        .append(mcid)
        .append(">> BDC\nq ")
        .append(num(w))
        .append(" 0 0 ")
        .append(num(h))
        .append(' ')
        .append(num(x))
        .append(' ')
        .append(num(y))
        .append(" cm /")
        .append(resource)
        .append(" Do Q\nEMC\n");
  }

  /** A rule in colour {@code rgb} ({@code 0xRRGGBB}), {@code width} points thick. */
  void rule(Paginator.Rule rule, int rgb, float width) {
    decoration
        .append("/Artifact BMC\n")
        .append(num((rgb >> 16 & 0xff) / 255f))
        .append(' ')
        .append(num((rgb >> 8 & 0xff) / 255f))
        .append(' ')
        .append(num((rgb & 0xff) / 255f))
        .append(" RG ")
        .append(num(width))
        .append(" w ")
        .append(num(rule.x1()))
        .append(' ')
        .append(num(rule.y()))
        .append(" m ")
        .append(num(rule.x2()))
        .append(' ')
        .append(num(rule.y()))
        .append(" l S\nEMC\n");
  }

  void rule(Paginator.Rule rule) {
    rule(rule, 0x999999, 0.5f);
  }

  byte[] finish() {
    switchTo(null);
    out.append("ET\n").append(decoration);
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Opens the marked content of {@code tag}, an artifact for {@code null}. */
  void element(StructureTree.Tag tag) {
    switchTo(tag == null ? ARTIFACT : tag);
  }

  /** The content stream being written, for {@link ShapedLine}. */
  StringBuilder out() {
    return out;
  }

  /** Selects a font and size unless they are selected; inside no {@code TJ} array. */
  DocumentFont font(FontProgram program, float fontSize) {
    DocumentFont wanted =
        font != null && font.program == program
            ? font
            : fonts.computeIfAbsent(program, p -> new DocumentFont(p, fonts.size()));
    if (wanted != font || fontSize != size) {
      out.append('/').append(wanted.resource).append(' ');
      out.append(num(fontSize)).append(" Tf\n");
      font = wanted;
      size = fontSize;
    }
    return wanted;
  }

  private void switchTo(Object want) {
    if (want == open) {
      return;
    }
    if (open != null) {
      out.append("EMC\n");
    }
    if (want == ARTIFACT) {
      out.append("/Artifact BMC\n");
    } else if (want instanceof StructureTree.Tag tag) {
      int mcid = tree.mark(tag, pageIndex);
      out.append('/')
          .append(StructureTree.owner(tag).role)
          .append(" <</MCID ")
          .append(mcid)
          .append(">> BDC\n");
    }
    open = want;
  }

  void position(float x, float y) {
    out.append("1 0 0 1 ").append(num(x)).append(' ').append(num(y)).append(" Tm\n");
  }

  void colour(float[] rgb) {
    if (rgb != color) {
      out.append(rgb(rgb)).append(" rg\n");
      color = rgb;
    }
  }

  /** Shows {@code [from, to)}; spaces before {@code stretchEnd} get {@code extra} points more. */
  private void run(Shaped shaped, int from, int to, int stretchEnd, float extra) {
    String text = shaped.block.text();
    float fontSize = shaped.block.style().size();
    boolean inArray = false;
    boolean inString = false;
    for (int i = from; i < to; i++) {
      FontProgram program = shaped.fonts[i];
      if (program == null || Character.isLowSurrogate(text.charAt(i))) {
        continue;
      }
      DocumentFont wanted =
          font != null && font.program == program
              ? font
              : fonts.computeIfAbsent(program, p -> new DocumentFont(p, fonts.size()));
      if (wanted != font || fontSize != size) {
        if (inArray) {
          out.append(inString ? ")] TJ\n" : "] TJ\n");
          inArray = false;
          inString = false;
        }
        out.append('/').append(wanted.resource).append(' ');
        out.append(num(fontSize)).append(" Tf\n");
        font = wanted;
        size = fontSize;
      }
      if (!inArray) {
        out.append('[');
        inArray = true;
      }
      if (!inString) {
        out.append('(');
        inString = true;
      }
      int cp = text.codePointAt(i);
      int cid = font.cid(cp, shaped.glyphs[i]);
      literalByte(cid >> 8);
      literalByte(cid & 0xFF);
      float adjust = 0;
      if (cp == '\t') {
        adjust = shaped.advances[i] * (Shaped.TAB_SPACES - 1) / Shaped.TAB_SPACES;
      }
      if (cp == ' ' && i < stretchEnd) {
        adjust += extra;
      }
      if (shaped.kerns != null) {
        adjust += shaped.kerns[i];
      }
      if (adjust != 0) {
        out.append(") ").append(num(-adjust * 1000 / fontSize)).append(' ');
        inString = false;
      }
    }
    if (inArray) {
      out.append(inString ? ")] TJ\n" : "] TJ\n");
    }
  }

  /**
   * One byte of a two-byte code in a literal string: raw, which is half the size of hex and so
   * halves the work of compressing the page, with the three delimiters and CR escaped (a raw CR
   * would be read back as a line feed).
   */
  void literalByte(int b) {
    if (b == '(' || b == ')' || b == '\\') {
      out.append('\\').append((char) b);
    } else if (b == '\r') {
      out.append("\\r");
    } else {
      out.append((char) b);
    }
  }

  private static String rgb(float[] rgb) {
    return num(rgb[0]) + " " + num(rgb[1]) + " " + num(rgb[2]);
  }

  /** A number with at most three decimals, no exponent, locale independent. */
  static String num(float value) {
    long thousandths = Math.round(value * 1000.0);
    if (thousandths % 1000 == 0) {
      return Long.toString(thousandths / 1000);
    }
    long abs = Math.abs(thousandths);
    StringBuilder out = new StringBuilder(12);
    out.append(thousandths < 0 ? "-" : "").append(abs / 1000).append('.');
    long frac = abs % 1000;
    out.append(frac / 100);
    if (frac % 100 != 0) {
      out.append(frac / 10 % 10);
      if (frac % 10 != 0) {
        out.append(frac % 10);
      }
    }
    return out.toString();
  }
}
