package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts a run of characters may be set in, in order of preference: the family's regular or bold
 * face, the added fonts, then system fonts.
 */
final class FontChain {
  private final List<FontProgram> regular;
  private final List<FontProgram> bold;
  private final SystemFonts system;

  private FontChain(List<FontProgram> regular, List<FontProgram> bold, SystemFonts system) {
    this.regular = regular;
    this.bold = bold;
    this.system = system;
  }

  static FontChain of(PdfOptions options) throws RenderException {
    String family = options.fontFamily().file;
    List<FontProgram> extra = new ArrayList<>();
    for (Path file : options.fonts()) {
      try {
        extra.addAll(FontProgram.file(file));
      } catch (IOException | RuntimeException e) {
        throw new RenderException("cannot use font file " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      List<FontProgram> regular = new ArrayList<>(bundled(family + "-Regular.ttf"));
      List<FontProgram> bold = new ArrayList<>(bundled(family + "-Bold.ttf"));
      regular.addAll(extra);
      bold.addAll(extra);
      return new FontChain(List.copyOf(regular), List.copyOf(bold), options.systemFonts());
    } catch (IOException e) {
      throw new RenderException("cannot load the bundled Liberation fonts: " + e.getMessage(), e);
    }
  }

  private static List<FontProgram> bundled(String file) throws IOException {
    return FontProgram.resource("fonts/" + file);
  }

  /** The face text of this weight starts in. */
  FontProgram main(boolean isBold) {
    return (isBold ? bold : regular).get(0);
  }

  /** The first font that has {@code codePoint}, or {@code null}. */
  FontProgram find(int codePoint, boolean isBold) {
    for (FontProgram font : isBold ? bold : regular) {
      if (font.glyph(codePoint) != 0) {
        return font;
      }
    }
    return system.find(codePoint);
  }
}
