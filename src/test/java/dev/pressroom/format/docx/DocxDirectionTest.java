package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Limits;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.reading.Span;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The DOCX says the writing direction by {@link dev.pressroom.internal.Direction}'s rule: {@code
 * <w:bidi/>} on each right-to-left paragraph, {@code <w:rtl/>} on the runs of right-to-left text
 * only, the release's language in the complex-script slot of a right-to-left document, and the
 * readers see none of it.
 */
class DocxDirectionTest {

  /** An Arabic release with every field, one body paragraph in English. */
  static PressRelease arabic() {
    return PressRelease.builder()
        .breadcrumb("الرئيسية", "الأخبار")
        .title("وزارة الخارجية تصدر بيانا صحفيا")
        .subtitle("بيان عن المحادثات")
        .timestamp(Timestamp.parse("2023-10-28T13:25"))
        .language("ar")
        .body(
            List.of(
                Block.Paragraph.of("عقد الوزير اليوم محادثات مع نظيره في العاصمة."),
                Block.Heading.of(2, "الخلفية"),
                new Block.ItemList(
                    false, List.of(ListItem.of("النقطة الأولى"), ListItem.of("النقطة الثانية"))),
                new Block.Quote(
                    List.of(Block.Paragraph.of("نحن سعداء."), Block.Paragraph.of("شكرا.")),
                    "الوزير"),
                Block.Paragraph.of("This paragraph is in English.")))
        .contact(
            new Contact("مكتب الصحافة", null, "وزارة الخارجية", "press@example.org", null, null))
        .boilerplateBlock(Block.Paragraph.of("الوزارة مسؤولة عن العلاقات الخارجية."))
        .footerAction(FooterAction.of("طباعة"))
        .build();
  }

  private static final String RTL_RUN = "<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space=\"preserve\">";
  private static final String RUN = "<w:r><w:t xml:space=\"preserve\">";

  private static String document(PressRelease release) {
    return Docx.part(Docx.render(release), "word/document.xml");
  }

