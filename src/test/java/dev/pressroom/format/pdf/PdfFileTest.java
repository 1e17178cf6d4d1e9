package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The file writer: objects in any order, an object stream, a cross-reference stream, an ID. */
class PdfFileTest {
  /** A one-page file showing {@code text} in Helvetica, with {@code title} in the Info. */
  private static byte[] file(String title, String text) {
    PdfFile pdf = new PdfFile();
    int catalog = pdf.reserve();
    int pages = pdf.reserve();
    int page = pdf.reserve();
    byte[] content =
        ("BT /F1 12 Tf 72 720 Td " + PdfSyntax.text(text) + " Tj ET")
            .getBytes(StandardCharsets.US_ASCII);
    int contents = pdf.addStream("", content, true);
    int font = pdf.add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>");
    pdf.put(
        page,
        "<</Type/Page/Parent "
            + PdfSyntax.ref(pages)
            + "/MediaBox[0 0 595 842]/Resources<</Font<</F1 "
            + PdfSyntax.ref(font)
            + ">>>>/Contents "
            + PdfSyntax.ref(contents)
            + ">>");
    pdf.put(pages, "<</Type/Pages/Kids[" + PdfSyntax.ref(page) + "]/Count 1>>");
    pdf.put(catalog, "<</Type/Catalog/Pages " + PdfSyntax.ref(pages) + ">>");
    int info = pdf.add("<</Title" + PdfSyntax.text(title) + ">>");
    return pdf.toBytes("/Root " + PdfSyntax.ref(catalog) + "/Info " + PdfSyntax.ref(info));
  }

  @Test
  void objectsReservedFirstAndFilledLaterAreReadBack() throws Exception {
    try (PDDocument doc = Loader.loadPDF(file("A Title", "Hello, world"))) {
      assertEquals(1, doc.getNumberOfPages());
      assertEquals("A Title", doc.getDocumentInformation().getTitle());
      assertEquals("Hello, world", new PDFTextStripper().getText(doc).strip());
    }
  }

  @Test
  void packsEveryObjectThatIsNotAStreamIntoOneObjectStream() {
    String bytes = new String(file("A Title", "Hello"), StandardCharsets.ISO_8859_1);
    assertTrue(bytes.contains("/Type/ObjStm/N 5/"), "five objects packed");
    assertTrue(bytes.contains("/Type/XRef/"), "a cross-reference stream");
    assertFalse(bytes.contains("\nxref\n"), "no classic table");
    assertFalse(bytes.contains("/Type/Catalog"), "the catalog is packed, hence compressed");
  }

  @Test
  void theIdIsAHashOfTheContent() throws Exception {
    byte[] first = file("A Title", "Hello");
    assertArrayEquals(first, file("A Title", "Hello"), "same objects, same bytes");
    assertFalse(id(first).equals(id(file("A Title", "Hello!"))), "other objects, other ID");
    assertFalse(id(first).equals(id(file("B Title", "Hello"))));
  }

  @Test
  void anObjectReservedButNeverWrittenIsAnError() {
    PdfFile pdf = new PdfFile();
    int catalog = pdf.reserve();
    pdf.reserve();
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> pdf.toBytes("/Root " + PdfSyntax.ref(catalog)));
    assertTrue(e.getMessage().contains("object 1 was reserved but never written"), e.getMessage());
  }

  private static String id(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertEquals(ids.getString(0), ids.getString(1), "both ID strings are equal");
      return ids.getString(0);
    }
  }
}
