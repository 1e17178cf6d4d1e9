package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Paper leaves the web page's breadcrumb and footer actions off by default and keeps them in the
 * XMP; an option prints them, another prints the actions with a target as a "More at" line.
 */
class PdfWebFurnitureTest {
  @TempDir Path dir;

  /** The seed with a Share action that has a target. */
  private static final PressRelease RELEASE =
      Releases.seed().toBuilder()
          .language("en")
          .footerAction(new FooterAction("Share", URI.create("https://example.org/share?id=1")))
          .build();

  private String pdftotext(byte[] pdf) {
    ExternalTools.require("pdftotext");
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }

  private static PressRelease parse(byte[] pdf) throws Exception {
    return new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("t.pdf"));
  }

  private static List<String> types(byte[] pdf) throws Exception {
    List<String> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDStructureElement document =
          (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      for (Object kid : document.getKids()) {
        if (kid instanceof PDStructureElement e) {
          out.add(e.getStructureType());
        }
      }
    }
    return out;
  }

  private static int links(byte[] pdf) throws Exception {
    int n = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var annotation : page.getAnnotations()) {
          n += annotation instanceof PDAnnotationLink ? 1 : 0;
        }
      }
    }
    return n;
  }

  private static void conforms(byte[] pdf) {
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A));
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
  }

  @Test
  void byDefaultPaperShowsNoBreadcrumbOrActionsYetParsingGivesThemBack() throws Exception {
    byte[] pdf = PdfTesting.render(new PdfRenderer(), RELEASE);
    String text = pdftotext(pdf);
    for (String web : List.of("HOME", "News & Events", "Suggest To A Friend", "Print", "Share")) {
      assertFalse(text.contains(web), web + " in " + text);
    }
    assertTrue(text.contains("October 28, 2023, 13:25"), text);
    assertFalse(types(pdf).contains("Breadcrumb"));
    assertFalse(types(pdf).contains("Actions"));
    assertEquals(0, links(pdf));
    assertEquals(RELEASE, parse(pdf));
    assertEquals(RELEASE, ContractReader.read(pdf));
    conforms(pdf);
  }

  @Test
  void printWebFurnitureShowsThemAsBefore() throws Exception {
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().printWebFurniture(true).build(), RELEASE);
    String text = pdftotext(pdf);
    for (String web : List.of("HOME > News & Events", "Suggest To A Friend", "Print", "Share")) {
      assertTrue(text.contains(web), web + " in " + text);
    }
    assertEquals("Breadcrumb", types(pdf).get(0));
    assertEquals("Actions", types(pdf).get(types(pdf).size() - 1));
    assertEquals(1, links(pdf));
    assertEquals(RELEASE, parse(pdf));
    assertEquals(RELEASE, ContractReader.read(pdf));
    conforms(pdf);
  }

  @Test
  void theMoreAtLineLinksTheActionsWithATargetAndIsNoBodyText() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().moreAtLine(true).build();
    byte[] pdf = PdfTesting.render(renderer, RELEASE);
    String text = pdftotext(pdf);
    assertTrue(text.contains("More at: Share"), text);
    assertFalse(text.contains("Suggest To A Friend"), text);
    assertFalse(text.contains("HOME"), text);
    assertEquals("MoreAt", types(pdf).get(types(pdf).size() - 1));
    assertEquals(1, links(pdf));
    assertEquals(RELEASE, parse(pdf));
    assertEquals(RELEASE, ContractReader.read(pdf));
    conforms(pdf);
    // without an action that leads anywhere there is no line
    byte[] seed = PdfTesting.render(renderer, Releases.seed());
    assertFalse(pdftotext(seed).contains("More at"));
    assertEquals(Releases.seed(), parse(seed));
  }

  @Test
  void theMoreAtLineJoinsSeveralLinksAndTheXmpKeepsEveryAction() throws Exception {
    PressRelease release =
        RELEASE.toBuilder()
            .footerAction(new FooterAction("Write to us", URI.create("mailto:press@example.org")))
            .build();
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().moreAtLine(true).build(), release);
    assertTrue(pdftotext(pdf).contains("More at: Share, Write to us"));
    assertEquals(2, links(pdf));
    assertEquals(release, parse(pdf));
    conforms(pdf);
  }
}
