package dev.pressroom.format.pdf;

import java.nio.file.Path;
import java.util.List;

/** The settled options of a {@link PdfRenderer}; margins are top, right, bottom, left. */
record PdfOptions(
    PdfRenderer.PageSize pageSize,
    float[] margins,
    float fontSize,
    PdfRenderer.FontFamily fontFamily,
    List<Path> fonts,
    boolean justify,
    boolean pdfA,
    SystemFonts systemFonts,
    boolean hyphenate) {

  float top() {
    return margins[0];
  }

  float right() {
    return margins[1];
  }

  float bottom() {
    return margins[2];
  }

  float left() {
    return margins[3];
  }
}
