package dev.pressroom.format.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.util.autodetect.FontFileFinder;

/**
 * Where the renderer looks for a character that neither the main font nor the configured fonts
 * have. Injectable so that tests do not depend on the fonts of the machine.
 */
interface SystemFonts {

  /** The first font that has {@code codePoint}, or {@code null}. */
  FontProgram find(int codePoint);

  /** No system fonts at all. */
  SystemFonts NONE = codePoint -> null;

  /** The machine's TrueType fonts, found by PDFBox's font finder, tried in path order. */
  static SystemFonts installed() {
    return Installed.INSTANCE;
  }

  /** Parses system font files lazily, one by one, until one has the character; keeps them. */
  final class Installed implements SystemFonts {
    static final Installed INSTANCE = new Installed();

    private List<Path> files;
    private int next;
    private final List<FontProgram> loaded = new ArrayList<>();
    private final Map<Integer, FontProgram> found = new HashMap<>();

    private Installed() {}

    @Override
    public synchronized FontProgram find(int codePoint) {
      if (found.containsKey(codePoint)) {
        return found.get(codePoint);
      }
      FontProgram font = search(codePoint);
      found.put(codePoint, font);
      return font;
    }

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
        files.sort(null);
      }
      while (next < files.size()) {
        List<FontProgram> faces;
        try {
          faces = FontProgram.file(files.get(next++));
        } catch (IOException | RuntimeException e) {
          continue; // an unreadable or CFF font is simply not a candidate
        }
        loaded.addAll(faces);
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
