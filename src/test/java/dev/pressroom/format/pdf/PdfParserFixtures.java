package dev.pressroom.format.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Builds the PDFs the parser tests read: laid-out text, and every kind of bad input. */
final class PdfParserFixtures {
  private PdfParserFixtures() {}

  /**
   * One line of text to place: on a 1-based page, at x and at a baseline y measured from the top of
   * an A4 page, in Helvetica (bold or not) of a size.
   */
  record Line(int page, float x, float y, float size, boolean bold, String text) {
    static Line body(int page, float y, String text) {
      return new Line(page, 72, y, 11, false, text);
    }
  }

  /** A PDF whose pages show these lines, with an Info producer and optional creation date. */
  static byte[] laidOut(String producer, java.util.Calendar created, List<Line> lines)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      int pages = lines.stream().mapToInt(Line::page).max().orElse(1);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          for (Line line : lines) {
            if (line.page() != p) {
              continue;
            }
            content.beginText();
            content.setFont(line.bold() ? bold : regular, line.size());
            content.newLineAtOffset(line.x(), PDRectangle.A4.getHeight() - line.y());
            content.showText(line.text());
            content.endText();
          }
        }
      }
      document.getDocumentInformation().setProducer(producer);
      document.getDocumentInformation().setCreationDate(created);
      return save(document);
    }
  }

  /** A one-page PDF with a title and a paragraph, in Helvetica. */
  static byte[] simple() throws IOException {
    return laidOut(
        "Fixture",
        null,
        List.of(
            new Line(1, 72, 100, 20, true, "A Simple Release"),
            Line.body(1, 140, "It has one paragraph of plain text.")));
  }

  /** A PDF of {@code count} pages, each with one short paragraph; page one has one more. */
  static byte[] pages(int count) throws IOException {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 72, 100, 20, true, "Many Pages"));
    lines.add(Line.body(1, 150, "This release spreads a few words over many pages, one line"));
    lines.add(Line.body(1, 164, "on each of them, after this paragraph of two full lines."));
    for (int p = 1; p <= count; p++) {
      lines.add(Line.body(p, 200, "Text on page " + p + "."));
    }
    return laidOut("Fixture", null, lines);
  }

  /** {@link #simple()} encrypted with AES-256, needing {@code userPassword} to open. */
  static byte[] encrypted(String userPassword) throws IOException {
    try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(simple())) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanExtractContent(false);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, permissions);
      policy.setEncryptionKeyLength(256);
      document.protect(policy);
      return save(document);
    }
  }

  /** A scan: one page that shows only an image, no text. */
  static byte[] imageOnly() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 200; x++) {
        scan.setRGB(x, x / 2, 0xFFFFFF);
      }
      PDImageXObject image = LosslessFactory.createFromImage(document, scan);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 72, 500, 400, 200);
      }
      return save(document);
    }
  }

  /**
   * A page of text in a font that maps its codes to made-up glyph names ({@code /g65}) and has no
   * {@code /ToUnicode}: what the glyphs mean cannot be known. {@code type3} picks a Type3 font
   * drawing boxes, else a simple Type1 font (Helvetica with a {@code /Differences} encoding).
   */
  static byte[] unmappedFont(boolean type3) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSDictionary font = new COSDictionary();
      font.setItem(COSName.TYPE, COSName.FONT);
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(32));
      COSArray widths = new COSArray();
      COSDictionary procs = new COSDictionary();
      for (int code = 32; code <= 126; code++) {
        COSName name = COSName.getPDFName("g" + code);
        differences.add(name);
        widths.add(COSInteger.get(500));
        COSStream proc = document.getDocument().createCOSStream();
        try (OutputStream out = proc.createOutputStream()) {
          out.write("500 0 0 0 400 700 d1 0 0 400 700 re f".getBytes(StandardCharsets.US_ASCII));
        }
        procs.setItem(name, proc);
      }
      COSDictionary encoding = new COSDictionary();
      encoding.setItem(COSName.TYPE, COSName.ENCODING);
      encoding.setItem(COSName.DIFFERENCES, differences);
      font.setItem(COSName.ENCODING, encoding);
      font.setInt(COSName.FIRST_CHAR, 32);
      font.setInt(COSName.LAST_CHAR, 126);
      font.setItem(COSName.WIDTHS, widths);
      if (type3) {
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 500, 700).getCOSArray());
        COSArray matrix = new COSArray();
        for (float v : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
          matrix.add(new COSFloat(v));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        font.setItem(COSName.CHAR_PROCS, procs);
      } else {
        font.setItem(COSName.SUBTYPE, COSName.TYPE1);
        font.setName(COSName.BASE_FONT, "Helvetica");
      }
      PDResources resources = new PDResources();
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("F1"), font);
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      COSStream content = document.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream()) {
        out.write(
            ("BT /F1 20 Tf 72 750 Td (Secret Headline) Tj 0 -40 Td "
                    + "(This paragraph is drawn with glyphs nobody can decode.) Tj ET")
                .getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(document);
    }
  }

  /** A decompression bomb: a page whose content stream unpacks to {@code megabytes} of spaces. */
  static byte[] bomb(int megabytes) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSStream content = document.getDocument().createCOSStream();
      try (OutputStream out = content.createOutputStream(COSName.FLATE_DECODE)) {
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
          out.write(spaces);
        }
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(document);
    }
  }

  static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out);
    return out.toByteArray();
  }

  /**
   * A one-page PDF written byte by byte: {@code objects} are numbered from 1 (1 is the catalog),
   * with a classic cross-reference table; {@code trailer} is added to the trailer dictionary.
   */
  static byte[] raw(String trailer, String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R")
        .append(trailer)
        .append(" >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One page showing {@code text} in {@code font} (object 5). */
  static byte[] onePage(String trailer, String font, String extra) {
    String content = "BT /F1 12 Tf 72 700 Td (A Simple Release) Tj ET";
    return raw(
        trailer,
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        font,
        extra);
  }

  /**
   * A PDF encrypted for certificate holders: its trailer's {@code /Encrypt} dictionary has the
   * public-key filter {@code /Adobe.PubSec} with one (dummy) recipient, as Acrobat writes for
   * AES-encrypted files.
   */
  static byte[] certificateEncrypted() {
    return onePage(
        " /Encrypt 6 0 R /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /Length 128"
            + " /CF << /DefaultCryptFilter << /CFM /AESV2 /Recipients [<30820122>] >> >>"
            + " /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter /Recipients [<30820122>] >>");
  }
}
