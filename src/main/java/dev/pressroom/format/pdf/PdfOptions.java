package dev.pressroom.format.pdf;

import dev.pressroom.print.PrintStyle;
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
    PrintStyle style,
    LogoImage logo,
    boolean hyphenate) {

  /** Whether the web page's breadcrumb and actions are printed (the style says). */
  boolean printWebFurniture() {
    return style.webFurniture();
  }

  /** Whether actions with a target are printed as a "More at" line (the style says). */
  boolean moreAtLine() {
    return style.moreAt();
  }

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
