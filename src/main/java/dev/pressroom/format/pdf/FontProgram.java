package dev.pressroom.format.pdf;

import java.awt.font.TextAttribute;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

  /** Whether the face is bold (weight class 600 or more, or the header says so). */
  final boolean bold;

  /** Whether the face is italic or oblique. */
  final boolean italic;

  private final CmapLookup cmap;
  // glyph + 1 of each BMP code point once looked up, 0 before: the cmap lookup boxes and hashes,
  // and runs for every character laid out. Filled lazily; racing threads write the same value.
  private final int[] bmpGlyphs = new int[0x10000];
  private final int[] advances;
  private final Subsetter.Tables tables;

  /** The font's {@code kern} table pairs, or {@code null}. */
  final KernPairs kerning;

  /**
   * Whether text of the scripts that need no shaping (see {@link Shaper#needsShaping}) comes out of
   * this font glyph by glyph with {@link #kerning} exactly as HarfBuzz would shape it: the font has
   * no ligatures or contextual forms that are on by default, and its kerning is in a {@code kern}
   * table or nowhere.
   */
  final boolean plainLayout;

  private final Bytes source;
  private final int face;
  private volatile java.awt.Font shapingFont;

  private FontProgram(TrueTypeFont ttf, Bytes source, int face) throws IOException {
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
    this.bold = (head.getMacStyle() & 1) != 0 || (os2 != null && os2.getWeightClass() >= 600);
    this.italic = (head.getMacStyle() & 2) != 0 || italicAngle != 0;
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
    this.source = source;
    this.face = face;
    this.kerning =
        map.get("kern") == null
            ? null
            : KernPairs.parse(ttf.getTableBytes(map.get("kern")), glyphs);
    Set<String> substitutions = features(ttf, map.get("GSUB"));
    boolean kernsInGpos = features(ttf, map.get("GPOS")).contains("kern");
    this.plainLayout =
        (kerning != null || !kernsInGpos)
            && !substitutions.contains("liga")
            && !substitutions.contains("clig")
            && !substitutions.contains("calt")
            && !substitutions.contains("rlig");
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

  /** The feature tags of a GSUB or GPOS table (its FeatureList), empty when there is none. */
  private static Set<String> features(TrueTypeFont ttf, TTFTable table) throws IOException {
    if (table == null) {
      return Set.of();
    }
    ByteBuffer b = ByteBuffer.wrap(ttf.getTableBytes(table));
    Set<String> tags = new HashSet<>();
    if (b.capacity() < 10) {
      return tags;
    }
    int list = b.getShort(6) & 0xFFFF;
    int count = list + 2 <= b.capacity() ? b.getShort(list) & 0xFFFF : 0;
    for (int i = 0; i < count && list + 2 + 6 * i + 4 <= b.capacity(); i++) {
      byte[] tag = new byte[4];
      b.get(list + 2 + 6 * i, tag);
      tags.add(new String(tag, StandardCharsets.ISO_8859_1));
    }
    return tags;
  }

  /**
   * The face as a {@code java.awt.Font} of one em (sizes are font units), kerning and ligatures on
   * as HarfBuzz has them by default, for {@link Shaper}; made on first use.
   */
  java.awt.Font shapingFont() throws IOException {
    java.awt.Font font = shapingFont;
    if (font == null) {
      synchronized (this) {
        font = shapingFont;
        if (font == null) {
          java.awt.Font[] faces;
          try {
            faces =
                source.file() != null
                    ? java.awt.Font.createFonts(source.file().toFile())
                    : java.awt.Font.createFonts(new ByteArrayInputStream(source.read()));
          } catch (java.awt.FontFormatException e) {
            throw new IOException("the JDK cannot shape with " + name + ": " + e.getMessage(), e);
          }
          if (face >= faces.length) {
            throw new IOException("the JDK does not find face " + face + " of " + name);
          }
          Map<TextAttribute, Object> attributes = new HashMap<>();
          attributes.put(TextAttribute.SIZE, unitsPerEm);
          attributes.put(TextAttribute.KERNING, TextAttribute.KERNING_ON);
          attributes.put(TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON);
          font = faces[face].deriveFont(attributes);
          shapingFont = font;
        }
      }
    }
    return font;
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
    Path absolute = file.toAbsolutePath().normalize();
    return cached(
        absolute.toString(),
        new Bytes() {
          @Override
          public byte[] read() throws IOException {
            return Files.readAllBytes(absolute);
          }

          @Override
          public Path file() {
            return absolute;
          }
        });
  }

  /** Where a font file's bytes come from, read again when the JDK needs the file to shape. */
  private interface Bytes {
    byte[] read() throws IOException;

    /** The file, or {@code null} for a resource. */
    default Path file() {
      return null;
    }
  }

  private static List<FontProgram> cached(String key, Bytes bytes) throws IOException {
    List<FontProgram> fonts = CACHE.get(key);
    if (fonts == null) {
      fonts = parse(bytes.read(), bytes);
      List<FontProgram> raced = CACHE.putIfAbsent(key, fonts);
      fonts = raced == null ? fonts : raced;
    }
    return fonts;
  }

  private static List<FontProgram> parse(byte[] data, Bytes source) throws IOException {
    List<FontProgram> faces = new ArrayList<>();
    if (data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f') {
      TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
      List<IOException> problems = new ArrayList<>();
      int[] index = {0};
      collection.processAllFonts(
          font -> {
            try {
              faces.add(new FontProgram(font, source, index[0]));
            } catch (IOException e) {
              problems.add(e);
            }
            index[0]++;
          });
      if (faces.isEmpty() && !problems.isEmpty()) {
        throw problems.get(0);
      }
    } else {
      faces.add(
          new FontProgram(new TTFParser().parse(new RandomAccessReadBuffer(data)), source, 0));
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
