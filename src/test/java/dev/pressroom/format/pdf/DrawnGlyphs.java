package dev.pressroom.format.pdf;

import dev.pressroom.internal.Direction;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a PDF page draws, as a reader of the content stream sees it: groups of glyphs each set in
 * one font from one text position ({@code Tm}), with every glyph's outline, advance, place and
 * rise, and the text the group stands for (its {@code /ActualText}, else its glyphs' Unicode,
 * reversed for right-to-left glyphs, which stand in visual order).
 */
final class DrawnGlyphs extends PDFStreamEngine {
  /** A drawn glyph: its outline and advance (in font units), where it starts and its rise. */
  record Glyph(String outline, float x, float rise) {}

  /** Glyphs of one font drawn from one text position. */
  record Group(String font, float size, List<Glyph> glyphs, String text) {
    /** Whether the text is right to left. */
    boolean rightToLeft() {
      return Direction.hasRightToLeft(text);
    }
  }

  private final List<Group> groups = new ArrayList<>();
  private final Map<PDFont, Map<Integer, String>> outlines = new HashMap<>();
  private final Deque<String> actual = new ArrayDeque<>();
  private static final String SILENT = new String("(empty /ActualText)");
  private int silent; // open sequences whose glyphs stand for nothing
  private List<Glyph> glyphs;
  private StringBuilder unicode;
  private String groupFont;
  private float groupSize;
  private String groupActual;

  private DrawnGlyphs() {
    addOperator(new BeginText(this));
    addOperator(new EndText(this));
    addOperator(new SetFontAndSize(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new SetTextRise(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new Concatenate(this));
    addOperator(new BeginMarkedContentSequence(this));
    addOperator(new BeginMarkedContentSequenceWithProperties(this));
    addOperator(new EndMarkedContentSequence(this));
    addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
  }

  /** The groups of the first page. */
  static List<Group> of(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      DrawnGlyphs drawn = new DrawnGlyphs();
      drawn.processPage(doc.getPage(0));
      drawn.close();
      return drawn.groups;
    }
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    if ("Tm".equals(operator.getName()) || "Tf".equals(operator.getName())) {
      close();
    }
    super.processOperator(operator, operands);
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    String text = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
    if (text != null && !text.isEmpty()) {
      close();
    }
    silent += text != null && text.isEmpty() ? 1 : 0;
    actual.push(text == null ? "" : text.isEmpty() ? SILENT : text);
  }

  @Override
  public void endMarkedContentSequence() {
    String text = actual.isEmpty() ? "" : actual.pop();
    if (text == SILENT) {
      silent--;
    } else if (!text.isEmpty()) {
      close();
    }
  }

  private void close() {
    if (glyphs != null && !glyphs.isEmpty()) {
      String text = groupActual;
      if (text == null) {
        text = unicode.toString();
        if (Direction.hasRightToLeft(text)) {
          text = new StringBuilder(text).reverse().toString();
        }
      }
      groups.add(new Group(groupFont, groupSize, List.copyOf(glyphs), text));
    }
    glyphs = null;
  }

  @Override
  protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
      throws IOException {
    String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
    if (glyphs == null) {
      glyphs = new ArrayList<>();
      unicode = new StringBuilder();
      groupFont = name;
      groupSize = getGraphicsState().getTextState().getFontSize();
      String open = null;
      for (String text : actual) {
        if (!text.isEmpty() && text != SILENT) {
          open = text;
          break;
        }
      }
      groupActual = open;
    }
    String text = font.toUnicode(code);
    unicode.append(text == null || silent > 0 ? "" : text);
    glyphs.add(
        new Glyph(
            outline(font, code),
            matrix.getTranslateX(),
            getGraphicsState().getTextState().getRise()));
  }

  private String outline(PDFont font, int code) throws IOException {
    Map<Integer, String> known = outlines.computeIfAbsent(font, f -> new HashMap<>());
    String outline = known.get(code);
    if (outline == null) {
      PDCIDFontType2 cid = (PDCIDFontType2) ((PDType0Font) font).getDescendantFont();
      TrueTypeFont ttf = cid.getTrueTypeFont();
      outline = outline(ttf, cid.codeToGID(code));
      known.put(code, outline);
    }
    return outline;
  }

  /** A glyph's advance and outline as text, to compare glyphs of two fonts. */
  static String outline(TrueTypeFont ttf, int gid) throws IOException {
    StringBuilder out = new StringBuilder().append(ttf.getAdvanceWidth(gid)).append(':');
    GlyphData glyph = ttf.getGlyph().getGlyph(gid);
    if (glyph == null) {
      return out.toString();
    }
    GeneralPath path = glyph.getPath();
    float[] c = new float[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      out.append(type);
      int points = type == PathIterator.SEG_CUBICTO ? 3 : type == PathIterator.SEG_QUADTO ? 2 : 1;
      for (int i = 0; type != PathIterator.SEG_CLOSE && i < points * 2; i++) {
        out.append(',').append(Math.round(c[i]));
      }
      out.append(' ');
    }
    return out.toString();
  }
}
