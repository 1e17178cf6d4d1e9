package dev.pressroom.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One house style, read back from both outputs: the PDF's drawn font sizes and families (from its
 * glyphs) and the DOCX's styles (from {@code styles.xml}) agree with each other and with {@link
 * HouseStyle} for the headline, body text and section headings; so do the left margin and the page
 * footer's words.
 */
class HouseStyleTest {
  private static final PressRelease RICH = Releases.richSeed();

  /** A line of the PDF: its text, the base font of its first glyph and its size in points. */
  private record Drawn(String text, String font, float size, float x) {}

  private static List<Drawn> pdfLines(byte[] pdf) throws IOException {
    List<Drawn> lines = new java.util.ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          TextPosition first = positions.get(0);
          String font = first.getFont().getName().replaceFirst("^[A-Z]{6}\\+", "");
          lines.add(new Drawn(text, font, first.getFontSizeInPt(), first.getXDirAdj()));
        }
      }.getText(doc);
    }
    return lines;
  }

  private static Drawn line(List<Drawn> lines, String start) {
    return lines.stream().filter(l -> l.text().startsWith(start)).findFirst().orElseThrow();
  }

  private static Map<String, String> parts(byte[] docx) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  /** The size in points a style of {@code styles.xml} sets ({@code w:sz} is in half-points). */
  private static float docxSize(String styles, String styleId) {
    Matcher m =
        Pattern.compile("w:styleId=\"" + styleId + "\">.*?<w:sz w:val=\"(\\d+)\"/>.*?</w:style>")
            .matcher(styles);
    assertTrue(m.find(), styleId);
    return Integer.parseInt(m.group(1)) / 2f;
  }

  @ParameterizedTest
  @EnumSource(PrintStyle.Typeface.class)
  void pdfAndDocxSetTheReleaseInTheSameFontsSizesAndMargins(PrintStyle.Typeface typeface)
      throws Exception {
    PrintStyle style = PrintStyle.builder().typeface(typeface).build();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRenderer.builder().style(style).build().render(RICH, pdf);
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    DocxRenderer.builder().style(style).build().render(RICH, docx);
    List<Drawn> lines = pdfLines(pdf.toByteArray());
    Map<String, String> parts = parts(docx.toByteArray());
    String styles = parts.get("word/styles.xml");
    HouseStyle.Fonts fonts = HouseStyle.fonts(typeface);

    Drawn title = line(lines, "Wang Yi Holds Talks");
    Drawn body = line(lines, "The two sides had");
    Drawn heading = line(lines, "The talks");
    Drawn subheading = line(lines, "Next steps");
    assertEquals(HouseStyle.TITLE.size(), title.size(), 0.01);
    assertEquals(HouseStyle.TITLE.size(), docxSize(styles, "Title"), 0.01);
    assertEquals(HouseStyle.BODY.size(), body.size(), 0.01);
    Matcher defaults = Pattern.compile("<w:rPrDefault>.*?<w:sz w:val=\"(\\d+)\"/>").matcher(styles);
    assertTrue(defaults.find());
    assertEquals(HouseStyle.BODY.size(), Integer.parseInt(defaults.group(1)) / 2f, 0.01);
    assertEquals(HouseStyle.H2.size(), heading.size(), 0.01);
    assertEquals(HouseStyle.H2.size(), docxSize(styles, "Heading2"), 0.01);
    assertEquals(HouseStyle.H3.size(), subheading.size(), 0.01);
    assertEquals(HouseStyle.H3.size(), docxSize(styles, "Heading3"), 0.01);

    assertEquals(fonts.file() + "-Bold", title.font());
    assertEquals(fonts.file(), body.font());
    assertTrue(
        styles.contains(
            "<w:rFonts w:ascii=\"" + fonts.family() + "\" w:hAnsi=\"" + fonts.family() + "\""),
        styles);
    assertTrue(fonts.family().replace(" ", "").equals(fonts.file()), fonts.toString());

    // the same left margin, in points
    String document = parts.get("word/document.xml");
    Matcher left = Pattern.compile("<w:pgMar [^>]*w:left=\"(\\d+)\"").matcher(document);
    assertTrue(left.find());
    assertEquals(style.margins().left(), Integer.parseInt(left.group(1)) / 20f, 0.01);
    assertEquals(style.margins().left(), body.x(), 0.5);

    // lists: the same label position and text indent (DOCX's from its numbering levels)
    Drawn bullet = line(lines, "\u2022");
    String numbering = parts.get("word/numbering.xml");
    Matcher ind =
        Pattern.compile("w:ilvl=\"0\".*?<w:ind w:left=\"(\\d+)\" w:hanging=\"(\\d+)\"")
            .matcher(numbering);
    assertTrue(ind.find(), numbering);
    float labelAt = (Integer.parseInt(ind.group(1)) - Integer.parseInt(ind.group(2))) / 20f;
    assertEquals(labelAt, bullet.x() - style.margins().left(), 0.5);
    assertEquals(
        HouseStyle.INDENT * HouseStyle.BODY_SIZE, Integer.parseInt(ind.group(1)) / 20f, 0.05);

    // the same footer words: "Page N of M", the DOCX's from its PAGE and NUMPAGES fields
    String[] words = HouseStyle.pageFooter(RICH.language());
    assertTrue(lines.stream().anyMatch(l -> l.text().equals(words[0] + "1" + words[1] + "2")));
    String footer = parts.get("word/footer1.xml");
    String fields =
        ".*>"
            + Pattern.quote(words[0])
            + "</w:t>.* PAGE .*>"
            + Pattern.quote(words[1])
            + "</w:t>.* NUMPAGES .*";
    assertTrue(Pattern.compile(fields, Pattern.DOTALL).matcher(footer).matches(), footer);
  }
}
