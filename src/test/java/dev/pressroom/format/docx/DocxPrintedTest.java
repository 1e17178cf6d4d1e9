package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.Logo;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Logos;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DOCX on paper: the letterhead in the first page's header (logo described by the
 * organization's name), the notice line and end mark in styles of their own that are not release
 * text, and LibreOffice printing our DOCX on as many pages as our PDF (±1).
 */
class DocxPrintedTest {
  @TempDir Path dir;

  private static PrintStyle letterhead() throws Exception {
    return PrintStyle.builder()
        .organization("Ministry of Examples")
        .logo(Logo.of(Logos.png(), "logo.png"))
        .accent("#00457c")
        .immediateRelease(true)
        .contacts(PrintStyle.Placement.TOP)
        .build();
  }

  private static byte[] docx(PrintStyle style, PressRelease release) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.builder().style(style).build().render(release, out);
    return out.toByteArray();
  }

  @Test
  void theLetterheadIsTheFirstPagesHeader() throws Exception {
    byte[] docx = docx(letterhead(), Releases.richSeed());
    String header = Docx.part(docx, "word/header1.xml");
    assertTrue(header.contains("descr=\"Ministry of Examples\""), header);
    assertTrue(header.contains(">  Ministry of Examples</w:t>"), header);
    assertTrue(header.contains("r:embed=\"rIdLogo\""), header);
    assertArrayEquals(Logos.png(), Docx.bytes(docx, "word/media/logo.png"));
    String document = Docx.part(docx, "word/document.xml");
    assertTrue(
        document.contains("<w:headerReference w:type=\"first\" r:id=\"rIdHeader\"/>"), document);
    assertTrue(document.contains("<w:titlePg/>"), document);
    assertTrue(Docx.part(docx, "[Content_Types].xml").contains("Extension=\"png\""));
    String styles = Docx.part(docx, "word/styles.xml");
    assertTrue(styles.contains("<w:color w:val=\"00457C\"/>"), "headings in the accent colour");
  }

  @Test
  void theFurnitureIsNotReleaseText() throws Exception {
    PressRelease release = Releases.richSeed();
    byte[] docx = docx(letterhead(), release);
    String document = Docx.part(docx, "word/document.xml");
    assertTrue(document.contains(">" + HouseStyle.NOTICE_TEXT + "</w:t>"), document);
    assertTrue(document.contains(">" + HouseStyle.END_MARK_TEXT + "</w:t>"), document);
    assertTrue(
        document.indexOf("ReleaseContactsHeading") < document.indexOf("Heading2\""),
        "contacts on top");
    PressRelease back = Docx.parse(docx);
    assertEquals(release, back);
    PrintStyle plain = PrintStyle.builder().endMark(false).build();
    assertFalse(Docx.part(docx(plain, release), "word/document.xml").contains("ReleaseEndMark"));
  }

  @ParameterizedTest(name = "{0}, letterhead {1}")
  @CsvSource({"seed, false", "rich, false", "seed, true", "rich, true"})
  void libreOfficePrintsOurDocxOnAsManyPagesAsOurPdf(String name, boolean withLetterhead)
      throws Exception {
    ExternalTools.require("soffice");
    PressRelease release = name.equals("seed") ? Releases.seed() : Releases.richSeed();
    PrintStyle style = withLetterhead ? letterhead() : PrintStyle.DEFAULT;
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx(style, release));
    Path exported = Office.soffice(file, "pdf", "pdf");
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    PdfRenderer.builder().style(style).build().render(release, ours);
    int office = pages(Files.readAllBytes(exported));
    int pdf = pages(ours.toByteArray());
    assertTrue(Math.abs(office - pdf) <= 1, "LibreOffice " + office + ", ours " + pdf);
    if (withLetterhead) {
      ExternalTools.Result text =
          ExternalTools.run(60, dir, List.of("pdftotext", "-l", "1", exported.toString(), "-"));
      assertTrue(text.stdout().contains("Ministry of Examples"), text.stdout());
    }
  }

  private static int pages(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    }
  }
}
