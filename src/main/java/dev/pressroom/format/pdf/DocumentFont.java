package dev.pressroom.format.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * One font as used by one document: a Type0/CIDFontType2 font with one CID per distinct code point
 * (so that {@code /ToUnicode} gives back every character exactly, even two characters drawn with
 * the same glyph), embedded as a subset. Content streams carry the CIDs as two-byte codes; glyphs
 * are chosen by the layout, never by a text-showing library call.
 */
final class DocumentFont {
  final FontProgram program;
  final String resource;
  // code point -> CID, open addressing (code point + 1 in keys, 0 = empty): this lookup runs for
  // every character drawn, and boxed map entries made it the largest cost of a page
  private int[] keys = new int[256];
  private int[] values = new int[256];
  private int[] codePoints = new int[64]; // index = cid - 1
  private int[] glyphs = new int[64];
  private boolean[] shaped = new boolean[64]; // whether the CID is one of glyphCid's
  private int count;
  // (glyph, character) -> CID for shaped glyphs, open addressing like the code point table, and
  // "glyph:text" -> CID for glyphs that stand for several characters
  private long[] glyphKeys = new long[64];
  private int[] glyphValues = new int[64];
  private int shapedCount;
  private final Map<String, Integer> clusters = new HashMap<>();
  private String[] texts = new String[64]; // a shaped CID's text

  DocumentFont(FontProgram program, int number) {
    this.program = program;
    this.resource = "F" + number;
  }

