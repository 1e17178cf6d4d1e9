package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.ParseException;
import dev.pressroom.Pressroom;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Link targets are absolute http, https or mailto URIs everywhere: the model refuses others, every
 * renderer writes active links to exactly the model's targets, readers of Pressroom's own formats
 * report another target as an error at its place, and readers of other documents drop it and keep
 * the label.
 */
class LinkSafetyTest {
  /** The footer actions printed on paper too, so that PDF and DOCX hold their links. */
  private static final Pressroom PRESSROOM =
      Pressroom.builder()
          .register(dev.pressroom.format.pdf.PdfRenderer.builder().printWebFurniture(true).build())
          .register(
              dev.pressroom.format.docx.DocxRenderer.builder().printWebFurniture(true).build())
          .build();

  private static final String SAFE = "https://example.org/print?id=7";
  private static final String MAIL = "mailto:press@example.org?subject=Release";
  private static final PressRelease RELEASE =
      PressRelease.builder()
          .title("Rail Plan Presented")
          .paragraph("The ministry presented its rail plan today.")
          .footerAction(new FooterAction("Print", URI.create(SAFE)))
          .footerAction(new FooterAction("Mail", URI.create(MAIL)))
          .footerAction(FooterAction.of("Suggest To A Friend"))
          .build();

