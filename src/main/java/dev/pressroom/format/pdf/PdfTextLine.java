package dev.pressroom.format.pdf;

/**
 * One line of text as laid out on a page, in reading order, with what the layout heuristics of
 * {@link PdfForeignDocument} need. Coordinates are in points from the page's top-left corner.
 *
 * @param page the 1-based page number
 * @param text the line's text, words separated by single spaces
 * @param left x of the first glyph
 * @param right x where the last glyph ends
 * @param baseline y of the baseline
 * @param fontSize the font size most of the line's glyphs have, in points
 * @param bold whether most of the line is set in a bold font
 * @param pageHeight the page's height
 */
record PdfTextLine(
    int page,
    String text,
    float left,
    float right,
    float baseline,
    float fontSize,
    boolean bold,
    float pageHeight) {

  /** Whether the line lies in the top or bottom {@code fraction} of its page. */
  boolean inMargin(float fraction) {
    return baseline < pageHeight * fraction || baseline > pageHeight * (1 - fraction);
  }

  /** Whether two font sizes are the same within rounding. */
  static boolean sameSize(float a, float b) {
    return Math.abs(a - b) <= Math.max(0.6f, 0.05f * Math.max(a, b));
  }
}
