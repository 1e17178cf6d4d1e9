package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.junit.jupiter.api.Test;

/** What the structure-tree reader trusts: the visible text first, metadata only for the rest. */
class TaggedPdfReaderTest {

  private static byte[] render(PressRelease release) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(release, out);
    return out.toByteArray();
  }

  private static PressRelease parse(byte[] pdf) throws Exception {
    return new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("edited.pdf"));
  }

  /** Rewrites the XMP packet's text and the Info title, as a careless metadata editor would. */
  private static byte[] editMetadata(byte[] pdf, String from, String to) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      String xmp;
      try (InputStream in = metadata.exportXMPMetadata()) {
        xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      assertTrue(xmp.contains(from), "the XMP holds " + from);
      metadata.importXMPMetadata(xmp.replace(from, to).getBytes(StandardCharsets.UTF_8));
      document.getDocumentInformation().setTitle("A Title Only The Metadata Has");
      return PdfParserFixtures.save(document);
    }
  }

  @Test
  void theVisibleTimestampAndTitleWinOverEditedMetadata() throws Exception {
    PressRelease seed = Releases.seed();
    byte[] edited = editMetadata(render(seed), "2023-10-28T13:25", "1999-01-01T00:00");
    assertEquals(seed, parse(edited));
  }

  @Test
  void theLanguageComesFromTheXmpBecauseNothingVisibleShowsIt() throws Exception {
    PressRelease chinese = Releases.seed().toBuilder().language("zh-CN").build();
    assertEquals("zh-CN", parse(render(chinese)).language());
    assertEquals("de", parse(editMetadata(render(chinese), ">zh-CN<", ">de<")).language());
    // Without a language the catalog says /Lang und, which is no language.
    assertNull(parse(render(Releases.seed())).language());
  }

  @Test
  void theXmpTimestampFillsInOnlyWhenNoneIsVisible() throws Exception {
    PressRelease zoned =
        Releases.seed().toBuilder()
            .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
            .build();
    assertEquals(zoned.timestamp(), parse(render(zoned)).timestamp());
    PressRelease none = Releases.seed().toBuilder().timestamp(null).build();
    assertNull(parse(render(none)).timestamp());
  }

  @Test
  void aPressroomPdfWithoutItsStructureTreeIsReadByLayout() throws Exception {
    byte[] stripped;
    // printed, the web furniture is there for a layout reader to see
    PdfRenderer printed = PdfRenderer.builder().printWebFurniture(true).build();
    try (PDDocument document = Loader.loadPDF(PdfTesting.render(printed, Releases.seed()))) {
      document.getDocumentCatalog().setStructureTreeRoot(null);
      stripped = PdfParserFixtures.save(document);
    }
    PressRelease read = parse(stripped);
    assertEquals(Releases.seed().title(), read.title());
    assertEquals(Releases.seed().breadcrumb(), read.breadcrumb());
    assertEquals(Releases.seed().paragraphs(), read.paragraphs().subList(0, 7));
    // Their targets are gone with the tags; their labels are read as footer actions.
    assertEquals(
        Releases.seed().footerActions().stream().map(a -> a.label()).toList(),
        read.footerActions().stream().map(a -> a.label()).toList());
  }
}
