package dev.pressroom.format.docx;

import static dev.pressroom.format.docx.Docx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How Word markup that other tools write is read: tracked changes, tables, text boxes, headers,
 * footers and footnotes, breaks, hidden text and fields. The files are built here by hand.
 */
class DocxWordFeaturesTest {

  private static PressRelease parse(String body) throws Exception {
    return Docx.parse(new Docx.Builder().body(p(null, "Headline") + body).build());
  }

  @Test
  void readsTrackedChangesAsAccepted() throws Exception {
    PressRelease release =
        parse(
            "<w:p><w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
                + "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">inserted"
                + " </w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>deleted"
                + " </w:delText></w:r></w:del><w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>"
                + "moved away </w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\" w:author=\"A\"><w:r>"
                + "<w:t xml:space=\"preserve\">moved here </w:t></w:r></w:moveTo>"
                + "<w:r><w:t>end.</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:rPr><w:del w:id=\"5\" w:author=\"A\"/></w:rPr></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">First half </w:t></w:r></w:p>"
                + p(null, "second half."));
    assertEquals(
        List.of("Kept inserted moved here end.", "First half second half."), release.paragraphs());
  }

  @Test
  void readsTableCellsRowByRowAsParagraphs() throws Exception {
    PressRelease release =
        parse(
            "<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr><w:tc><w:tcPr/>"
                + p(null, "Name")
                + "</w:tc><w:tc>"
                + p(null, "Phone")
                + "</w:tc></w:tr><w:tr><w:tc>"
                + p(null, "Jane")
                + p(null, "Press office")
                + "</w:tc><w:tc>"
                + p(null, "555")
                + "</w:tc></w:tr></w:tbl>"
                + p(null, "After the table."));
    assertEquals(
        List.of("Name", "Phone", "Jane", "Press office", "555", "After the table."),
        release.paragraphs());
  }

  @Test
  void leavesTextBoxesAndTheirFallbacksOut() throws Exception {
    PressRelease release =
        parse(
            "<w:p><w:r><w:t xml:space=\"preserve\">Body text </w:t></w:r><w:r>"
                + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
                + "<w:txbxContent>"
                + p(null, "Sidebar")
                + "</w:txbxContent></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
                + "<v:shape><v:textbox><w:txbxContent>"
                + p(null, "Sidebar")
                + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r><w:r><w:t>continues.</w:t></w:r></w:p>");
    assertEquals(List.of("Body text continues."), release.paragraphs());
  }

  @Test
  void keepsHeadersFootersAndFootnotesOutOfTheBody() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(
                p(null, "Headline")
                    + "<w:p><w:r><w:t>A claim.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/>"
                    + "</w:r></w:p><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/>"
                    + "</w:sectPr>")
            .documentRels(
                "<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>")
            .part(
                "word/header1.xml",
                "<w:hdr xmlns:w=\"" + Docx.W_NS + "\">" + p(null, "Page header") + "</w:hdr>")
            .part(
                "word/footnotes.xml",
                "<w:footnotes xmlns:w=\""
                    + Docx.W_NS
                    + "\"><w:footnote w:id=\"1\">"
                    + p(null, "A footnote.")
                    + "</w:footnote></w:footnotes>")
            .build();
    assertEquals(List.of("A claim."), Docx.parse(docx).paragraphs());
  }

  @Test
  void readsBreaksTabsHyphensAndSpacesAsTheyShow() throws Exception {
    PressRelease release =
        parse(
            "<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>one</w:t><w:br/><w:t>line</w:t><w:tab/><w:t>tab</w:t>"
                + "<w:softHyphen/><w:t>soft</w:t><w:noBreakHyphen/><w:t>hard</w:t>"
                + "<w:t xml:space=\"preserve\">\u00A0\u00A0nbsp  two</w:t></w:r></w:p>"
                + "<w:p><w:r><w:br w:type=\"page\"/><w:t>After a page break</w:t></w:r></w:p>");
    assertEquals(
        // A soft hyphen inside a word does not show; no-break spaces are kept as given.
        List.of("one line\ttabsoft\u2011hard\u00A0\u00A0nbsp  two", "After a page break"),
        release.paragraphs());
  }

