package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import java.net.URI;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The tagged structure carries the whole model exactly, as the package documentation says. */
class PdfStructureTest {

  @Test
  void seedReadsBackExactlyFromTheStructure() throws IOException {
    PressRelease seed = Releases.seed();
    assertEquals(seed, ContractReader.read(PdfTesting.render(new PdfRenderer(), seed)));
  }

  @Test
  void tabsDoubleSpacesNbspAndLinksSurviveLineBreaking() throws IOException {
    String tricky =
        "a\tb  c\u00A0d " + "word ".repeat(60) + "https://example.org/" + "x".repeat(300);
    PressRelease release =
        Releases.seed().toBuilder()
            .language("de")
            .timestamp(Timestamp.parse("2023-10-28T13:25:07Z"))
            .paragraph(tricky)
            .footerAction(
                new FooterAction("Share\tit", URI.create("https://example.org/a_b*c/%E4%B8%AD")))
            .build();
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().justify(true).build(), release);
    assertEquals(release, ContractReader.read(pdf));
  }

  @Test
  void formatCharactersNoFontHasAreKeptInActualText() throws IOException {
    String tagged = "Tagged\uDB40\uDC01 text with a zero\uFEFFwidth no-break space";
    PressRelease release = Releases.simple().toBuilder().paragraph(tagged).build();
    byte[] pdf =
        PdfTesting.render(PdfRenderer.builder().systemFonts(SystemFonts.NONE).build(), release);
    assertEquals(release, ContractReader.read(pdf));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var document =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      var paragraph =
          (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement)
              document.getKids().get(document.getKids().size() - 1);
      assertEquals(tagged, paragraph.getActualText());
    }
    assertEquals(
        java.util.List.of(), VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1));
    assertEquals(
        java.util.List.of(), VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A));
  }

  @Test
  void timestampKeepsPrecisionOffsetAndZoneInXmpAndOnThePage() throws IOException {
    for (String iso :
        new String[] {
          "2024-06",
          "2023-10-28",
          "2023-10-28T13:25",
          "2023-10-28T13:25:07-05:30",
          "2023-10-28T13:25+08:00[Asia/Shanghai]"
        }) {
      PressRelease release = Releases.simple().toBuilder().timestamp(Timestamp.parse(iso)).build();
      byte[] pdf = PdfTesting.render(new PdfRenderer(), release);
      assertEquals(iso, ContractReader.xmpTimestamp(pdf));
      assertEquals(release.timestamp(), ContractReader.read(pdf).timestamp());
      if (iso.equals("2024-06")) {
        // A month alone is a valid XMP and PDF date: the file is still PDF/A.
        assertEquals(
            java.util.List.of(),
            VeraPdf.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A));
      }
    }
  }

  @Test
  void infoAgreesWithXmpAndCatalogIsMarkedUp() throws IOException {
    PressRelease release = Releases.seed().toBuilder().language("en").build();
    try (PDDocument doc = Loader.loadPDF(PdfTesting.render(new PdfRenderer(), release))) {
      var info = doc.getDocumentInformation();
      assertEquals(release.title(), info.getTitle());
      assertEquals("Pressroom", info.getProducer());
      assertEquals("D:202310281325", info.getCOSObject().getString(COSName.CREATION_DATE));
      var catalog = doc.getDocumentCatalog();
      assertEquals("en", catalog.getLanguage());
      assertEquals(true, catalog.getMarkInfo().isMarked());
      assertEquals(true, catalog.getViewerPreferences().displayDocTitle());
      assertEquals("S", doc.getPage(0).getCOSObject().getNameAsString(COSName.getPDFName("Tabs")));
    }
  }

  @Test
  void releaseWithoutLanguageSaysUndAndHasNoDcLanguage() throws IOException {
    byte[] pdf = PdfTesting.render(new PdfRenderer(), Releases.simple());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals("und", doc.getDocumentCatalog().getLanguage());
    }
    assertNull(ContractReader.read(pdf).language());
  }

  @Property
  void generatedReleasesReadBackExactly(@ForAll("releases") PressRelease release)
      throws IOException {
    assertEquals(release, ContractReader.read(PdfTesting.render(PdfTesting.withDroid(), release)));
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }
}
