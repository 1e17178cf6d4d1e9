package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.Logo;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Logos;
import dev.pressroom.testing.Releases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The letterhead and release furniture on paper: a logo (PNG with transparency, or JPEG) keeps
 * PDF/A-2a and PDF/UA-1 as a {@code Figure} whose alternate text is the organization; the notice
 * line, the organization's name and the end mark are printed but are not release text; contacts go
 * where the style puts them; the round trip stays exact.
 */
class PdfLetterheadTest {
  @TempDir Path dir;

  static PrintStyle style(byte[] logo) throws Exception {
    return PrintStyle.builder()
        .organization("Ministry of Examples")
        .logo(logo == null ? null : Logo.of(logo, "logo"))
        .accent("#00457c")
        .immediateRelease(true)
        .build();
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String logo : List.of("none", "png", "jpeg")) {
      for (String release : List.of("seed", "rich")) {
        out.add(Arguments.of(logo, release));
      }
    }
    return out.stream();
  }

  private static byte[] logo(String kind) {
    return switch (kind) {
      case "png" -> Logos.png();
      case "jpeg" -> Logos.jpeg();
      default -> null;
    };
  }

  private static PressRelease release(String name) {
    return name.equals("seed") ? Releases.seed() : Releases.richSeed();
  }

  @ParameterizedTest(name = "logo {0}, {1}")
  @MethodSource("cases")
  void aLetterheadKeepsPdfAAndPdfUaAndTheRoundTrip(String logo, String name) throws Exception {
    PressRelease release = release(name);
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().style(style(logo(logo))).build(), release);
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A));
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    assertEquals(release, parse(pdf, "letterhead.pdf"));
  }

  @Test
  void theLogoIsAFigureWithTheOrganizationAsItsAlternateText() throws Exception {
    byte[] pdf =
        PdfTesting.render(
            PdfRenderer.builder().style(style(Logos.png())).build(), Releases.richSeed());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDStructureElement document =
          (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      PDStructureElement first = (PDStructureElement) document.getKids().get(0);
      assertEquals("Figure", first.getStructureType());
      assertEquals("Ministry of Examples", first.getAlternateDescription());
      PDImageXObject image = null;
      for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
        image = (PDImageXObject) doc.getPage(0).getResources().getXObject(name);
      }
      assertNotNull(image);
      assertEquals(300, image.getWidth());
      assertNotNull(image.getSoftMask(), "the PNG's transparency is kept");
      assertEquals(
          HouseStyle.LOGO_HEIGHT * 300 / 120,
          Math.min(HouseStyle.LOGO_MAX_WIDTH, HouseStyle.LOGO_HEIGHT * 300 / 120),
          0.01);
    }
  }

  @Test
  void aJpegLogoIsEmbeddedAsItIs() throws Exception {
    byte[] jpeg = Logos.jpeg();
    byte[] pdf =
        PdfTesting.render(PdfRenderer.builder().style(style(jpeg)).build(), Releases.seed());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
        PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources().getXObject(name);
        assertEquals("jpg", image.getSuffix());
        assertArrayEquals(jpeg, image.getCOSObject().createRawInputStream().readAllBytes());
      }
    }
  }

  @Test
  void theImageIsMadeOncePerRendererAndTheSameInEveryFile() throws Exception {
    PdfRenderer renderer = PdfRenderer.builder().style(style(Logos.png())).build();
    PdfRenderer.Builder same = PdfRenderer.builder().style(style(Logos.png()));
    assertTrue(same.options().logo() != same.options().logo(), "each build makes its own");
    byte[] a = PdfTesting.render(renderer, Releases.seed());
    byte[] b = PdfTesting.render(renderer, Releases.richSeed());
    assertArrayEquals(imageData(a), imageData(b));
    assertArrayEquals(a, PdfTesting.render(renderer, Releases.seed()), "same input, same bytes");
  }

  private static byte[] imageData(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
        PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources().getXObject(name);
        return image.getCOSObject().createRawInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no image");
  }

  @Test
  void theFurnitureIsPrintedButIsNotReleaseText() throws Exception {
    ExternalTools.require("pdftotext");
    PressRelease release = Releases.richSeed();
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().style(style(null)).build(), release);
    String text = pdftotext(pdf);
    assertTrue(text.startsWith("Ministry of Examples\n"), text);
    assertTrue(text.contains("\n" + HouseStyle.NOTICE_TEXT + "\n"), text);
    assertTrue(text.strip().contains("\n" + HouseStyle.END_MARK_TEXT + "\n"), text);
    assertTrue(
        text.indexOf(HouseStyle.NOTICE_TEXT) < text.indexOf(release.title().substring(0, 20)));
    PressRelease back = parse(pdf, "furniture.pdf");
    assertEquals(release, back);
    assertFalse(back.toString().contains(HouseStyle.NOTICE_TEXT));
  }

  @Test
  void contactsGoWhereTheStylePutsThem() throws Exception {
    ExternalTools.require("pdftotext");
    PressRelease release = Releases.richSeed();
    for (PrintStyle.Placement placement : PrintStyle.Placement.values()) {
      PrintStyle style = PrintStyle.builder().contacts(placement).build();
      byte[] pdf = PdfTesting.render(PdfRenderer.builder().style(style).build(), release);
      String text = pdftotext(pdf);
      int contacts = text.indexOf("Media contacts");
      int body = text.indexOf("The talks");
      assertTrue(placement == PrintStyle.Placement.TOP ? contacts < body : contacts > body, text);
      assertEquals(release, parse(pdf, "contacts.pdf"));
    }
  }

  private static PressRelease parse(byte[] pdf, String name) throws Exception {
    return new PdfParser()
        .parse(new java.io.ByteArrayInputStream(pdf), dev.pressroom.spi.ParseContext.of(name));
  }

  private String pdftotext(byte[] pdf) {
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }
}
