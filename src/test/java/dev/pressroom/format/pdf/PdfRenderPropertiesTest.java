package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Any valid release renders without error to a PDF that PDFBox reads. */
class PdfRenderPropertiesTest {

  private static void assertReadable(byte[] pdf, PressRelease release) throws IOException {
    assertTrue(
        new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-1.7"));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 1);
      assertEquals(release.title(), doc.getDocumentInformation().getTitle());
      String last =
          new PDFTextStripper() {
            {
              setStartPage(doc.getNumberOfPages());
            }
          }.getText(doc);
      int pages = doc.getNumberOfPages();
      // the footer in the release's language, or "N / N" where the fonts lack its words
      String words = dev.pressroom.internal.HouseStyle.pageFooter(release.language(), pages, pages);
      // (PDFBox reorders a right-to-left footer's words and numbers: then its words are there)
      boolean rightToLeft =
          dev.pressroom.internal.Direction.rightToLeftLanguage(release.language());
      assertTrue(
          last.contains(words)
              || last.contains(pages + " / " + pages)
              || rightToLeft
                  && java.util.Arrays.stream(words.split("[\\s\\d]+")).allMatch(last::contains),
          last);
    }
  }

  @Property
  void generatedReleasesAlwaysRenderToAValidPdf(@ForAll("releases") PressRelease release)
      throws IOException {
    assertReadable(PdfTesting.render(PdfTesting.withDroid(), release), release);
  }

  @Property(tries = 50)
  void releasesOfTwoHundredParagraphsAndMoreRender(@ForAll("long") PressRelease release)
      throws IOException {
    assertReadable(PdfTesting.render(PdfTesting.withDroid(), release), release);
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }

  @Provide("long")
  Arbitrary<PressRelease> longReleases() {
    return PdfTesting.drawable(Releases.release(200, 260));
  }

  @Test
  void pressroomFindsThePdfRendererByFormatAndExtension() throws Exception {
    var pressroom = dev.pressroom.Pressroom.standard();
    assertTrue(pressroom.renderer("pdf").orElseThrow() instanceof PdfRenderer);
    assertTrue(pressroom.rendererForName("release.pdf").orElseThrow() instanceof PdfRenderer);
    byte[] pdf = pressroom.render(Releases.seed(), "pdf");
    assertReadable(pdf, Releases.seed());
  }

  @Test
  void twoThousandParagraphsRenderWithinTheDefaultHeap() throws IOException {
    PressRelease release = PdfTesting.longRelease(2000);
    byte[] pdf = PdfTesting.render(new PdfRenderer(), release);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() > 200, "pages: " + doc.getNumberOfPages());
    }
  }
}
