package dev.pressroom.reading;

/**
 * How a block looks in its source, as far as the source says. Unknown numbers are {@code 0}.
 *
 * @param fontSize the block's (largest) font size in points, {@code 0} when unknown
 * @param bold whether all of the block's text is bold
 * @param italic whether all of the block's text is italic
 * @param centered whether the block is centred on its line
 * @param page the 1-based page the block starts on, {@code 0} when the source has no pages
 * @param top the distance of the block's first line from the top of its page, in points
 * @param indent the first line's indentation (points, or characters for plain text)
 * @param gapBefore the vertical gap above the block (points, or blank lines for plain text)
 */
public record Layout(
    float fontSize,
    boolean bold,
    boolean italic,
    boolean centered,
    int page,
    float top,
    float indent,
    float gapBefore) {

  /** Nothing known about the look. */
  public static final Layout NONE = new Layout(0, false, false, false, 0, 0, 0, 0);

  /** This layout, bold or not. */
  public Layout withBold(boolean bold) {
    return new Layout(fontSize, bold, italic, centered, page, top, indent, gapBefore);
  }

  /** This layout with another font size. */
  public Layout withFontSize(float fontSize) {
    return new Layout(fontSize, bold, italic, centered, page, top, indent, gapBefore);
  }
}
