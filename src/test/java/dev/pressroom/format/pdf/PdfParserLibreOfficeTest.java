package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.Block;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.ExternalTools;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Foreign PDFs made here by LibreOffice headless — from a flat ODF text we write (with a running
 * header, {@code Page N of M} footers and a {@code PRESS RELEASE} banner) and from a DOCX that
 * LibreOffice makes from HTML we write — read back to the title, timestamp and paragraphs we wrote.
 */
class PdfParserLibreOfficeTest {
  private static final String PROFILE = "file:///tmp/lo-pdfread-1";

  @TempDir Path dir;

  /** Twelve paragraphs of plain prose, long enough to fill two pages. */
  private static List<String> prose() {
    String[] subjects = {
      "The harbour council",
      "The mayor",
      "The port authority",
      "Local fishermen",
      "The ferry company"
    };
    String[] verbs = {"welcomed", "discussed", "reviewed", "questioned", "supported"};
    String[] objects = {
      "the plan for the northern pier",
      "the cost of dredging the channel",
      "the timetable for the works",
      "the new mooring fees",
      "the long-term maintenance budget"
    };
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 12; p++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        int i = p * 6 + s;
        if (s > 0) {
          text.append(' ');
        }
        text.append(subjects[i % 5])
            .append(' ')
            .append(verbs[(i / 5) % 5])
            .append(' ')
            .append(objects[(i / 2) % 5])
            .append(" at meeting number ")
            .append(i + 1)
            .append(" of the year, and said that more would follow soon.");
      }
      paragraphs.add(text.toString());
    }
    return paragraphs;
  }

  private PressRelease convertAndParse(Path source) throws Exception {
    return convertAndParse(source, "pdf");
  }

  private PressRelease convertAndParse(Path source, String filter) throws Exception {
    ExternalTools.Result result =
        ExternalTools.run(
            180,
            dir,
            List.of(
                "soffice",
                "-env:UserInstallation=" + PROFILE,
                "--headless",
                "--convert-to",
                filter,
                "--outdir",
                dir.toString(),
                source.toString()));
    String name = source.getFileName().toString();
    Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    assertTrue(Files.isRegularFile(pdf), "soffice made no PDF: " + result.stderr());
    return new PdfParser()
        .parse(new ByteArrayInputStream(Files.readAllBytes(pdf)), ParseContext.of(pdf.toString()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  @Test
  void readsAWriterDocumentWithBannerHeadersAndPageNumbers() throws Exception {
    List<String> body = prose();
    String dateline = "Harbourtown, 19 November 2019 – " + body.get(0);
    StringBuilder paragraphs = new StringBuilder();
    paragraphs
        .append("<text:p text:style-name=\"Body\">")
        .append(escape(dateline))
        .append("</text:p>");
    for (String paragraph : body.subList(1, body.size())) {
      paragraphs
          .append("<text:p text:style-name=\"Body\">")
          .append(escape(paragraph))
          .append("</text:p>\n");
    }
    Path fodt = dir.resolve("release.fodt");
    Files.writeString(
        fodt,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
          xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
          office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph">
           <style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="11pt"/>
          </style:style>
          <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
           <style:paragraph-properties fo:margin-bottom="0.35cm"/>
          </style:style>
          <style:style style:name="Banner" style:family="paragraph" style:parent-style-name="Standard">
           <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
           <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
          </style:style>
          <style:style style:name="Headline" style:family="paragraph" style:parent-style-name="Standard">
           <style:paragraph-properties fo:margin-bottom="0.6cm"/>
           <style:text-properties fo:font-size="20pt" fo:font-weight="bold"/>
          </style:style>
         </office:styles>
         <office:automatic-styles>
          <style:page-layout style:name="pm1">
           <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
             fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
           <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
           <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
          </style:page-layout>
         </office:automatic-styles>
         <office:master-styles>
          <style:master-page style:name="Standard" style:page-layout-name="pm1">
           <style:header><text:p text:style-name="Standard">Harbourtown Council News Service</text:p></style:header>
           <style:footer><text:p text:style-name="Standard">Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
          </style:master-page>
         </office:master-styles>
         <office:body><office:text>
          <text:p text:style-name="Banner">PRESS RELEASE</text:p>
          <text:p text:style-name="Headline">Harbour Council Approves the Northern Pier After a Year of Public Consultation</text:p>
          %s
         </office:text></office:body>
        </office:document>
        """
            .formatted(paragraphs),
        StandardCharsets.UTF_8);
    PressRelease release = convertAndParse(fodt);
    assertEquals(
        "Harbour Council Approves the Northern Pier After a Year of Public Consultation",
        release.title());
    assertEquals("2019-11-19", release.timestamp().toString());
    List<String> expected = new ArrayList<>(body);
    expected.set(0, dateline);
    assertEquals(expected, release.paragraphs());
  }

  @Test
  void readsAPdfMadeFromADocx() throws Exception {
    List<String> body = prose().subList(0, 4);
    StringBuilder html =
        new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
    html.append("<title>Ferry Timetable</title></head><body>");
    html.append("<h1>New Ferry Timetable Starts in May</h1>");
    html.append("<p>May 23, 2021</p>");
    for (String paragraph : body) {
      html.append("<p>").append(escape(paragraph)).append("</p>");
    }
    html.append("</body></html>");
    Path source = dir.resolve("source.html");
    Files.writeString(source, html, StandardCharsets.UTF_8);
    ExternalTools.run(
        180,
        dir,
        List.of(
            "soffice",
            "-env:UserInstallation=" + PROFILE,
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            dir.toString(),
            source.toString()));
    Path docx = dir.resolve("source.docx");
    assertTrue(Files.isRegularFile(docx), "soffice made no DOCX");
    PressRelease release = convertAndParse(docx);
    assertEquals("New Ferry Timetable Starts in May", release.title());
    assertEquals("2021-05-23", release.timestamp().toString());
    assertEquals(body, release.paragraphs());
  }

  /**
   * A rich release we write as Markdown, made a DOCX by pandoc and a tagged PDF by LibreOffice,
   * reads back through the tags with its headings and their levels, its lists (nested and
   * numbered), its quote and its link.
   */
  @Test
  void taggedExportKeepsHeadingsListsQuotesAndLinks() throws Exception {
    PressRelease rich = PdfTesting.richExample();
    java.io.ByteArrayOutputStream markdown = new java.io.ByteArrayOutputStream();
    new dev.pressroom.format.md.MarkdownRenderer().render(rich, markdown);
    Path md = dir.resolve("rich.md");
    Files.write(md, markdown.toByteArray());
    ExternalTools.Result pandoc =
        ExternalTools.run(
            120, dir, List.of("pandoc", md.toString(), "-o", dir.resolve("rich.docx").toString()));
    assertEquals(0, pandoc.exitCode(), pandoc.stderr());
    PressRelease read =
        convertAndParse(
            dir.resolve("rich.docx"),
            "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}");
    assertEquals(rich.title(), read.title());
    List<Block> body = read.body();
    assertTrue(body.contains(Block.Heading.of(2, "Highlights")), "headings: " + body);
    assertTrue(body.contains(Block.Heading.of(3, "What the minister said")), "" + body);
    assertTrue(body.contains(Block.Heading.of(4, "Next steps")), "" + body);
    assertTrue(body.contains(rich.body().get(2)), "the nested list: " + body);
    assertTrue(body.contains(rich.body().get(6)), "the numbered list: " + body);
    // LibreOffice tags no emphasis; the link it tags, with its annotation
    Block.Paragraph opening = (Block.Paragraph) rich.body().get(0);
    assertTrue(
        body.stream()
            .anyMatch(
                b ->
                    b instanceof Block.Paragraph p
                        && p.plainText().equals(opening.plainText())
                        && p.content().contains(opening.content().get(5))),
        "the paragraph with its link: " + body);
    Block.Quote said = (Block.Quote) rich.body().get(4);
    Block.Quote quote =
        (Block.Quote) body.stream().filter(b -> b instanceof Block.Quote).findFirst().orElseThrow();
    assertEquals(said.paragraphs(), quote.paragraphs().subList(0, said.paragraphs().size()));
    assertEquals(
        body.indexOf(Block.Heading.of(3, "What the minister said")) + 1,
        body.indexOf(quote),
        "the quote follows its heading");
  }
}