  /** The CID for a code point shown with glyph {@code gid}, assigned on first use. */
  int cid(int codePoint, int gid) {
    int mask = keys.length - 1;
    int slot = (codePoint * 0x9E3779B9 >>> 16) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == codePoint + 1) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    if (count == codePoints.length) {
      grow();
    }
    codePoints[count] = codePoint;
    glyphs[count] = gid;
    count++;
    keys[slot] = codePoint + 1;
    values[slot] = count;
    if (count * 2 > keys.length) {
      rehash();
    }
    return count;
  }

  /**
   * The CID for a glyph that shaping chose (a joining form, a conjunct, a ligature, a mark placed
   * on its base) standing for {@code text}, assigned on first use; {@code /ToUnicode} maps it to
   * that text.
   */
  int glyphCid(int gid, String text) {
    boolean single = text.codePointCount(0, text.length()) == 1;
    return single ? glyphCid(gid, text.codePointAt(0), text) : glyphCid(gid, -1, text);
  }

  /** {@link #glyphCid(int, String)} for a glyph of one character. */
  int glyphCid(int gid, int codePoint) {
    return glyphCid(gid, codePoint, null);
  }

  private int glyphCid(int gid, int codePoint, String text) {
    boolean single = codePoint >= 0;
    long key = single ? ((long) gid << 21 | codePoint) + 1 : 0;
    if (single) {
      int mask = glyphKeys.length - 1;
      int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
      while (glyphKeys[slot] != 0) {
        if (glyphKeys[slot] == key) {
          return glyphValues[slot];
        }
        slot = (slot + 1) & mask;
      }
    } else {
      Integer known = clusters.get(gid + ":" + text);
      if (known != null) {
        return known;
      }
    }
    if (count == codePoints.length) {
      grow();
    }
    glyphs[count] = gid;
    shaped[count] = true;
    texts[count] = text != null ? text : new String(Character.toChars(codePoint));
    count++;
    if (single) {
      put(key, count);
    } else {
      clusters.put(gid + ":" + text, count);
    }
    return count;
  }

  private void put(long key, int cid) {
    if ((shapedCount + 1) * 2 > glyphKeys.length) {
      long[] oldKeys = glyphKeys;
      int[] oldValues = glyphValues;
      glyphKeys = new long[oldKeys.length * 2];
      glyphValues = new int[glyphKeys.length];
      shapedCount = 0;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != 0) {
          put(oldKeys[k], oldValues[k]);
        }
      }
    }
    int mask = glyphKeys.length - 1;
    int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
    while (glyphKeys[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    glyphKeys[slot] = key;
    glyphValues[slot] = cid;
    shapedCount++;
  }

  private void grow() {
    codePoints = Arrays.copyOf(codePoints, count * 2);
    glyphs = Arrays.copyOf(glyphs, count * 2);
    shaped = Arrays.copyOf(shaped, count * 2);
    texts = Arrays.copyOf(texts, count * 2);
  }

  private void rehash() {
    keys = new int[keys.length * 2];
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < count; i++) {
      if (shaped[i]) {
        continue;
      }
      int slot = (codePoints[i] * 0x9E3779B9 >>> 16) & mask;
      while (keys[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = codePoints[i] + 1;
      values[slot] = i + 1;
    }
  }

  /** Writes the font objects into {@code pdf} and returns the number of the Type0 font. */
  int toPdf(PdfFile pdf) {
    TreeSet<Integer> used = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      used.add(glyphs[i]);
    }
    Subsetter.Subset subset = program.subset(used);
    Map<Integer, Integer> oldToNew = subset.newGids();
    String baseName = PdfSyntax.name(tag(used) + "+" + program.name);
    float scale = 1000f / program.unitsPerEm;

    int fontFile = pdf.addStream("/Length1 " + subset.data().length, subset.data(), true);
    StringBuilder descriptor = new StringBuilder(256);
    descriptor
        .append("<</Type/FontDescriptor/FontName")
        .append(baseName)
        .append("/Flags ")
        .append(4 | (program.fixedPitch ? 1 : 0) | (program.italicAngle != 0 ? 64 : 0))
        .append("/FontBBox[");
    for (int i = 0; i < program.bbox.length; i++) {
      descriptor.append(i == 0 ? "" : " ").append(Math.round(program.bbox[i] * scale));
    }
    descriptor
        .append("]/ItalicAngle ")
        .append(PageWriter.num(program.italicAngle))
        .append("/Ascent ")
        .append(Math.round(program.ascent * scale))
        .append("/Descent ")
        .append(Math.round(program.descent * scale))
        .append("/CapHeight ")
        .append(Math.round(program.capHeight * scale))
        .append("/StemV 80/FontFile2 ")
        .append(PdfSyntax.ref(fontFile))
        .append(">>");
    int descriptorRef = pdf.add(descriptor);

    byte[] cidToGid = new byte[(count + 1) * 2];
    StringBuilder widths = new StringBuilder(count * 4 + 8).append("[1[");
    for (int cid = 1; cid <= count; cid++) {
      int oldGid = glyphs[cid - 1];
      int newGid = oldToNew.get(oldGid);
      cidToGid[cid * 2] = (byte) (newGid >> 8);
      cidToGid[cid * 2 + 1] = (byte) newGid;
      widths.append(cid == 1 ? "" : " ").append(Math.round(program.advance(oldGid) * scale));
    }
    widths.append("]]");
    int cidToGidRef = pdf.addStream("", cidToGid, true);

    int cidFont =
        pdf.add(
            "<</Type/Font/Subtype/CIDFontType2/BaseFont"
                + baseName
                + "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
                + "/FontDescriptor "
                + PdfSyntax.ref(descriptorRef)
                + "/W"
                + widths
                + "/CIDToGIDMap "
                + PdfSyntax.ref(cidToGidRef)
                + ">>");
    int toUnicode = pdf.addStream("", toUnicode(), true);
    return pdf.add(
        "<</Type/Font/Subtype/Type0/BaseFont"
            + baseName
            + "/Encoding/Identity-H/DescendantFonts["
            + PdfSyntax.ref(cidFont)
            + "]/ToUnicode "
            + PdfSyntax.ref(toUnicode)
            + ">>");
  }

  private byte[] toUnicode() {
    StringBuilder cmap = new StringBuilder(64 + count * 16);
    cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int from = 1; from <= count; from += 100) {
      int to = Math.min(count, from + 99);
      cmap.append(to - from + 1).append(" beginbfchar\n");
      for (int cid = from; cid <= to; cid++) {
        cmap.append('<');
        hex4(cmap, cid);
        cmap.append("> <");
        String text = texts[cid - 1];
        if (text == null) {
          for (char c : Character.toChars(codePoints[cid - 1])) {
            hex4(cmap, c);
          }
        } else {
          for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != 0xFEFF && c != 0xFFFE && c != 0) { // values PDF/A forbids
              hex4(cmap, c);
            }
          }
        }
        cmap.append(">\n");
      }
      cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    return cmap.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static void hex4(StringBuilder out, int value) {
    String digits = "0123456789ABCDEF";
    out.append(digits.charAt((value >> 12) & 15))
        .append(digits.charAt((value >> 8) & 15))
        .append(digits.charAt((value >> 4) & 15))
        .append(digits.charAt(value & 15));
  }

  /** A deterministic six-letter subset tag derived from the glyphs used. */
  private String tag(TreeSet<Integer> used) {
    long hash = program.name.hashCode();
    for (int gid : used) {
      hash = hash * 31 + gid;
    }
    StringBuilder tag = new StringBuilder(6);
    for (int i = 0; i < 6; i++) {
      tag.append((char) ('A' + Math.floorMod(hash, 26)));
      hash /= 26;
    }
    return tag.toString();
  }
}
