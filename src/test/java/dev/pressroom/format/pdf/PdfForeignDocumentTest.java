package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.format.pdf.PdfParserFixtures.Line;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.testing.Seeds;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The neutral form a PDF read by its layout gives the shared reading pipeline. */
class PdfForeignDocumentTest {
  private static final String L1 =
      "The council met on Monday to discuss the plan for the new harbour and";
  private static final String L2 =
      "agreed that work on the northern pier should begin early next spring.";

  private static ForeignDocument read(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return PdfParser.foreignDocument(document, dev.pressroom.spi.ParseContext.defaults());
    }
  }

  @Test
  void givesHeadingsListItemsAndParagraphsWithTheirLinesAndLook() throws Exception {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 72, 100, 18, true, "Harbour Council Approves"));
    lines.add(new Line(1, 72, 122, 18, true, "the Northern Pier"));
    lines.add(new Line(1, 72, 170, 11, false, L1));
    lines.add(new Line(1, 72, 184, 11, false, L2));
    lines.add(new Line(1, 72, 220, 14, true, "What happens next"));
    lines.add(new Line(1, 72, 250, 11, false, "1. Residents comment on the drawings."));
    for (int page = 1; page <= 2; page++) {
      lines.add(new Line(page, 280, 810, 9, false, "Page " + page + " of 2"));
    }
    lines.add(new Line(2, 72, 80, 11, false, L1));
    lines.add(new Line(2, 72, 94, 11, false, L2));
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2019, Calendar.NOVEMBER, 18, 20, 13, 11);
    ForeignDocument doc = read(PdfParserFixtures.laidOut("Microsoft® Word", created, lines));
    List<Block> blocks = doc.blocks();
    assertEquals(5, blocks.size(), blocks.toString());
    assertEquals(Block.Kind.HEADING, blocks.get(0).kind());
    assertEquals(1, blocks.get(0).level());
    assertEquals("Harbour Council Approves\nthe Northern Pier", blocks.get(0).text());
    assertTrue(blocks.get(0).layout().bold());
    assertEquals(Block.Kind.PARAGRAPH, blocks.get(1).kind());
    assertEquals(L1 + "\n" + L2, blocks.get(1).text());
    assertEquals(1, blocks.get(1).layout().page());
    assertTrue(blocks.get(1).layout().gapBefore() > 20, "the gap under the headline");
    assertEquals(Block.Kind.HEADING, blocks.get(2).kind());
    assertEquals(2, blocks.get(2).level());
    assertEquals(Block.Kind.LIST_ITEM, blocks.get(3).kind());
    assertEquals("1.", blocks.get(3).marker());
    assertEquals("1. Residents comment on the drawings.", blocks.get(3).text());
    assertEquals(2, blocks.get(4).layout().page());
    assertEquals("page 2", blocks.get(4).place());
    assertTrue(blocks.stream().noneMatch(b -> b.text().startsWith("Page ")), "page numbers");
    assertEquals(DateClaim.Label.FILE_CREATED, doc.info().dates().get(0).label());
    assertTrue(doc.info().dates().get(0).text().startsWith("D:20191118201311"));
  }

  @Test
  void theWordCorpusPdfGivesItsThreeLineHeadlineAsOneHeading() throws Exception {
    ForeignDocument doc =
        read(Files.readAllBytes(Seeds.corpusFile("pdf/sdsn-2019-europe-sdg-report.pdf")));
    Block headline =
        doc.blocks().stream()
            .filter(b -> b.kind() == Block.Kind.HEADING && b.text().startsWith("Major"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Major transformations needed to achieve the Sustainable Development Goals in the EU by"
            + " 2030, shows new report by SDSN and IEEP",
        headline.text().replace('\n', ' '));
    assertEquals("en-GB", doc.info().language());
    assertTrue(
        doc.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.LIST_ITEM), "numbered list");
  }

  @Test
  void leavesOutAnInfoTitleThatIsAFileNameOrAPrinterDriversCaption() throws Exception {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 72, 170, 11, false, L1));
    lines.add(new Line(1, 72, 184, 11, false, L2));
    byte[] pdf = PdfParserFixtures.laidOut("Microsoft® Word", null, lines);
    for (String junk : List.of("Microsoft Word - release.docx", "release-final.pdf", "C:\\x.doc")) {
      assertEquals(null, read(titled(pdf, junk)).info().title(), junk);
    }
    assertEquals(
        "Harbour Council Approves the Northern Pier",
        read(titled(pdf, "Harbour Council Approves the Northern Pier")).info().title());
  }

  private static byte[] titled(byte[] pdf, String title) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      document.getDocumentInformation().setTitle(title);
      return PdfParserFixtures.save(document);
    }
  }
}
