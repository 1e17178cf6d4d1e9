package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Paper leaves the web page's breadcrumb and footer actions off by default and keeps them, with the
 * exact timestamp the page shows in words, in the custom document properties.
 */
class DocxWebFurnitureTest {
  private static final PressRelease RELEASE =
      Releases.seed().toBuilder()
          .language("de")
          .timestamp(Timestamp.parse("2023-10-28T13:25+02:00[Europe/Berlin]"))
          .footerAction(new FooterAction("Teilen", URI.create("https://example.org/teilen?id=1")))
          .build();

  private static String document(byte[] docx) {
    return Docx.part(docx, "word/document.xml");
  }

  @Test
  void byDefaultPaperShowsNoBreadcrumbOrActionsYetParsingGivesThemBack() throws Exception {
    byte[] docx = Docx.render(RELEASE);
    String document = document(docx);
    for (String web : List.of("HOME", "News &amp; Events", "Suggest To A Friend", "Print")) {
      assertFalse(document.contains(web), web);
    }
    assertFalse(document.contains("Teilen"));
    assertFalse(document.contains("ReleaseBreadcrumb"));
    assertFalse(document.contains("ReleaseFooterAction"));
    assertTrue(document.contains(">28. Oktober 2023, 13:25 MESZ<"), document);
    assertEquals(RELEASE, Docx.parse(docx));
  }

  @Test
  void theCustomPropertiesHoldTheExactTimestampBreadcrumbAndActions() throws Exception {
    byte[] docx = Docx.render(RELEASE);
    String custom = Docx.part(docx, "docProps/custom.xml");
    assertTrue(
        custom.contains(
            "name=\"pressroom:timestamp\"><vt:lpwstr>2023-10-28T13:25+02:00[Europe/Berlin]<"),
        custom);
    for (String property :
        List.of(
            "breadcrumb:1\"><vt:lpwstr>HOME<",
            "breadcrumb:2\"><vt:lpwstr>News &amp; Events<",
            "action:1:label\"><vt:lpwstr>Suggest To A Friend<",
            "action:2:label\"><vt:lpwstr>Print<",
            "action:3:label\"><vt:lpwstr>Teilen<",
            "action:3:target\"><vt:lpwstr>https://example.org/teilen?id=1<")) {
      assertTrue(custom.contains("name=\"pressroom:" + property), property + " in " + custom);
    }
    assertTrue(!custom.contains("action:1:target"), "no target where the action has none");
    assertTrue(Docx.part(docx, "[Content_Types].xml").contains("/docProps/custom.xml"));
    assertTrue(Docx.part(docx, "_rels/.rels").contains("custom-properties"));
    // POI, as Word, sees them as custom properties
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var properties = doc.getProperties().getCustomProperties();
      assertEquals(
          "2023-10-28T13:25+02:00[Europe/Berlin]",
          properties.getProperty("pressroom:timestamp").getLpwstr());
    }
  }

  @Test
  void printWebFurnitureShowsThemAsBefore() throws Exception {
    DocxRenderer printed = DocxRenderer.builder().printWebFurniture(true).build();
    byte[] docx = Docx.render(printed, RELEASE);
    String document = document(docx);
    assertTrue(document.contains("<w:pStyle w:val=\"ReleaseBreadcrumb\"/>"));
    assertTrue(document.contains(">News &amp; Events<"));
    assertTrue(document.contains(">Suggest To A Friend<"));
    assertTrue(document.contains(">Teilen<"));
    assertEquals(RELEASE, Docx.parse(docx));
  }

  @Test
  void theMoreAtLineLinksTheActionsWithATargetAndIsNoPartOfTheRelease() throws Exception {
    PressRelease release =
        RELEASE.toBuilder()
            .footerAction(new FooterAction("Write to us", URI.create("mailto:press@example.org")))
            .build();
    byte[] docx = Docx.render(DocxRenderer.builder().moreAtLine(true).build(), release);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      // the More at line closes the release, before the end mark
      int count = doc.getParagraphs().size();
      assertEquals("ReleaseEndMark", doc.getParagraphs().get(count - 1).getStyle());
      var last = doc.getParagraphs().get(count - 2);
      assertEquals("ReleaseMoreAt", last.getStyle());
      assertEquals("More at: Teilen, Write to us", last.getText());
      assertEquals(
          2,
          last.getIRuns().stream()
              .filter(r -> r instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun)
              .count());
    }
    assertFalse(document(docx).contains("Suggest To A Friend"));
    assertEquals(release, Docx.parse(docx));
    // without an action that leads anywhere there is no line
    byte[] seed = Docx.render(DocxRenderer.builder().moreAtLine(true).build(), Releases.seed());
    assertFalse(document(seed).contains("ReleaseMoreAt\""));
    assertEquals(Releases.seed(), Docx.parse(seed));
  }

  @Test
  void aDateEditedInWordWinsOverTheProperty() throws Exception {
    byte[] docx = Docx.render(RELEASE);
    byte[] edited =
        replace(docx, "word/document.xml", "28. Oktober 2023, 13:25 MESZ", "30. Oktober 2023");
    assertEquals(Timestamp.parse("2023-10-30"), Docx.parse(edited).timestamp());
    // a date still shown as written keeps the exact timestamp, offset and zone
    byte[] reworded =
        replace(docx, "word/document.xml", "28. Oktober 2023, 13:25 MESZ", "28.10.2023 13:25");
    assertEquals(RELEASE.timestamp(), Docx.parse(reworded).timestamp());
  }

  @Test
  void aFileOfTheOldFormWithoutCustomPropertiesIsStillRead() throws Exception {
    DocxRenderer printed = DocxRenderer.builder().printWebFurniture(true).build();
    byte[] docx = Docx.render(printed, RELEASE);
    byte[] old =
        replace(
            docx,
            "word/document.xml",
            "28. Oktober 2023, 13:25 MESZ",
            TimestampLine.format(RELEASE.timestamp()));
    old = replace(old, "docProps/custom.xml", "pressroom:", "other:");
    assertEquals(RELEASE, Docx.parse(old));
  }

  /** The package with one part's text replaced. */
  private static byte[] replace(byte[] zip, String part, String from, String to)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals(part)) {
          String text = new String(bytes, StandardCharsets.UTF_8);
          assertTrue(text.contains(from), from + " in " + part);
          bytes = text.replace(from, to).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(bytes);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
