package dev.pressroom.format.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One font as used by one document: a Type0/CIDFontType2 font with one CID per distinct code point
 * (so that {@code /ToUnicode} gives back every character exactly, even two characters drawn with
 * the same glyph), embedded as a subset. Content streams carry the CIDs directly, which keeps
 * PDFBox's per-call GSUB processing out of the way.
 */
final class DocumentFont {
  final FontProgram program;
  final COSName resource;
  private final Map<Integer, Integer> cids = new HashMap<>();
  private final List<Integer> codePoints = new ArrayList<>(); // index = cid - 1
  private final List<Integer> glyphs = new ArrayList<>();

  DocumentFont(FontProgram program, int number) {
    this.program = program;
    this.resource = COSName.getPDFName("F" + number);
  }

  /** The CID for a code point shown with glyph {@code gid}, assigned on first use. */
  int cid(int codePoint, int gid) {
    Integer cid = cids.get(codePoint);
    if (cid == null) {
      codePoints.add(codePoint);
      glyphs.add(gid);
      cid = codePoints.size();
      cids.put(codePoint, cid);
    }
    return cid;
  }

  /** Writes the font objects into {@code doc} and returns the Type0 font dictionary. */
  COSDictionary toPdf(PDDocument doc) throws IOException {
    TreeSet<Integer> used = new TreeSet<>(glyphs);
    Subsetter.Subset subset = program.subset(used);
    Map<Integer, Integer> oldToNew = subset.newGids();
    String baseName = tag(used) + "+" + program.name;
    float scale = 1000f / program.unitsPerEm;

    COSStream fontFile = stream(doc, subset.data());
    fontFile.setInt(COSName.LENGTH1, subset.data().length);

    COSDictionary descriptor = new COSDictionary();
    descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
    descriptor.setName(COSName.FONT_NAME, baseName);
    descriptor.setInt(
        COSName.FLAGS, 4 | (program.fixedPitch ? 1 : 0) | (program.italicAngle != 0 ? 64 : 0));
    COSArray bbox = new COSArray();
    for (int v : program.bbox) {
      bbox.add(COSInteger.get(Math.round(v * scale)));
    }
    descriptor.setItem(COSName.FONT_BBOX, bbox);
    descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat(program.italicAngle));
    descriptor.setInt(COSName.ASCENT, Math.round(program.ascent * scale));
    descriptor.setInt(COSName.DESCENT, Math.round(program.descent * scale));
    descriptor.setInt(COSName.CAP_HEIGHT, Math.round(program.capHeight * scale));
    descriptor.setInt(COSName.STEM_V, 80);
    descriptor.setItem(COSName.FONT_FILE2, fontFile);

    byte[] cidToGid = new byte[(codePoints.size() + 1) * 2];
    COSArray widths = new COSArray();
    for (int cid = 1; cid <= codePoints.size(); cid++) {
      int oldGid = glyphs.get(cid - 1);
      int newGid = oldToNew.get(oldGid);
      cidToGid[cid * 2] = (byte) (newGid >> 8);
      cidToGid[cid * 2 + 1] = (byte) newGid;
      widths.add(COSInteger.get(Math.round(program.advance(oldGid) * scale)));
    }
    COSArray w = new COSArray();
    w.add(COSInteger.ONE);
    w.add(widths);

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setString(COSName.REGISTRY, "Adobe");
    systemInfo.setString(COSName.ORDERING, "Identity");
    systemInfo.setInt(COSName.SUPPLEMENT, 0);
    systemInfo.setDirect(true);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setName(COSName.BASE_FONT, baseName);
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, w);
    cidFont.setItem(COSName.CID_TO_GID_MAP, stream(doc, cidToGid));

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setName(COSName.BASE_FONT, baseName);
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    type0.setItem(COSName.TO_UNICODE, stream(doc, toUnicode()));
    return type0;
  }

  private byte[] toUnicode() {
    StringBuilder cmap = new StringBuilder(64 + codePoints.size() * 16);
    cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
        .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (int from = 1; from <= codePoints.size(); from += 100) {
      int to = Math.min(codePoints.size(), from + 99);
      cmap.append(to - from + 1).append(" beginbfchar\n");
      for (int cid = from; cid <= to; cid++) {
        cmap.append('<');
        hex4(cmap, cid);
        cmap.append("> <");
        for (char c : Character.toChars(codePoints.get(cid - 1))) {
          hex4(cmap, c);
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

  static COSStream stream(PDDocument doc, byte[] data) throws IOException {
    COSStream stream = doc.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(data);
    }
    return stream;
  }
}
