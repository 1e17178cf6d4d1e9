package dev.pressroom.format.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One parsed TrueType face, shared by every document of the JVM: parsing a font costs far more than
 * laying out a release, so each file is parsed once ({@link #load}) and kept. Everything a layout
 * needs (cmap, advances, metrics) is read eagerly into immutable fields so that lookups are
 * thread-safe; only {@link #subset} touches the parsed font, under its lock.
 */
final class FontProgram {
  /** Tables a CIDFontType2 program needs; the same set PDFBox embeds. */
  private static final List<String> TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

  private static final Map<String, List<FontProgram>> CACHE = new ConcurrentHashMap<>();

  final String name;
  final float unitsPerEm;
  final int[] bbox;
  final int ascent;
  final int descent;
  final int capHeight;
  final float italicAngle;
  final boolean fixedPitch;
  final int spaceGid;
  private final TrueTypeFont ttf;
  private final CmapLookup cmap;
  private final int[] advances;
  private final Object lock;

  private FontProgram(TrueTypeFont ttf, Object lock) throws IOException {
    this.ttf = ttf;
    this.lock = lock;
    if (ttf.getTableMap().get("glyf") == null) {
      throw new IOException("not a TrueType-outline font (CFF fonts cannot be embedded)");
    }
    this.cmap = ttf.getUnicodeCmapLookup(false);
    if (cmap == null) {
      throw new IOException("font has no Unicode cmap");
    }
    this.name = ttf.getName().replaceAll("[^A-Za-z0-9-]", "");
    HeaderTable head = ttf.getHeader();
    this.unitsPerEm = head.getUnitsPerEm();
    this.bbox = new int[] {head.getXMin(), head.getYMin(), head.getXMax(), head.getYMax()};
    this.ascent = ttf.getHorizontalHeader().getAscender();
    this.descent = ttf.getHorizontalHeader().getDescender();
    OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
    this.capHeight =
        os2 != null && os2.getVersion() >= 2 && os2.getCapHeight() > 0
            ? os2.getCapHeight()
            : Math.round(ascent * 0.7f);
    this.italicAngle = ttf.getPostScript() == null ? 0 : ttf.getPostScript().getItalicAngle();
    this.fixedPitch = ttf.getPostScript() != null && ttf.getPostScript().getIsFixedPitch() != 0;
    int glyphs = ttf.getNumberOfGlyphs();
    this.advances = new int[glyphs];
    for (int gid = 0; gid < glyphs; gid++) {
      advances[gid] = ttf.getAdvanceWidth(gid);
    }
    this.spaceGid = cmap.getGlyphId(' ');
    ttf.getGlyph(); // read now, not lazily on another thread
  }

  /** The faces of a font file on the class path ({@code liberation/...}); cached. */
  static List<FontProgram> resource(String resource) throws IOException {
    return cached(
        "classpath:" + resource,
        () -> {
          try (InputStream in = FontProgram.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
              throw new IOException("font resource not found: " + resource);
            }
            return in.readAllBytes();
          }
        });
  }

  /** The faces of a {@code .ttf} or {@code .ttc} file; cached by absolute path. */
  static List<FontProgram> file(Path file) throws IOException {
    return cached(file.toAbsolutePath().normalize().toString(), () -> Files.readAllBytes(file));
  }

  private interface Bytes {
    byte[] read() throws IOException;
  }

  private static List<FontProgram> cached(String key, Bytes bytes) throws IOException {
    List<FontProgram> fonts = CACHE.get(key);
    if (fonts == null) {
      fonts = parse(bytes.read());
      List<FontProgram> raced = CACHE.putIfAbsent(key, fonts);
      fonts = raced == null ? fonts : raced;
    }
    return fonts;
  }

  private static List<FontProgram> parse(byte[] data) throws IOException {
    List<FontProgram> faces = new ArrayList<>();
    Object lock = new Object(); // the faces of a collection share one reader
    if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
      TrueTypeCollection collection =
          new TrueTypeCollection(new java.io.ByteArrayInputStream(data));
      List<IOException> problems = new ArrayList<>();
      collection.processAllFonts(
          font -> {
            try {
              faces.add(new FontProgram(font, lock));
            } catch (IOException e) {
              problems.add(e);
            }
          });
      if (faces.isEmpty() && !problems.isEmpty()) {
        throw problems.get(0);
      }
    } else {
      faces.add(new FontProgram(new TTFParser().parse(new RandomAccessReadBuffer(data)), lock));
    }
    return List.copyOf(faces);
  }

  /** The glyph for a code point, 0 when the font has none. */
  int glyph(int codePoint) {
    return cmap.getGlyphId(codePoint);
  }

  /** Advance width of a glyph in font units. */
  int advance(int gid) {
    return gid < advances.length ? advances[gid] : advances[advances.length - 1];
  }

  /**
   * Writes a subset holding {@code gids} (plus .notdef) and returns the map from new to old glyph
   * ids.
   */
  Map<Integer, Integer> subset(Set<Integer> gids, OutputStream out) throws IOException {
    synchronized (lock) {
      TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
      subsetter.addGlyphIds(gids);
      subsetter.writeToStream(out);
      return subsetter.getGIDMap();
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
