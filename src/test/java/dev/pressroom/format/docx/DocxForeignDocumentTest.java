package dev.pressroom.format.docx;

import static dev.pressroom.format.docx.Docx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Limits;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Span;
import dev.pressroom.testing.Seeds;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The neutral form a foreign DOCX gives the shared reading pipeline. */
class DocxForeignDocumentTest {

  private static ForeignDocument read(byte[] docx) throws Exception {
    return DocxParser.foreignDocument(docx, Limits.defaults());
  }

  @Test
  void givesKindsByStyleNumberingAndTables() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(
                p("Title", "Harbour Plan Agreed")
                    + p("Heading2", "Background")
                    + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
                    + "</w:pPr><w:r><w:t>First point</w:t></w:r></w:p>"
                    + p("Quote", "We are pleased.")
                    + p("Caption", "Figure 1 The pier.")
                    + "<w:tbl><w:tr><w:tc>"
                    + p(null, "Cell text")
                    + "</w:tc></w:tr></w:tbl>"
                    + p(null, "Plain text.")
                    + "<w:p/>")
            .build();
    List<Block> blocks = read(docx).blocks();
    assertEquals(
        List.of(
            Block.Kind.HEADING,
            Block.Kind.HEADING,
            Block.Kind.LIST_ITEM,
            Block.Kind.QUOTE,
            Block.Kind.CAPTION,
            Block.Kind.TABLE_CELL,
            Block.Kind.PARAGRAPH),
        blocks.stream().map(Block::kind).toList());
    assertEquals(1, blocks.get(0).level());
    assertEquals(2, blocks.get(1).level());
    assertEquals("word/document.xml, paragraph 7", blocks.get(6).place());
  }

  @Test
  void givesBoldItalicAndLinkSpansAndTheLook() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(
                "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"36\"/>"
                    + "</w:rPr><w:t>Big headline</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t xml:space=\"preserve\">Read </w:t></w:r><w:r><w:rPr><w:b/>"
                    + "</w:rPr><w:t>this</w:t></w:r><w:r><w:t xml:space=\"preserve\"> and </w:t>"
                    + "</w:r><w:r><w:rPr><w:i/></w:rPr><w:t>that</w:t></w:r>"
                    + "<w:hyperlink r:id=\"rIdL\"><w:r><w:t xml:space=\"preserve\"> here</w:t></w:r>"
                    + "</w:hyperlink></w:p>")
            .documentRels(
                "<Relationship Id=\"rIdL\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/x\""
                    + " TargetMode=\"External\"/>")
            .build();
    List<Block> blocks = read(docx).blocks();
    Block head = blocks.get(0);
    assertEquals(18f, head.layout().fontSize());
    assertTrue(head.layout().bold());
    assertTrue(head.layout().centered());
    Block body = blocks.get(1);
    assertEquals("Read this and that here", body.text());
    assertFalse(body.layout().bold());
    assertEquals(
        List.of(
            new Span(5, 9, Span.Kind.STRONG, null),
            new Span(14, 18, Span.Kind.EMPHASIS, null),
            new Span(18, 23, Span.Kind.LINK, "https://example.org/x")),
        body.spans());
  }

  @Test
  void givesTheCorePropertiesAsInfoWithLabelledFileDates() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(p(null, "T"))
            .core(
                "<dc:title>Harbour plan</dc:title><dc:language>en-GB</dc:language>"
                    + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-10-10T15:38:00Z"
                    + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
                    + "2019-10-11T09:00:00Z</dcterms:modified>")
            .build();
    ForeignDocument doc = read(docx);
    assertEquals("docx", doc.format());
    assertEquals("Harbour plan", doc.info().title());
    assertFalse(doc.info().titleAuthoritative());
    assertEquals("en-GB", doc.info().language());
    assertEquals(
        List.of(
            new DateClaim(
                "2019-10-10T15:38:00Z", DateClaim.Label.FILE_CREATED, "docProps/core.xml created"),
            new DateClaim(
                "2019-10-11T09:00:00Z",
                DateClaim.Label.FILE_MODIFIED,
                "docProps/core.xml modified")),
        doc.info().dates());
    assertNull(read(new Docx.Builder().body(p(null, "T")).build()).info().title());
  }

  @Test
  void theCorpusDocumentsGiveTheirHeadlineAndBodyAsBlocks() throws Exception {
    ForeignDocument doc =
        read(
            Files.readAllBytes(
                Seeds.corpusFile("docx/urban-aws-hackathon-2019-building-heights-futurepr.docx")));
    assertEquals(
        "New Machine Learning Methods Unlock Key Data for Affordable Housing Reform",
        doc.blocks().get(0).text());
    assertTrue(
        doc.blocks().stream().anyMatch(b -> b.text().contains("Shirley Green has lived")),
        "the lede");
    assertTrue(
        doc.info().dates().stream().anyMatch(d -> d.label() == DateClaim.Label.FILE_CREATED));
  }
}
