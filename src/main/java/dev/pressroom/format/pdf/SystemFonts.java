package dev.pressroom.format.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.fontbox.util.autodetect.FontFileFinder;

/**
 * Where the renderer looks for a character that neither the main font nor the configured fonts
 * have. Injectable so that tests do not depend on the fonts of the machine.
 */
interface SystemFonts {

  /** The first font that has {@code codePoint}, or {@code null}. */
  FontProgram find(int codePoint);

  /**
   * The first font that has {@code codePoint}, preferring one of the weight and slant asked for;
   * {@code null} when none has it.
   */
  default FontProgram find(int codePoint, boolean bold, boolean italic) {
    return find(codePoint);
  }

  /** No system fonts at all. */
  SystemFonts NONE = codePoint -> null;

  /**
   * The machine's TrueType fonts, found by PDFBox's font finder. They are tried regular faces first
   * (file names without Bold, Italic, Oblique, Light, Thin, Black, Condensed, …), Noto's before
   * others (fonts-noto-core draws most scripts well), then in path order; bold or italic text takes
   * a face of its weight and slant among the loaded ones that have the character.
   */
  static SystemFonts installed() {
    return Installed.INSTANCE;
  }

  /** Parses system font files lazily, one by one, until one has the character; keeps them. */
  final class Installed implements SystemFonts {
    static final Installed INSTANCE = new Installed();

    private List<Path> files;
    private int next;
    private final List<FontProgram> loaded = new ArrayList<>();
    private final Map<Long, FontProgram> found = new HashMap<>();
    private final Map<FontProgram, Path> origin = new HashMap<>();

    private Installed() {}

    @Override
    public synchronized FontProgram find(int codePoint) {
      return find(codePoint, false, false);
    }

    @Override
    public synchronized FontProgram find(int codePoint, boolean bold, boolean italic) {
      long key = (long) codePoint << 2 | (bold ? 2 : 0) | (italic ? 1 : 0);
      if (found.containsKey(key)) {
        return found.get(key);
      }
      FontProgram font = search(codePoint);
      if (font != null && (font.bold != bold || font.italic != italic)) {
        FontProgram styled = sibling(font, bold, italic, codePoint);
        for (int i = 0; styled == null && i < loaded.size(); i++) {
          FontProgram other = loaded.get(i);
          if (other.bold == bold && other.italic == italic && other.glyph(codePoint) != 0) {
            styled = other;
          }
        }
        font = styled != null ? styled : font;
      }
      found.put(key, font);
      return font;
    }

    /**
     * The face of the asked weight and slant beside a regular one's file, by the usual names
     * ({@code NotoSansArabic-Regular.ttf} → {@code NotoSansArabic-Bold.ttf}, {@code DejaVuSans.ttf}
     * → {@code DejaVuSans-Bold.ttf}), or {@code null}.
     */
    private FontProgram sibling(FontProgram font, boolean bold, boolean italic, int codePoint) {
      Path file = origin.get(font);
      if (file == null) {
        return null;
      }
      String style = bold ? (italic ? "BoldItalic" : "Bold") : (italic ? "Italic" : "Regular");
      String name = file.getFileName().toString();
      String wanted =
          name.contains("-Regular.")
              ? name.replace("-Regular.", "-" + style + ".")
              : name.replaceFirst("\\.(ttf|ttc)$", "-" + style + ".$1");
      Path candidate = file.resolveSibling(wanted);
      if (wanted.equals(name) || !java.nio.file.Files.isRegularFile(candidate)) {
        return null;
      }
      try {
        for (FontProgram face : FontProgram.file(candidate)) {
          if (face.bold == bold && face.italic == italic && face.glyph(codePoint) != 0) {
            return face;
          }
        }
      } catch (IOException | RuntimeException e) {
        // not a usable font: keep the regular face
      }
      return null;
    }

    /**
     * Regular faces before styled ones; among each, Noto Sans and Serif first (text faces for most
     * scripts), then Noto's other faces (display styles such as Kufi or Looped), then the rest.
     */
    private static int rank(Path file) {
      String name = file.getFileName().toString();
      boolean regular = !STYLED.matcher(name).find();
      int family = name.startsWith("NotoSans") || name.startsWith("NotoSerif") ? 0 : 1;
      family += name.startsWith("Noto") ? 0 : 1;
      return (regular ? 0 : 3) + family;
    }

    private static final Pattern STYLED =
        Pattern.compile(
            "(?i)bold|italic|oblique|light|thin|black|heavy|medium|semi|extra|condensed|narrow"
                + "|mono|math|display|ui");

    private FontProgram search(int codePoint) {
      for (FontProgram font : loaded) {
        if (font.glyph(codePoint) != 0) {
          return font;
        }
      }
      if (files == null) {
        files = new ArrayList<>();
        for (URI uri : new FontFileFinder().find()) {
          String name = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
          if (name.endsWith(".ttf") || name.endsWith(".ttc")) {
            files.add(Path.of(uri));
          }
        }
        files.sort(
            Comparator.comparingInt(Installed::rank).thenComparing(Comparator.naturalOrder()));
      }
      while (next < files.size()) {
        List<FontProgram> faces;
        try {
          faces = FontProgram.file(files.get(next++));
        } catch (IOException | RuntimeException e) {
          continue; // an unreadable or CFF font is simply not a candidate
        }
        loaded.addAll(faces);
        for (FontProgram face : faces) {
          origin.put(face, files.get(next - 1));
        }
        for (FontProgram font : faces) {
          if (font.glyph(codePoint) != 0) {
            return font;
          }
        }
      }
      return null;
    }
  }
}