  private static List<String> paragraphs(String document) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<w:p>.*?</w:p>").matcher(document);
    while (m.find()) {
      if (!m.group().contains("w:val=\"ReleaseEndMark\"")) { // furniture: DocxFurnitureTest
        out.add(m.group());
      }
    }
    return out;
  }

  private static String paragraph(String style, String pPr, String runs) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/>" + pPr + "</w:pPr>" + runs + "</w:p>";
  }

  @Test
  void writesAnArabicReleaseRightToLeftThroughout() {
    String document =
        Docx.part(
            Docx.render(DocxRenderer.builder().printWebFurniture(true).build(), arabic()),
            "word/document.xml");
    List<String> expected =
        List.of(
            paragraph(
                "ReleaseBreadcrumb",
                "<w:bidi/>",
                "<w:r><w:rPr><w:rStyle w:val=\"ReleaseBreadcrumbSegment\"/><w:rtl/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">الرئيسية</w:t></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"ReleaseBreadcrumbSeparator\"/><w:rtl/></w:rPr>"
                    + "<w:t xml:space=\"preserve\"> &gt; </w:t></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"ReleaseBreadcrumbSegment\"/><w:rtl/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">الأخبار</w:t></w:r>"),
            paragraph(
                "Title", "<w:bidi/>", RTL_RUN + "وزارة الخارجية تصدر بيانا صحفيا</w:t></w:r>"),
            paragraph("Subtitle", "<w:bidi/>", RTL_RUN + "بيان عن المحادثات</w:t></w:r>"),
            // the date in Arabic words: right to left
            paragraph(
                "ReleaseTimestamp", "<w:bidi/>", RTL_RUN + "28 أكتوبر 2023, 13:25</w:t></w:r>"),
            // the full stop at the end of a right-to-left paragraph is in its run
            paragraph(
                "ReleaseBody",
                "<w:bidi/>",
                RTL_RUN + "عقد الوزير اليوم محادثات مع نظيره في العاصمة.</w:t></w:r>"),
            paragraph("Heading2", "<w:bidi/>", RTL_RUN + "الخلفية</w:t></w:r>"),
            paragraph(
                "ListBullet",
                "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:bidi/>",
                RTL_RUN + "النقطة الأولى</w:t></w:r>"),
            paragraph(
                "ListBullet",
                "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:bidi/>",
                RTL_RUN + "النقطة الثانية</w:t></w:r>"),
            paragraph("Quote", "<w:bidi/>", RTL_RUN + "نحن سعداء.</w:t></w:r>"),
            // schema order: bidi before contextualSpacing
            paragraph("Quote", "<w:bidi/><w:contextualSpacing/>", RTL_RUN + "شكرا.</w:t></w:r>"),
            paragraph("ReleaseQuoteAttribution", "<w:bidi/>", RTL_RUN + "الوزير</w:t></w:r>"),
            paragraph("ReleaseBody", "", RUN + "This paragraph is in English.</w:t></w:r>"),
            paragraph("ReleaseContactsHeading", "", RUN + "Media contacts</w:t></w:r>"),
            paragraph(
                "ReleaseContact",
                "<w:bidi/>",
                "<w:r><w:rPr><w:rStyle w:val=\"ReleaseContactName\"/><w:rtl/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">مكتب الصحافة</w:t></w:r><w:r><w:br/></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"ReleaseContactOrganization\"/><w:rtl/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">وزارة الخارجية</w:t></w:r><w:r><w:br/></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"ReleaseContactEmail\"/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">press@example.org</w:t></w:r>"),
            paragraph("ReleaseAboutHeading", "", RUN + "About</w:t></w:r>"),
            paragraph(
                "ReleaseBoilerplate",
                "<w:bidi/>",
                RTL_RUN + "الوزارة مسؤولة عن العلاقات الخارجية.</w:t></w:r>"),
            paragraph("ReleaseFooterAction", "<w:bidi/>", RTL_RUN + "طباعة</w:t></w:r>"));
    assertEquals(expected, paragraphs(document));
  }

  @Test
  void setsTheComplexScriptLanguageAndFontOfARightToLeftRelease() {
    String styles = Docx.part(Docx.render(arabic()), "word/styles.xml");
    assertTrue(
        styles.contains(
            "<w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\""
                + " w:eastAsia=\"SimSun\" w:cs=\"Arial\"/>"
                + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"ar\" w:bidi=\"ar\"/>"),
        styles);
    // the contact name is bold in complex script too, so an Arabic name shows bold
    assertTrue(
        styles.contains(
            "<w:name w:val=\"Release Contact Name\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>"
                + "<w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr>"),
        styles);
    for (String tag : List.of("fa-IR", "ur", "az-Arab")) {
      String other =
          Docx.part(Docx.render(arabic().toBuilder().language(tag).build()), "word/styles.xml");
      assertTrue(other.contains("<w:lang w:val=\"" + tag + "\" w:bidi=\"" + tag + "\"/>"), tag);
    }
    for (String tag : List.of("en", "de", "hi")) {
      String ltr =
          Docx.part(Docx.render(arabic().toBuilder().language(tag).build()), "word/styles.xml");
      assertTrue(ltr.contains("<w:lang w:val=\"" + tag + "\"/>"), tag);
    }
  }

  @Test
  void writesAHebrewReleaseRightToLeft() {
    PressRelease hebrew =
        PressRelease.builder()
            .title("משרד החוץ: הודעה לעיתונות")
            .language("he")
            .paragraph("שָׁלוֹם, 2023.")
            .paragraph("2023")
            .build();
    byte[] docx = Docx.render(hebrew);
    assertEquals(
        List.of(
            paragraph("Title", "<w:bidi/>", RTL_RUN + "משרד החוץ: הודעה לעיתונות</w:t></w:r>"),
            paragraph("ReleaseBody", "<w:bidi/>", RTL_RUN + "שָׁלוֹם, 2023.</w:t></w:r>"),
            paragraph("ReleaseBody", "<w:bidi/>", RUN + "2023</w:t></w:r>")),
        paragraphs(Docx.part(docx, "word/document.xml")));
    assertTrue(Docx.part(docx, "word/styles.xml").contains("<w:lang w:val=\"he\" w:bidi=\"he\"/>"));
  }

  @Test
  void makesOnlyTheArabicParagraphOfAnEnglishReleaseRightToLeft() {
    PressRelease english =
        PressRelease.builder()
            .title("Ministry Issues Statement")
            .language("en")
            .paragraph("The statement reads:")
            .paragraph("«نحن سعداء» 2023")
            .paragraph("2023")
            .build();
    byte[] docx = Docx.render(english);
    assertEquals(
        List.of(
            paragraph("Title", "", RUN + "Ministry Issues Statement</w:t></w:r>"),
            paragraph("ReleaseBody", "", RUN + "The statement reads:</w:t></w:r>"),
            paragraph("ReleaseBody", "<w:bidi/>", RTL_RUN + "«نحن سعداء» 2023</w:t></w:r>"),
            paragraph("ReleaseBody", "", RUN + "2023</w:t></w:r>")),
        paragraphs(Docx.part(docx, "word/document.xml")));
    String styles = Docx.part(docx, "word/styles.xml");
    assertTrue(styles.contains("<w:lang w:val=\"en\"/>"), styles);
  }

  @Test
  void cutsRunsWhereTheTextChangesDirection() {
    String line = "Pressroom يصدر، اليوم بيانا today. «مرحبا»";
    // in a left-to-right paragraph only the letters and what is between them are right to left
    assertEquals(
        paragraph(
            "ReleaseBody",
            "",
            RUN
                + "Pressroom </w:t></w:r>"
                + RTL_RUN
                + "يصدر، اليوم بيانا</w:t></w:r>"
                + RUN
                + " today. «</w:t></w:r>"
                + RTL_RUN
                + "مرحبا</w:t></w:r>"
                + RUN
                + "»</w:t></w:r>"),
        paragraphs(document(PressRelease.builder().title("T").paragraph(line).build())).get(1));
    // in a right-to-left one the paragraph's end belongs with the Arabic letter before it
    PressRelease arabic = PressRelease.builder().title("T").language("ar").paragraph(line).build();
    assertEquals(
        paragraph(
            "ReleaseBody",
            "<w:bidi/>",
            RUN
                + "Pressroom </w:t></w:r>"
                + RTL_RUN
                + "يصدر، اليوم بيانا</w:t></w:r>"
                + RUN
                + " today. «</w:t></w:r>"
                + RTL_RUN
                + "مرحبا»</w:t></w:r>"),
        paragraphs(document(arabic)).get(1));
  }

  @Test
  void marksRightToLeftBoldItalicAndLinkRunsAcrossTheirBoundaries() {
    List<Inline> content =
        List.of(
            new Inline.Text("نص "),
            new Inline.Strong(Inline.text("عريض")),
            new Inline.Text(" و "),
            new Inline.Emphasis(Inline.text("مائل")),
            new Inline.Text(" and "),
            new Inline.Link(Inline.text("رابط"), URI.create("https://example.org/")));
    PressRelease release =
        PressRelease.builder().title("T").body(List.of(new Block.Paragraph(content))).build();
    assertEquals(
        paragraph(
            "ReleaseBody",
            "<w:bidi/>",
            RTL_RUN
                + "نص </w:t></w:r>"
                + "<w:r><w:rPr><w:b/><w:bCs/><w:rtl/></w:rPr>"
                + "<w:t xml:space=\"preserve\">عريض</w:t></w:r>"
                + RTL_RUN
                + " و </w:t></w:r>"
                + "<w:r><w:rPr><w:i/><w:iCs/><w:rtl/></w:rPr>"
                + "<w:t xml:space=\"preserve\">مائل</w:t></w:r>"
                + RUN
                + " and </w:t></w:r>"
                + "<w:hyperlink r:id=\"rIdLink1\" w:history=\"1\">"
                + "<w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/><w:rtl/></w:rPr>"
                + "<w:t xml:space=\"preserve\">رابط</w:t></w:r></w:hyperlink>"),
        paragraphs(document(release)).get(1));
  }

  @Test
  void makesAnArabicParagraphThatStartsInLatinRightToLeftInAnArabicRelease() {
    PressRelease release =
        PressRelease.builder()
            .title("Pressroom")
            .language("ar")
            .paragraph("iPhone 15 متوفر الآن")
            .build();
    List<String> ps = paragraphs(document(release));
    assertEquals(paragraph("Title", "", RUN + "Pressroom</w:t></w:r>"), ps.get(0));
    assertEquals(
        paragraph(
            "ReleaseBody",
            "<w:bidi/>",
            RUN + "iPhone 15 </w:t></w:r>" + RTL_RUN + "متوفر الآن</w:t></w:r>"),
        ps.get(1));
  }

  @Test
  void keepsPersianJoinersAndArabicMarksInTheirRun() {
    PressRelease release =
        PressRelease.builder().title("T").paragraph("abc می\u200Cخواهم كِتَابٌ\u200C def").build();
    assertEquals(
        paragraph(
            "ReleaseBody",
            "",
            RUN
                + "abc </w:t></w:r>"
                + RTL_RUN
                + "می\u200Cخواهم كِتَابٌ\u200C</w:t></w:r>"
                + RUN
                + " def</w:t></w:r>"),
        paragraphs(document(release)).get(1));
  }

  @Test
  void writesPartsValidAgainstTheSchemaForARightToLeftRelease() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Docx.render(arabic())))) {
      for (org.apache.xmlbeans.XmlObject part : List.of(doc.getDocument(), doc.getStyle())) {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        boolean valid =
            part.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
        assertTrue(valid && errors.isEmpty(), part.schemaType() + ": " + errors);
      }
    }
  }

  @Test
  void readsTheArabicReleaseBackExactly() throws Exception {
    PressRelease release = arabic();
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  /** Another tool's right-to-left markup changes no text and makes no span. */
  @Test
  void readsAForeignRightToLeftDocumentsTextOnly() throws Exception {
    String rtl = "<w:rPr><w:rFonts w:cs=\"Arial\"/><w:bCs/><w:iCs/><w:rtl/><w:cs/>";
    byte[] docx =
        new Docx.Builder()
            .styles(
                "<w:rFonts w:cs=\"Arial\"/><w:lang w:val=\"ar-SA\" w:bidi=\"ar-SA\"/>",
                "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                    + "<w:pPr><w:bidi/></w:pPr><w:rPr><w:rtl/></w:rPr></w:style>")
            .body(
                "<w:p><w:pPr><w:pStyle w:val=\"Title\"/><w:bidi/></w:pPr><w:r>"
                    + rtl
                    + "<w:lang w:bidi=\"ar-SA\"/></w:rPr><w:t>وزارة الخارجية</w:t></w:r></w:p>"
                    + "<w:p><w:pPr><w:bidi/><w:jc w:val=\"both\"/></w:pPr><w:r>"
                    + rtl
                    + "</w:rPr><w:t xml:space=\"preserve\">عقد الوزير </w:t></w:r><w:r>"
                    + "<w:rPr><w:rtl/></w:rPr><w:t>محادثات</w:t></w:r><w:r><w:rPr><w:rtl w:val=\"0\"/>"
                    + "</w:rPr><w:t xml:space=\"preserve\"> Pressroom.</w:t></w:r></w:p>")
            .build();
    PressRelease release = Docx.parse(docx);
    assertEquals("وزارة الخارجية", release.title());
    assertEquals(List.of("عقد الوزير محادثات Pressroom."), release.paragraphs());
    List<dev.pressroom.reading.Block> blocks =
        DocxParser.foreignDocument(docx, Limits.defaults()).blocks();
    assertEquals("عقد الوزير محادثات Pressroom.", blocks.get(1).text());
    assertEquals(List.<Span>of(), blocks.get(1).spans());
    assertFalse(blocks.get(1).layout().bold());
  }
}
