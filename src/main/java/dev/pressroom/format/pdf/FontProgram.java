package dev.pressroom.format.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
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
  private final CmapLookup cmap;
  // glyph + 1 of each BMP code point once looked up, 0 before: the cmap lookup boxes and hashes,
  // and runs for every character laid out. Filled lazily; racing threads write the same value.
  private final int[] bmpGlyphs = new int[0x10000];
  private final int[] advances;
  private final Subsetter.Tables tables;

  private FontProgram(TrueTypeFont ttf) throws IOException {
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
    short[] lsb = new short[glyphs];
    for (int gid = 0; gid < glyphs; gid++) {
      lsb[gid] = (short) ttf.getHorizontalMetrics().getLeftSideBearing(gid);
    }
    Map<String, TTFTable> map = ttf.getTableMap();
    this.tables =
        new Subsetter.Tables(
            ttf.getTableBytes(map.get("head")),
            ttf.getTableBytes(map.get("hhea")),
            ttf.getTableBytes(map.get("maxp")),
            ttf.getTableBytes(map.get("glyf")),
            ttf.getIndexToLocation().getOffsets(),
            advances,
            lsb);
  }

  /**
   * The faces of a font file shipped in this package ({@code fonts/...}, found in this module also
   * on the module path); cached.
   */
  static List<FontProgram> resource(String resource) throws IOException {
    return cached(
        "classpath:" + resource,
        () -> {
          try (InputStream in = FontProgram.class.getResourceAsStream(resource)) {
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
    if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
      TrueTypeCollection collection =
          new TrueTypeCollection(new java.io.ByteArrayInputStream(data));
      List<IOException> problems = new ArrayList<>();
      collection.processAllFonts(
          font -> {
            try {
              faces.add(new FontProgram(font));
            } catch (IOException e) {
              problems.add(e);
            }
          });
      if (faces.isEmpty() && !problems.isEmpty()) {
        throw problems.get(0);
      }
    } else {
      faces.add(new FontProgram(new TTFParser().parse(new RandomAccessReadBuffer(data))));
    }
    return List.copyOf(faces);
  }

  /** The glyph for a code point, 0 when the font has none. */
  int glyph(int codePoint) {
    if (codePoint >= bmpGlyphs.length) {
      return cmap.getGlyphId(codePoint);
    }
    int known = bmpGlyphs[codePoint];
    if (known == 0) {
      known = cmap.getGlyphId(codePoint) + 1;
      bmpGlyphs[codePoint] = known;
    }
    return known - 1;
  }

  /** Advance width of a glyph in font units. */
  int advance(int gid) {
    return gid < advances.length ? advances[gid] : advances[advances.length - 1];
  }

  /** A subset with the glyphs {@code gids} (plus .notdef and composite components). */
  Subsetter.Subset subset(TreeSet<Integer> gids) {
    return Subsetter.subset(tables, gids);
  }

  @Override
  public String toString() {
    return name;
  }
}