  @Test
  void readsFieldResultsButNotInstructionsOrHiddenText() throws Exception {
    PressRelease release =
        parse(
            "<w:p><w:r><w:t xml:space=\"preserve\">Visit </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>"
                + " HYPERLINK \"https://example.org\" </w:instrText></w:r><w:r><w:fldChar"
                + " w:fldCharType=\"separate\"/></w:r><w:r><w:t>our site</w:t></w:r><w:r>"
                + "<w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
                + "<w:t>secret</w:t></w:r><w:fldSimple w:instr=\" DATE \"><w:r><w:t>"
                + " today</w:t></w:r></w:fldSimple><w:hyperlink r:id=\"rIdX\"><w:r><w:t>"
                + " and more</w:t></w:r></w:hyperlink><w:r><w:sym w:font=\"Wingdings\""
                + " w:char=\"F04A\"/><w:t>.</w:t></w:r></w:p>");
    assertEquals(List.of("Visit our site today and more."), release.paragraphs());
  }

  @Test
  void dropsCharactersTheModelForbids() throws Exception {
    PressRelease release = parse(p(null, "a\u0085b\u2028c "));
    assertEquals(List.of("a b c"), release.paragraphs());
  }

  @Test
  void readsAnEditedPressroomFile() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .styles(
                "",
                "<w:style w:type=\"paragraph\" w:styleId=\"Crumb\"><w:name w:val=\"Release"
                    + " Breadcrumb\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Body\">"
                    + "<w:name w:val=\"Release Body\"/></w:style><w:style w:type=\"paragraph\""
                    + " w:styleId=\"When\"><w:name w:val=\"Release Timestamp\"/></w:style>")
            .body(
                p("Crumb", "Home &gt; Press ", "› Archive")
                    + p("Title", "Typed by hand")
                    + p("When", "October 28, 2023 at 13:25")
                    + p("Body", "2023-10-28")
                    + p("Body", "FOR IMMEDIATE RELEASE"))
            .build();
    PressRelease release = Docx.parse(docx);
    assertEquals(List.of("Home", "Press", "Archive"), release.breadcrumb());
    assertEquals(Timestamp.parse("2023-10-28T13:25"), release.timestamp());
    assertEquals(List.of("2023-10-28", "FOR IMMEDIATE RELEASE"), release.paragraphs());
  }

  @Test
  void takesNoBreadcrumbForTheHeadlineWhenTheTitleStyleIsGone() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .styles(
                "",
                "<w:style w:type=\"paragraph\" w:styleId=\"Crumb\"><w:name w:val=\"Release"
                    + " Breadcrumb\"/></w:style><w:style w:type=\"paragraph\" w:styleId=\"Body\">"
                    + "<w:name w:val=\"Release Body\"/></w:style>")
            .body(p("Crumb", "Home") + p(null, "Restyled headline") + p("Body", "Text."))
            .build();
    PressRelease release = Docx.parse(docx);
    assertEquals("Restyled headline", release.title());
    assertEquals(List.of("Home"), release.breadcrumb());
    assertEquals(List.of("Text."), release.paragraphs());
  }

  @Test
  void aTimestampParagraphThatShowsNoDateIsAnError() {
    byte[] docx =
        new Docx.Builder()
            .styles(
                "",
                "<w:style w:type=\"paragraph\" w:styleId=\"When\"><w:name w:val=\"Release"
                    + " Timestamp\"/></w:style>")
            .body(p("Title", "T") + p("When", "next Tuesday"))
            .build();
    dev.pressroom.ParseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            dev.pressroom.ParseException.class, () -> Docx.parse(docx));
    assertEquals("word/document.xml, paragraph 2", e.location());
  }

  @Test
  void readsNoDateWhenNothingShowsOne() throws Exception {
    assertNull(parse(p(null, "Just a paragraph.")).timestamp());
  }
}
