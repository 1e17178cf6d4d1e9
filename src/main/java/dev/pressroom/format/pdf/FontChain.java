package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts a run of characters may be set in, in order of preference: the family's face of the
 * run's weight and slant (an italic face falls back to the upright one of its weight), the added
 * fonts (those of the run's weight and slant first, else in the order added), then system fonts.
 */
final class FontChain {
  /** A weight and slant of the family. */
  enum Face {
    REGULAR("-Regular.ttf"),
    BOLD("-Bold.ttf"),
    ITALIC("-Italic.ttf"),
    BOLD_ITALIC("-BoldItalic.ttf");

    final String suffix;

    Face(String suffix) {
      this.suffix = suffix;
    }

    /** The face of this weight and slant. */
    static Face of(boolean bold, boolean italic) {
      return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }
  }

  private final String family;
  private final List<FontProgram> extra;
  private final SystemFonts system;

  @SuppressWarnings("unchecked")
  private final List<FontProgram>[] chains = new List[Face.values().length];

  private FontChain(String family, List<FontProgram> extra, SystemFonts system) {
    this.family = family;
    this.extra = extra;
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
    FontChain chain = new FontChain(family, List.copyOf(extra), options.systemFonts());
    chain.chain(Face.REGULAR);
    return chain;
  }

  /** The chain of a face, its bundled fonts loaded on first use (a plain release has no italic). */
  private List<FontProgram> chain(Face face) throws RenderException {
    List<FontProgram> chain = chains[face.ordinal()];
    if (chain == null) {
      try {
        List<FontProgram> fonts = new ArrayList<>(bundled(family + face.suffix));
        if (face == Face.ITALIC) {
          fonts.addAll(bundled(family + Face.REGULAR.suffix));
        } else if (face == Face.BOLD_ITALIC) {
          fonts.addAll(bundled(family + Face.BOLD.suffix));
        }
        // added fonts of the face's weight and slant first, so that bold Arabic is bold
        boolean bold = face == Face.BOLD || face == Face.BOLD_ITALIC;
        boolean italic = face == Face.ITALIC || face == Face.BOLD_ITALIC;
        List<FontProgram> added = new ArrayList<>(extra);
        added.sort(
            java.util.Comparator.comparingInt(
                font -> (font.bold == bold ? 0 : 2) + (font.italic == italic ? 0 : 1)));
        fonts.addAll(added);
        chain = List.copyOf(fonts);
      } catch (IOException e) {
        throw new RenderException("cannot load the bundled Liberation fonts: " + e.getMessage(), e);
      }
      chains[face.ordinal()] = chain;
    }
    return chain;
  }

  private static List<FontProgram> bundled(String file) throws IOException {
    return FontProgram.resource("fonts/" + file);
  }

  /** The face text of this weight and slant starts in. */
  FontProgram main(Face face) throws RenderException {
    return chain(face).get(0);
  }

  /** The first font of the face's chain that has {@code codePoint}, or {@code null}. */
  FontProgram find(int codePoint, Face face) throws RenderException {
    for (FontProgram font : chain(face)) {
      if (font.glyph(codePoint) != 0) {
        return font;
      }
    }
    return system.find(
        codePoint,
        face == Face.BOLD || face == Face.BOLD_ITALIC,
        face == Face.ITALIC || face == Face.BOLD_ITALIC);
  }
}
