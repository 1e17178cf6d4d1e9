package dev.pressroom.format.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects a document's text as positioned {@link PdfTextLine}s, sorted by position, and counts the
 * glyphs whose font gives no Unicode value, so that text a font cannot map is refused rather than
 * passed off as words.
 */
final class PdfLineStripper extends PDFTextStripper {
  private final List<PdfTextLine> lines = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private final List<TextPosition> positions = new ArrayList<>();
  private long glyphs;
  private long unmapped;
  private int firstUnmappedPage;

  PdfLineStripper() {
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Reads every page of {@code document}. */
  List<PdfTextLine> read(PDDocument document) throws IOException {
    writeText(document, new StringWriter());
    return lines;
  }

  /** Glyphs shown, spaces included. */
  long glyphs() {
    return glyphs;
  }

  /** Glyphs whose font has no Unicode value for them. */
  long unmapped() {
    return unmapped;
  }

  /** The first page with an unmapped glyph, or 0. */
  int firstUnmappedPage() {
    return firstUnmappedPage;
  }

  @Override
  protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
      throws IOException {
    glyphs++;
    String unicode = font.toUnicode(code);
    if (unicode == null || isJunk(unicode)) {
      unmapped++;
      if (firstUnmappedPage == 0) {
        firstUnmappedPage = getCurrentPageNo();
      }
    }
    super.showGlyph(matrix, font, code, displacement);
  }

  /** U+FFFD, private-use and control characters: what an unmapped glyph tends to come out as. */
  static boolean isJunk(String unicode) {
    return unicode.codePoints().anyMatch(PdfLineStripper::isJunk);
  }

  static boolean isJunk(int cp) {
    int type = Character.getType(cp);
    return cp == 0xFFFD
        || type == Character.PRIVATE_USE
        || (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r');
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    flush();
    super.startPage(page);
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    flush();
    super.endPage(page);
  }

  @Override
  protected void writeString(String word, List<TextPosition> textPositions) {
    text.append(word);
    positions.addAll(textPositions);
  }

  @Override
  protected void writeString(String ignored) {
    // page, paragraph and article marks: the layout heuristics find their own
  }

  @Override
  protected void writeWordSeparator() {
    text.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    flush();
  }

  private void flush() {
    if (!positions.isEmpty()) {
      lines.add(line());
    }
    text.setLength(0);
    positions.clear();
  }

  private PdfTextLine line() {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    Map<Float, Integer> sizes = new HashMap<>();
    Map<Float, Float> baselines = new HashMap<>();
    int boldChars = 0;
    int counted = 0;
    for (TextPosition p : positions) {
      left = Math.min(left, p.getXDirAdj());
      right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
      if (!p.getUnicode().isBlank()) {
        float size = Math.round(Math.abs(p.getYScale()) * 10) / 10f;
        sizes.merge(size, 1, Integer::sum);
        baselines.putIfAbsent(size, p.getYDirAdj());
        counted++;
        if (isBold(p.getFont())) {
          boldChars++;
        }
      }
    }
    TextPosition first = positions.get(0);
    // The size most glyphs have: a line's odd superscript or symbol does not make it a heading.
    float size =
        sizes.entrySet().stream()
            .max(
                Map.Entry.<Float, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(Math.round(Math.abs(first.getYScale()) * 10) / 10f);
    return new PdfTextLine(
        getCurrentPageNo(),
        text.toString(),
        left,
        right,
        baselines.getOrDefault(size, first.getYDirAdj()),
        size,
        counted > 0 && boldChars * 2 > counted,
        first.getPageHeight());
  }

  private static boolean isBold(PDFont font) {
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) {
      return true;
    }
    String name = font.getName();
    return name != null && name.toLowerCase(Locale.ROOT).matches(".*(bold|black|heavy|semibold).*");
  }
}
