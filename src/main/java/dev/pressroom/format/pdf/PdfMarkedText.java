package dev.pressroom.format.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text of each marked-content sequence of a page, by MCID: the Unicode of every glyph shown
 * inside it, in content-stream order, nothing added, dropped or normalised; a nested sequence with
 * {@code /ActualText} gives that text instead of its glyphs'. Artifacts and untagged text are left
 * out. This is how the text of Pressroom's own structure elements is read (see the contract in
 * {@code package-info}): PDFBox's text extractors would drop zero-advance glyphs (combining marks)
 * as overlapping duplicates and normalise ligatures.
 */
final class PdfMarkedText extends PDFStreamEngine {
  private final Deque<Integer> open = new ArrayDeque<>();
  private final Deque<Boolean> replaced = new ArrayDeque<>(); // whether in /ActualText
  private int replacing; // how many open sequences have /ActualText
  private final boolean lineBreaks;
  private Map<Integer, StringBuilder> texts;
  private Map<Integer, float[]> baselines; // first and last baseline of each MCID
  private int unmapped;
  private float glyphEnd;

  PdfMarkedText() {
    this(false);
  }

  /**
   * An extractor that, if {@code lineBreaks}, puts {@code \n} where a sequence's glyphs move to
   * another baseline (for other tools' files, which do not draw the space at a line's end).
   */
  PdfMarkedText(boolean lineBreaks) {
    this.lineBreaks = lineBreaks;
    addOperator(new BeginText(this));
    addOperator(new EndText(this));
    addOperator(new SetFontAndSize(this));
    addOperator(new ShowText(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new ShowTextLine(this));
    addOperator(new ShowTextLineAndSpace(this));
    addOperator(new MoveText(this));
    addOperator(new MoveTextSetLeading(this));
    addOperator(new NextLine(this));
    addOperator(new SetTextLeading(this));
    addOperator(new SetMatrix(this));
    addOperator(new SetCharSpacing(this));
    addOperator(new SetWordSpacing(this));
    addOperator(new SetTextHorizontalScaling(this));
    addOperator(new SetTextRenderingMode(this));
    addOperator(new SetTextRise(this));
    addOperator(new Save(this));
    addOperator(new Restore(this));
    addOperator(new Concatenate(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new BeginMarkedContentSequence(this));
    addOperator(new BeginMarkedContentSequenceWithProperties(this));
    addOperator(new EndMarkedContentSequence(this));
    addOperator(new DrawObject(this));
  }

  /** The text of each MCID on {@code page}. */
  Map<Integer, StringBuilder> read(PDPage page) throws IOException {
    texts = new HashMap<>();
    baselines = new HashMap<>();
    open.clear();
    replaced.clear();
    replacing = 0;
    processPage(page);
    return texts;
  }

  /**
   * For each MCID of the page read last: its first and last baseline (y, in points), where its
   * first glyph starts and its last ends (x), and its first glyph's size.
   */
  Map<Integer, float[]> baselines() {
    return baselines;
  }

  /** Glyphs inside tagged content whose font gave no Unicode value, over all pages read. */
  int unmapped() {
    return unmapped;
  }

  @Override
  public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
    int mcid = -1;
    if (properties != null && !COSName.ARTIFACT.equals(tag)) {
      mcid = properties.getInt(COSName.MCID, -1);
    }
    // Content nested in a tagged sequence belongs to it, unless it is an artifact.
    if (mcid < 0 && !COSName.ARTIFACT.equals(tag) && !open.isEmpty()) {
      mcid = open.peek();
    }
    open.push(mcid);
    // A sequence with /ActualText stands for its glyphs (shaped text: joining forms, reordered
    // glyphs); the text is the replacement, once, however many glyphs follow.
    String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
    boolean replacement = actual != null && mcid >= 0 && replacing == 0;
    if (replacement) {
      texts.computeIfAbsent(mcid, k -> new StringBuilder()).append(actual);
      replacing++;
    }
    replaced.push(replacement);
  }

  @Override
  public void endMarkedContentSequence() {
    if (!open.isEmpty()) {
      open.pop();
    }
    if (!replaced.isEmpty() && replaced.pop()) {
      replacing--;
    }
  }

  @Override
  protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
      throws IOException {
    if (open.isEmpty() || open.peek() < 0 || replacing > 0) {
      return;
    }
    String unicode = font.toUnicode(code);
    if (unicode == null) {
      unmapped++;
      return;
    }
    StringBuilder text = texts.computeIfAbsent(open.peek(), k -> new StringBuilder());
    if (lineBreaks) {
      float y = matrix.getTranslateY();
      float x = matrix.getTranslateX();
      float size = Math.abs(matrix.getScalingFactorY());
      float[] seen = baselines.get(open.peek());
      char last = text.length() == 0 ? '\n' : text.charAt(text.length() - 1);
      if (seen == null) {
        seen = new float[] {y, y, x, 0, size};
        baselines.put(open.peek(), seen);
      } else {
        if (Math.abs(seen[1] - y) > 1 && last != '\n') {
          text.append('\n');
        } else if (x - glyphEnd > 0.25f * size && !Character.isWhitespace(last)) {
          text.append(' '); // a gap drawn by positioning (a tab stop), not by a space glyph
        }
        seen[1] = y;
      }
      glyphEnd = x + displacement.getX() * matrix.getScalingFactorX();
      seen[3] = glyphEnd;
    }
    text.append(unicode);
  }
}
