package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Word structure a version-2 release is written in, and the rules that read it back. */
class DocxRichStructureTest {

  private static List<String> all(String regex, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(m.groupCount() > 0 ? m.group(1) : m.group());
    }
    return out;
  }

  private static String paragraphStyles(String document) {
    return String.join(",", all("<w:pStyle w:val=\"([^\"]+)\"/>", document));
  }

  @Test
  void writesTheBuiltInStylesInOrder() throws Exception {
    byte[] docx = Docx.render(Docx.PRINTED, RichSample.RELEASE);
    String document = Docx.part(docx, "word/document.xml");
    assertEquals(
        String.join(
            ",",
            "ReleaseBreadcrumb",
            "Title",
            "Subtitle",
            "ReleaseTimestamp",
            "ReleaseBody",
            "Heading2",
            "ListBullet",
            "ListBullet",
            "ListNumber2",
            "ListNumber2",
            "ListBullet",
            "ListNumber",
            "ListNumber",
            "Heading3",
            "Quote",
            "Quote",
            "ReleaseQuoteAttribution",
            "Heading4",
            "ReleaseBody",
            "ReleaseContactsHeading",
            "ReleaseContact",
            "ReleaseContact",
            "ReleaseAboutHeading",
            "Heading3",
            "ReleaseBoilerplate",
            "ReleaseEndMark",
            "ReleaseFooterAction"),
        paragraphStyles(document));
    String styles = Docx.part(docx, "word/styles.xml");
    for (String builtIn :
        List.of(
            "w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/>",
            "w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>",
            "w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/>",
            "w:styleId=\"Heading4\"><w:name w:val=\"heading 4\"/>",
            "w:styleId=\"ListBullet\"><w:name w:val=\"List Bullet\"/>",
            "w:styleId=\"ListBullet2\"><w:name w:val=\"List Bullet 2\"/>",
            "w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/>",
            "w:styleId=\"ListNumber2\"><w:name w:val=\"List Number 2\"/>",
            "w:styleId=\"Quote\"><w:name w:val=\"Quote\"/>")) {
      assertTrue(styles.contains(builtIn), builtIn);
    }
    for (int level = 2; level <= 4; level++) {
      assertTrue(
          Pattern.compile(
                  "w:styleId=\"Heading" + level + "\">.*?<w:outlineLvl w:val=\"" + (level - 1))
              .matcher(styles)
              .find(),
          "outline level of heading " + level);
    }
  }

  @Test
  void numbersEachListOnItsOwnWithARealNumberingPart() throws Exception {
    byte[] docx = Docx.render(RichSample.RELEASE);
    String document = Docx.part(docx, "word/document.xml");
    // the bullet list is numId 1, its nested numbered list level 1 of it; the numbered list is 2
    assertEquals(List.of("0/1", "0/1", "1/1", "1/1", "0/1", "0/2", "0/2"), pairs(document));
    String numbering = Docx.part(docx, "word/numbering.xml");
    assertEquals(List.of("1", "2"), all("<w:num w:numId=\"(\\d+)\">", numbering));
    // bullets over numbers (1), numbers over numbers (3)
    assertEquals(
        List.of("1", "3"),
        all("<w:num w:numId=\"\\d+\"><w:abstractNumId w:val=\"(\\d)\"", numbering));
    assertEquals(
        4, all("<w:lvlOverride w:ilvl=\"\\d\"><w:startOverride w:val=\"1\"/>", numbering).size());
    // the definitions: 1 bullets over numbers, 2 numbers over bullets
    assertTrue(
        numbering.contains(
            "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/>"
                + "<w:lvlText w:val=\"\u2022\"/>"),
        numbering);
    assertTrue(
        numbering.contains(
            "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                + "<w:lvlText w:val=\"%1.\"/>"),
        numbering);
    assertTrue(
        Docx.part(docx, "[Content_Types].xml")
            .contains(
                "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"));
    assertTrue(
        Docx.part(docx, "word/_rels/document.xml.rels")
            .contains("/relationships/numbering\" Target=\"numbering.xml\"/>"));
  }

  private static List<String> pairs(String document) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("<w:numPr><w:ilvl w:val=\"(\\d)\"/><w:numId w:val=\"(\\d+)\"/>")
            .matcher(document);
    while (m.find()) {
      out.add(m.group(1) + "/" + m.group(2));
    }
    return out;
  }

  @Test
  void writesMarksAsRunPropertiesAndLinksAsExternalRelationships() throws Exception {
    byte[] docx = Docx.render(Docx.PRINTED, RichSample.RELEASE);
    String document = Docx.part(docx, "word/document.xml");
    assertTrue(
        document.contains("<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">today"));
    assertTrue(
        document.contains("<w:r><w:rPr><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">new"));
    assertTrue(
        document.contains(
            "<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">both"));
    assertTrue(
        document.contains(
            "<w:hyperlink r:id=\"rIdLink1\" w:history=\"1\"><w:r><w:rPr><w:rStyle"
                + " w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">the plan"));
    String rels = Docx.part(docx, "word/_rels/document.xml.rels");
    List<String> targets =
        all(
            "<Relationship Id=\"rIdLink\\d+\" Type=\"[^\"]+/hyperlink\" Target=\"([^\"]+)\" "
                + "TargetMode=\"External\"/>",
            rels);
    assertEquals(
        List.of(
            "https://example.org/plan?a=1&amp;b=2",
            "https://example.org/press",
            "https://example.org/print"),
        targets);
    assertEquals(3, all("rIdLink", rels).size());
  }

  @Test
  void aPlainReleaseIsWrittenWithoutTheVersionTwoParts() throws Exception {
    byte[] docx = Docx.render(Releases.seed());
    assertThrows(AssertionError.class, () -> Docx.part(docx, "word/numbering.xml"));
    assertFalse(Docx.part(docx, "word/styles.xml").contains("Heading2"));
    assertFalse(Docx.part(docx, "[Content_Types].xml").contains("numbering"));
  }

  /**
   * Section headings are told by style: body headings with the section headings' text, an
   * attribution-looking paragraph, adjacent lists and quotes all read back as they were.
   */
  @Test
  void readsBackWhatLooksLikeTheSectionsAndAdjacentBlocks() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .block(Block.Heading.of(2, Styles.CONTACTS_TEXT))
            .block(Block.Paragraph.of("Jane Doe, press@example.org"))
            .block(Block.Heading.of(2, Styles.ABOUT_TEXT))
            .block(Block.Heading.of(2, "About the ministry"))
            .block(new Block.ItemList(false, List.of(ListItem.of("a"), ListItem.of("b"))))
            .block(new Block.ItemList(false, List.of(ListItem.of("c"))))
            .block(new Block.ItemList(true, List.of(ListItem.of("d"))))
            .block(new Block.Quote(List.of(Block.Paragraph.of("q1")), null))
            .block(
                new Block.Quote(List.of(Block.Paragraph.of("q2"), Block.Paragraph.of("q3")), null))
            .block(new Block.Quote(List.of(Block.Paragraph.of("q4")), "— Jane"))
            .block(Block.Paragraph.of("— Not an attribution"))
            .boilerplateBlock(Block.Heading.of(2, Styles.CONTACTS_TEXT))
            .boilerplateBlock(Block.Paragraph.of("About us: we build ports."))
            .build();
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  @Test
  void readsBackContactsWithEveryCombinationOfParts() throws Exception {
    List<Contact> contacts = new ArrayList<>();
    String[] values = {"Jane Doe", "Press Officer", "Ministry", "press@example.org", "+49 30 1"};
    for (int mask = 1; mask < 64; mask++) {
      String[] v = new String[5];
      for (int i = 0; i < 5; i++) {
        v[i] = (mask & (1 << i)) != 0 ? values[i] : null;
      }
      URI url = (mask & 32) != 0 ? URI.create("mailto:press@example.org") : null;
      if (v[0] == null && v[2] == null && v[3] == null && v[4] == null) {
        continue;
      }
      contacts.add(new Contact(v[0], v[1], v[2], v[3], v[4], url));
    }
    PressRelease release = PressRelease.builder().title("T").contacts(contacts).build();
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  @Test
  void aFileEditedInWordKeepsItsStructureWithoutTheApplicationName() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .block(Block.Heading.of(3, "Only a heading"))
            .block(new Block.ItemList(true, List.of(ListItem.of("and a list"))))
            .build();
    byte[] docx = Docx.render(release);
    // a file saved again by an editor no longer names Pressroom in docProps/app.xml
    java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
    for (String name :
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml")) {
      parts.put(name, Docx.part(docx, name));
    }
    PressRelease read = Docx.parse(Docx.zip(parts));
    assertEquals(release.title(), read.title());
    assertEquals(release.body(), read.body());
  }

  /** Bold and italic of a foreign DOCX, by run properties or character styles, and its links. */
  @Test
  void readsMarksAndLinksOfAForeignDocument() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .styles(
                "",
                "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/>"
                    + "<w:rPr><w:b/></w:rPr></w:style>"
                    + "<w:style w:type=\"character\" w:styleId=\"Emphasis\">"
                    + "<w:name w:val=\"Emphasis\"/><w:rPr><w:i/></w:rPr></w:style>")
            .documentRels(
                "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/hyperlink\" Target=\"https://example.org/a\" "
                    + "TargetMode=\"External\"/>")
            .body(
                Docx.p(null, "Ministry opens the port")
                    + "<w:p><w:r><w:t xml:space=\"preserve\">The ministry </w:t></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"Strong\"/></w:rPr><w:t>today</w:t></w:r>"
                    + "<w:r><w:t xml:space=\"preserve\"> opened the </w:t></w:r>"
                    + "<w:r><w:rPr><w:rStyle w:val=\"Emphasis\"/></w:rPr><w:t>new</w:t></w:r>"
                    + "<w:r><w:t xml:space=\"preserve\"> port and </w:t></w:r>"
                    + "<w:r><w:rPr><w:b/><w:i/></w:rPr><w:t>more</w:t></w:r>"
                    + "<w:r><w:t xml:space=\"preserve\">, see </w:t></w:r>"
                    + "<w:hyperlink r:id=\"rId9\"><w:r><w:t>the plan</w:t></w:r></w:hyperlink>"
                    + "<w:r><w:t>.</w:t></w:r></w:p>")
            .build();
    PressRelease read = Docx.parse(docx);
    assertEquals(
        List.of(
            new Block.Paragraph(
                List.of(
                    new Inline.Text("The ministry "),
                    new Inline.Strong(Inline.text("today")),
                    new Inline.Text(" opened the "),
                    new Inline.Emphasis(Inline.text("new")),
                    new Inline.Text(" port and "),
                    new Inline.Strong(List.of(new Inline.Emphasis(Inline.text("more")))),
                    new Inline.Text(", see "),
                    new Inline.Link(Inline.text("the plan"), URI.create("https://example.org/a")),
                    new Inline.Text(".")))),
        read.body());
  }
}
