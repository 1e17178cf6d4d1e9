package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Pressroom's own PDFs read back exactly: {@code parse(render(m)) == m}. */
class PdfParserRoundTripTest {
  private static final PdfRenderer RENDERER = new PdfRenderer();
  private final PdfParser parser = new PdfParser();

  static byte[] render(PdfRenderer renderer, PressRelease release) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(release, out);
    return out.toByteArray();
  }

  private PressRelease parse(byte[] pdf) throws Exception {
    return parser.parse(new ByteArrayInputStream(pdf), ParseContext.of("release.pdf"));
  }

  @Property(tries = 200)
  void readsBackEveryReleaseItRenders(@ForAll("releases") PressRelease release) throws Exception {
    assertEquals(release, parse(render(PdfTesting.withDroid(), release)));
  }

  @Property(tries = 60)
  void readsBackEveryReleaseWithTheWebFurniturePrinted(@ForAll("releases") PressRelease release)
      throws Exception {
    PdfRenderer printed =
        PdfRenderer.builder()
            .addFont(PdfTesting.droid())
            .systemFonts(SystemFonts.NONE)
            .printWebFurniture(true)
            .build();
    assertEquals(release, parse(render(printed, release)));
  }

  @Property(tries = 60)
  void readsBackEveryReleaseWithTheMoreAtLine(@ForAll("releases") PressRelease release)
      throws Exception {
    PdfRenderer moreAt =
        PdfRenderer.builder()
            .addFont(PdfTesting.droid())
            .systemFonts(SystemFonts.NONE)
            .moreAtLine(true)
            .build();
    assertEquals(release, parse(render(moreAt, release)));
  }

  /** Hostile releases; characters no test font can draw (emoji, Hangul) become {@code ?}. */
  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }

  @Test
  void readsBackChineseAndMixedTextFromTheFallbackFont() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .breadcrumb("首页", "外交动态")
            .title("王毅同美国国务卿布林肯会谈")
            .language("zh-CN")
            .paragraph("2023年10月26日至27日，王毅在华盛顿同美国国务卿布林肯举行两轮会谈。")
            .paragraph("Wang Yi said 中美关系 should return to the track of sound development.")
            .build();
    assertEquals(release, parse(render(PdfTesting.withDroid(), release)));
  }

  @Test
  void readsBackTheSeed() throws Exception {
    PressRelease seed = Releases.seed();
    assertEquals(seed, parse(render(RENDERER, seed)));
  }

  @Test
  void readsBackALongReleaseWithParagraphsSplitAcrossPages() throws Exception {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      paragraphs.add(String.join(" ", Releases.seed().paragraphs()) + " (" + i + ")");
    }
    PressRelease release = Releases.seed().toBuilder().paragraphs(paragraphs).build();
    byte[] pdf = render(RENDERER, release);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 10, "pages: " + document.getNumberOfPages());
    }
    assertEquals(release, parse(pdf));
  }

  @Test
  void readsBackJustifiedLetterPages() throws Exception {
    PdfRenderer justified =
        PdfRenderer.builder().justify(true).pageSize(PdfRenderer.PageSize.LETTER).build();
    PressRelease seed = Releases.seed();
    assertEquals(seed, parse(render(justified, seed)));
  }

  @Test
  void readsAPressroomPdfByItsLayoutOnceAnotherToolHasRewrittenIt() throws Exception {
    PressRelease seed = Releases.seed();
    byte[] rewritten;
    // printed, the web furniture is there for a layout reader to see
    PdfRenderer printed = PdfRenderer.builder().printWebFurniture(true).build();
    try (PDDocument document = Loader.loadPDF(render(printed, seed))) {
      document.getDocumentInformation().setProducer("Some PDF Editor");
      document.getDocumentCatalog().setStructureTreeRoot(null);
      rewritten = PdfParserFixtures.save(document);
    }
    PressRelease read = parse(rewritten);
    assertEquals(seed.breadcrumb(), read.breadcrumb());
    assertEquals(seed.title(), read.title());
    assertEquals(seed.timestamp(), read.timestamp());
    // Untagged, the footer actions are read back from their labels, without their targets.
    assertEquals(seed.paragraphs(), read.paragraphs());
    assertEquals(
        seed.footerActions().stream().map(FooterAction::label).toList(),
        read.footerActions().stream().map(FooterAction::label).toList());
  }
}
