package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF judges the rendered PDFs: 0 failed rules for PDF/A-2a and for PDF/UA-1. */
class PdfConformanceTest {

  private static void assertConforms(byte[] pdf) {
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), "PDF/A-2a");
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }

  @Test
  void seedConformsToPdfA2aAndPdfUa1() {
    assertConforms(PdfTesting.render(new PdfRenderer(), Releases.seed()));
  }

  @Test
  void longMultiPageReleaseConforms() {
    PressRelease release =
        PdfTesting.longRelease(120).toBuilder()
            .footerAction(new FooterAction("Print this page", URI.create("https://example.org/p")))
            .build();
    assertConforms(PdfTesting.render(new PdfRenderer(), release));
  }

  @Test
  void letterSansJustifiedWithLinksConforms() {
    PdfRenderer renderer =
        PdfRenderer.builder()
            .pageSize(PdfRenderer.PageSize.LETTER)
            .fontFamily(PdfRenderer.FontFamily.SANS)
            .justify(true)
            .fontSize(9)
            .build();
    PressRelease release =
        PdfTesting.longRelease(30).toBuilder()
            .footerAction(
                new FooterAction(
                    "Suggest To A Friend", URI.create("mailto:press@example.org?subject=Release")))
            .footerAction(FooterAction.of("Print"))
            .build();
    assertConforms(PdfTesting.render(renderer, release));
  }

  @Test
  void chineseReleaseWithFallbackFontConforms() {
    assertConforms(PdfTesting.render(PdfTesting.withDroid(), PdfFontFallbackTest.chinese()));
  }

  @Test
  void withoutPdfAFlagTheFileIsNotClaimedPdfA() {
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().pdfA(false).build(), Releases.seed());
    assertFalse(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A).isEmpty(), "veraPDF should object");
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
  }

  @Property(tries = 50)
  void generatedReleasesConform(@ForAll("releases") PressRelease release) {
    assertConforms(PdfTesting.render(PdfTesting.withDroid(), release));
  }

  @Test
  void richExampleConforms() {
    assertConforms(PdfTesting.render(new PdfRenderer(), PdfTesting.richExample()));
    PdfRenderer sans =
        PdfRenderer.builder().fontFamily(PdfRenderer.FontFamily.SANS).justify(true).build();
    assertConforms(PdfTesting.render(sans, PdfTesting.richExample()));
  }

  @Property(tries = 30)
  void generatedRichReleasesConform(@ForAll("rich") PressRelease release) {
    assertConforms(PdfTesting.render(PdfTesting.withDroid(), release));
  }

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.printableRichRelease();
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }
}