  /** What the four schemes of the issue look like in a document. */
  private static final String[] UNSAFE = {
    "javascript:alert(1)",
    "data:text/html,%3Cb%3Ex%3C/b%3E",
    "vbscript:msgbox(1)",
    "file:///etc/passwd"
  };

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "data:text/html,%3Cb%3Ex%3C/b%3E",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "/relative/print"
      })
  void theModelRefusesTheTarget(String target) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PressRelease.builder()
                    .title("T")
                    .footerAction(new FooterAction("Go", URI.create(target)))
                    .build());
    assertTrue(e.getMessage().contains("absolute http, https or mailto URI"), e.getMessage());
  }

  // Renderers: the active links written are exactly the model's targets.

  @Test
  void pdfLinkActionsAreTheModelsTargets() throws Exception {
    List<String> uris = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(PRESSROOM.render(RELEASE, "pdf"))) {
      for (PDPage page : pdf.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          }
        }
      }
    }
    assertEquals(List.of(SAFE, MAIL), uris);
  }

  @Test
  void docxHyperlinksAreTheModelsTargets() throws Exception {
    Map<String, byte[]> parts = unzip(PRESSROOM.render(RELEASE, "docx"));
    String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
    List<String> external = new ArrayList<>();
    for (Element rel :
        Jsoup.parse(rels, "", org.jsoup.parser.Parser.xmlParser()).select("Relationship")) {
      if (rel.attr("Type").endsWith("/hyperlink")) {
        assertEquals("External", rel.attr("TargetMode"));
        external.add(rel.attr("Target"));
      }
    }
    assertEquals(List.of(SAFE, MAIL), external);
    String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    assertEquals(2, document.split("<w:hyperlink ", -1).length - 1, "one hyperlink per target");
  }

  @Test
  void htmlHrefsAreTheModelsTargets() throws Exception {
    String html = new String(PRESSROOM.render(RELEASE, "html"), StandardCharsets.UTF_8);
    List<String> hrefs =
        Jsoup.parse(html).select("footer a[href]").stream().map(a -> a.attr("href")).toList();
    assertEquals(List.of(SAFE, MAIL), hrefs);
    assertEquals("Suggest To A Friend", Jsoup.parse(html).select("footer span").text());
  }

  @Test
  void textFormatsCarryTheTargetsAndReadThemBack() throws Exception {
    for (String format : List.of("json", "md", "txt")) {
      byte[] bytes = PRESSROOM.render(RELEASE, format);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertTrue(text.contains(SAFE) && text.contains(MAIL), format + ": " + text);
      assertEquals(RELEASE.footerActions(), PRESSROOM.parse(bytes, format, "x").footerActions());
    }
  }

  // Readers of Pressroom's own formats: an error at the target's place.

  @Test
  void jsonNamesTheTargetsPath() {
    for (String target : UNSAFE) {
      String json =
          "{\"title\":\"T\",\"footerActions\":[{\"label\":\"Print\"},{\"label\":\"Go\",\"target\":\""
              + target
              + "\"}]}";
      ParseException e = fails(json, "json");
      assertEquals("$.footerActions[1].target", e.location(), e.getMessage());
      assertTrue(e.reason().contains("absolute http, https or mailto URI"), e.getMessage());
    }
  }

  @Test
  void markdownFrontMatterNamesTheLine() throws Exception {
    for (String target : UNSAFE) {
      String md = swap(new String(PRESSROOM.render(RELEASE, "md"), StandardCharsets.UTF_8), target);
      ParseException e = fails(md, "md");
      int line = lineOf(md, target);
      assertTrue(e.location().startsWith("line " + line), e.getMessage());
      assertTrue(e.reason().contains("absolute http, https or mailto URI"), e.getMessage());
    }
  }

  @Test
  void pressroomsOwnHtmlPageNamesTheLink() throws Exception {
    for (String target : UNSAFE) {
      String html =
          swap(new String(PRESSROOM.render(RELEASE, "html"), StandardCharsets.UTF_8), target);
      ParseException e = fails(html, "html");
      assertEquals("<a href=\"" + target + "\">", e.location(), e.getMessage());
      assertTrue(e.reason().contains("absolute http, https or mailto URI"), e.getMessage());
    }
  }

  @Test
  void pressroomsOwnPdfNamesTheAction() throws Exception {
    for (String target : UNSAFE) {
      byte[] pdf;
      try (PDDocument document = Loader.loadPDF(PRESSROOM.render(RELEASE, "pdf"))) {
        for (PDAnnotation annotation : document.getPage(0).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri
              && uri.getURI().equals(SAFE)) {
            uri.setURI(target);
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        pdf = out.toByteArray();
      }
      ParseException e =
          assertThrows(ParseException.class, () -> PRESSROOM.parse(pdf, "pdf", "x.pdf"));
      assertEquals("footer action 1", e.location(), e.getMessage());
      assertTrue(e.reason().contains("absolute http, https or mailto URI"), e.getMessage());
    }
  }

  // Readers of other documents: the link is dropped, the label kept.

  @Test
  void txtKeepsTheLabelOfAnActionLineWithAnUnsafeTarget() throws Exception {
    for (String target : UNSAFE) {
      String txt =
          "Rail Plan Presented\n\nThe plan.\n\n<Print> " + target + "\n<Share> " + SAFE + "\n";
      PressRelease release = PRESSROOM.parse(txt.getBytes(StandardCharsets.UTF_8), "txt", "x");
      assertEquals(
          List.of(FooterAction.of("Print"), new FooterAction("Share", URI.create(SAFE))),
          release.footerActions(),
          target);
      assertEquals(List.of("The plan."), release.paragraphs());
    }
  }

  @Test
  void docxKeepsTheLabelOfAHyperlinkWithAnUnsafeTarget() throws Exception {
    for (String target : UNSAFE) {
      Map<String, byte[]> parts = unzip(PRESSROOM.render(RELEASE, "docx"));
      String rels = new String(parts.get("word/_rels/document.xml.rels"), StandardCharsets.UTF_8);
      assertTrue(rels.contains(SAFE.replace("&", "&amp;")), rels);
      parts.put(
          "word/_rels/document.xml.rels",
          rels.replace(SAFE.replace("&", "&amp;"), target).getBytes(StandardCharsets.UTF_8));
      PressRelease release = PRESSROOM.parse(zip(parts), "docx", "x.docx");
      assertEquals(
          List.of(
              FooterAction.of("Print"),
              new FooterAction("Mail", URI.create(MAIL)),
              FooterAction.of("Suggest To A Friend")),
          release.footerActions(),
          target);
    }
  }

  @Test
  void aForeignHtmlPageKeepsTheLabelsOfUnsafeLinks() throws Exception {
    String page =
        "<!DOCTYPE html><html><head><base href=\"file:///C:/site/\"></head><body>"
            + "<h1>Rail Plan Presented</h1>"
            + "<p>The ministry presented its rail plan today in the capital of the country.</p>"
            + "<p><a href=\"file:///C:/site/print.html\">Print</a> "
            + "<a href=\"data:text/html,x\">Share</a> "
            + "<a href=\"share.html\">Suggest to a friend</a></p></body></html>";
    PressRelease release = PRESSROOM.parse(page.getBytes(StandardCharsets.UTF_8), "html", "x");
    assertEquals(
        List.of(
            FooterAction.of("Print"),
            FooterAction.of("Share"),
            FooterAction.of("Suggest to a friend")),
        release.footerActions());
  }

  private static ParseException fails(String text, String format) {
    return assertThrows(
        ParseException.class,
        () -> PRESSROOM.parse(text.getBytes(StandardCharsets.UTF_8), format, "x." + format));
  }

  /** The rendered text with the first target replaced by {@code target}. */
  private static String swap(String text, String target) {
    assertTrue(text.contains(SAFE.replace("&", "&amp;")) || text.contains(SAFE), text);
    return text.replace(SAFE, target);
  }

  private static int lineOf(String text, String needle) {
    int at = text.indexOf(needle);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(part.getKey()));
        out.write(part.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
