package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * What the renderer writes, checked by reading the file back with POI's own XWPF model: styles,
 * core properties, language, page size, margins, the page-number field and hyperlinks.
 */
class DocxLayoutTest {
  private static final PressRelease RELEASE =
      Releases.seed().toBuilder()
          .language("zh-CN")
          .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
          .footerAction(new FooterAction("Share", URI.create("https://example.org/s?a=1&b=2")))
          .build();

  /** The web furniture printed, as this test looks at it. */
  private static final DocxRenderer PRINTED =
      DocxRenderer.builder().printWebFurniture(true).build();

  private static XWPFDocument open(byte[] docx) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void usesTheTitleStyleAndNamedStylesOfItsOwn() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      assertEquals("ReleaseBreadcrumb", ps.get(0).getStyle());
      assertEquals("Title", ps.get(1).getStyle());
      assertEquals(RELEASE.title(), ps.get(1).getText());
      assertEquals("ReleaseTimestamp", ps.get(2).getStyle());
      assertEquals("2023年10月28日 13:25 CST", ps.get(2).getText());
      assertEquals("ReleaseBody", ps.get(3).getStyle());
      assertEquals("ReleaseFooterAction", ps.get(ps.size() - 1).getStyle());
      assertEquals("Title", doc.getStyles().getStyle("Title").getName());
      assertEquals("Release Breadcrumb", doc.getStyles().getStyle("ReleaseBreadcrumb").getName());
      assertEquals("Release Timestamp", doc.getStyles().getStyle("ReleaseTimestamp").getName());
      assertEquals("Release Body", doc.getStyles().getStyle("ReleaseBody").getName());
      assertEquals(
          "Release Footer Action", doc.getStyles().getStyle("ReleaseFooterAction").getName());
    }
  }

  @Test
  void showsTheBreadcrumbAsOneLineOfSegments() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      XWPFParagraph crumb = doc.getParagraphs().get(0);
      assertEquals("HOME > News & Events", crumb.getText());
      List<XWPFRun> runs = crumb.getRuns();
      assertEquals("ReleaseBreadcrumbSegment", runs.get(0).getStyle());
      assertEquals("ReleaseBreadcrumbSeparator", runs.get(1).getStyle());
    }
  }

  @Test
  void writesCorePropertiesFromTheRelease() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      var core = doc.getProperties().getCoreProperties();
      assertEquals(RELEASE.title(), core.getTitle());
      assertEquals("zh-CN", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
      assertEquals(java.time.Instant.parse("2023-10-28T05:25:00Z"), core.getCreated().toInstant());
    }
  }

  @Test
  void setsTheLanguageAndAnEastAsianFontOnTheDocumentDefaults() {
    String styles = Docx.part(Docx.render(PRINTED, RELEASE), "word/styles.xml");
    assertTrue(styles.contains("<w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-CN\"/>"), styles);
    assertTrue(styles.contains("w:eastAsia=\"SimSun\""), styles);
    String arabic =
        Docx.part(Docx.render(RELEASE.toBuilder().language("ar").build()), "word/styles.xml");
    assertTrue(arabic.contains("<w:lang w:val=\"ar\" w:bidi=\"ar\"/>"), arabic);
    String none =
        Docx.part(Docx.render(RELEASE.toBuilder().language(null).build()), "word/styles.xml");
    assertTrue(!none.contains("<w:lang"), none);
  }

  @Test
  void makesFooterActionsWithATargetRealHyperlinks() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      XWPFParagraph share = ps.get(ps.size() - 1);
      XWPFHyperlinkRun link = (XWPFHyperlinkRun) share.getRuns().get(0);
      assertEquals("https://example.org/s?a=1&b=2", link.getHyperlink(doc).getURL());
      assertEquals("Share", share.getText());
      XWPFParagraph print = ps.get(ps.size() - 2);
      assertEquals("Print", print.getText());
      assertTrue(!(print.getRuns().get(0) instanceof XWPFHyperlinkRun));
    }
  }

  @Test
  void putsThePageNumberInThePageFooter() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      var footer = doc.getHeaderFooterPolicy().getDefaultFooter();
      assertNotNull(footer);
      assertEquals(
          " PAGE ", footer.getParagraphs().get(0).getCTP().getFldSimpleArray(0).getInstr());
      assertNull(doc.getHeaderFooterPolicy().getDefaultHeader());
    }
  }

  @Test
  void printsOnA4ByDefaultAndOnLetterWithTheGivenMargins() throws Exception {
    try (XWPFDocument doc = open(Docx.render(PRINTED, RELEASE))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
      assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
      assertEquals(BigInteger.valueOf(1280), sect.getPgMar().getTop()); // the house's 64 pt
    }
    DocxRenderer letter =
        DocxRenderer.builder()
            .pageSize(DocxRenderer.PageSize.LETTER)
            .margins(36, 54, 72, 90)
            .build();
    try (XWPFDocument doc = open(Docx.render(letter, RELEASE))) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(12240), sect.getPgSz().getW());
      assertEquals(BigInteger.valueOf(15840), sect.getPgSz().getH());
      assertEquals(BigInteger.valueOf(720), sect.getPgMar().getTop());
      assertEquals(BigInteger.valueOf(1080), sect.getPgMar().getRight());
      assertEquals(BigInteger.valueOf(1440), sect.getPgMar().getBottom());
      assertEquals(BigInteger.valueOf(1800), sect.getPgMar().getLeft());
    }
  }

  @Test
  void keepsTabsSpacesAndSoftHyphensAsWordMarkup() {
    PressRelease release =
        PressRelease.builder().title("T").paragraph("a\tb  c\u00A0d\u00ADe").build();
    String body = Docx.part(Docx.render(release), "word/document.xml");
    assertTrue(
        body.contains(
            "<w:r><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b  c"
                + "\u00A0d</w:t><w:softHyphen/><w:t xml:space=\"preserve\">e</w:t></w:r>"),
        body);
  }

  @Test
  void makesRightToLeftParagraphsRightToLeft() {
    PressRelease release =
        PressRelease.builder().title("T").paragraph("«مرحبا» 2023").paragraph("2023 abc").build();
    String body = Docx.part(Docx.render(release), "word/document.xml");
    assertTrue(
        body.contains(
            "<w:pPr><w:pStyle w:val=\"ReleaseBody\"/><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/>"
                + "</w:rPr><w:t xml:space=\"preserve\">«مرحبا» 2023</w:t></w:r></w:p>"),
        body);
    assertTrue(
        body.contains(
            "<w:pPr><w:pStyle w:val=\"ReleaseBody\"/></w:pPr><w:r><w:t"
                + " xml:space=\"preserve\">2023 abc"),
        body);
  }

  @Test
  void writesPartsValidAgainstTheOfficeOpenXmlSchema() throws Exception {
    PressRelease rtl = RELEASE.toBuilder().language("ar").paragraph("مرحبا\tx").build();
    try (XWPFDocument doc = open(Docx.render(rtl))) {
      assertValid(doc.getDocument());
      assertValid(doc.getStyle());
      assertValid(doc.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr());
    }
    // the check is real: a run property out of schema order is caught
    var misordered =
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr.Factory.parse(
            "<w:rPr xmlns:w=\"" + Docx.W_NS + "\"><w:sz w:val=\"2\"/><w:b/></w:rPr>");
    assertTrue(!misordered.validate());
  }

  private static void assertValid(org.apache.xmlbeans.XmlObject part) {
    List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
    boolean valid = part.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
    assertTrue(valid && errors.isEmpty(), part.schemaType() + ": " + errors);
  }

  @Test
  void rejectsMarginsOutsideThePage() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> DocxRenderer.builder().margins(-1));
  }
}
