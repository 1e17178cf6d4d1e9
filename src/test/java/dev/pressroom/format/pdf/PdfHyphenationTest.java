package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Hyphenation: justified German and English releases show hyphenated line ends to {@code
 * pdftotext}, split at points of the language's patterns, while parsing gives the unhyphenated
 * model back; no line is wider than the measure, by the glyphs' positions, ragged or justified,
 * with words longer than the line.
 */
class PdfHyphenationTest {
  @TempDir Path dir;

  private static final float MARGIN = 72;
  private static final float EPSILON = 0.01f;

  static PressRelease german() {
    return PressRelease.builder()
        .title("Bundesministerium stellt Digitalisierungsstrategie vor")
        .language("de")
        .paragraph(
            "Die Donaudampfschifffahrtsgesellschaft und das Bundesministerium für Verkehrsinfrastruktur"
                + " haben heute eine Rahmenvereinbarung über die Modernisierung der Wasserstraßen"
                + " unterzeichnet. Die Bundesverkehrsministerin sprach von einem"
                + " Meilenstein für die Binnenschifffahrt und die Verkehrswende.")
        .paragraph(
            "Die Öffentlichkeitsarbeit der Landesregierung wird die Bürgerinnen und Bürger über"
                + " Genehmigungsverfahren, Umweltverträglichkeitsprüfungen und"
                + " Beteiligungsmöglichkeiten informieren; Rückfragen beantwortet die"
                + " Pressestelle des Ministeriums werktäglich.")
        .build();
  }

  static PressRelease english() {
    return PressRelease.builder()
        .title("Ministry announces infrastructure modernization programme")
        .language("en")
        .paragraph(
            "The Ministry of Transportation announced comprehensive internationalization of its"
                + " telecommunications infrastructure, characterized by unprecedented"
                + " interoperability between administrative responsibilities and"
                + " environmental considerations.")
        .paragraph(
            "Representatives emphasized that the establishment of transparent accountability"
                + " mechanisms remains indispensable, notwithstanding the extraordinary"
                + " complexity of intergovernmental collaboration.")
        .build();
  }

  private static PdfRenderer justified(float rightMargin) {
    return PdfRenderer.builder()
        .justify(true)
        .margins(64, rightMargin, 72, MARGIN)
        .systemFonts(SystemFonts.NONE)
        .build();
  }

  private static PressRelease parse(byte[] pdf) throws Exception {
    return new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("release.pdf"));
  }

  private String pdftotext(byte[] pdf) {
    ExternalTools.require("pdftotext");
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result =
        ExternalTools.run(
            60, dir, List.of("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }

  /**
   * The hyphenated line ends pdftotext shows: each must split a word of the model at one of the
   * language's hyphenation points.
   */
  private List<String> hyphenatedWords(PressRelease release, byte[] pdf) {
    String text = pdftotext(pdf);
    Hyphenation hyphenation = Hyphenation.of(release.language());
    String model = String.join(" ", release.paragraphs());
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("(\\p{L}+)\u2010\\n(\\p{L}+)").matcher(text);
    while (m.find()) {
      String word = m.group(1) + m.group(2);
      assertTrue(
          Pattern.compile("\\b" + word + "\\b").matcher(model).find(),
          word + " is a word of the model");
      int at = m.group(1).length();
      boolean valid = false;
      for (int point : hyphenation.points(word)) {
        valid |= point == at;
      }
      assertTrue(valid, m.group(1) + "-" + m.group(2) + " is split at a hyphenation point");
      found.add(m.group(1) + "\u2010" + m.group(2));
    }
    return found;
  }

  @Test
  void justifiedGermanShowsHyphenatedLineEndsAndParsesBackUnhyphenated() throws Exception {
    PressRelease release = german();
    byte[] pdf = PdfTesting.render(justified(MARGIN), release);
    List<String> words = hyphenatedWords(release, pdf);
    assertFalse(words.isEmpty(), pdftotext(pdf));
    assertEquals(release, parse(pdf));
    assertWithinMeasure(pdf, MARGIN);
  }

  @Test
  void justifiedEnglishShowsHyphenatedLineEndsAndParsesBackUnhyphenated() throws Exception {
    PressRelease release = english();
    byte[] pdf = PdfTesting.render(justified(MARGIN), release);
    List<String> words = hyphenatedWords(release, pdf);
    assertFalse(words.isEmpty(), pdftotext(pdf));
    assertEquals(release, parse(pdf));
    assertWithinMeasure(pdf, MARGIN);
  }

  @Test
  void withoutHyphenationNoWordIsHyphenated() throws Exception {
    PressRelease release = english();
    byte[] pdf =
        PdfTesting.render(
            PdfRenderer.builder().justify(true).hyphenate(false).systemFonts(false).build(),
            release);
    assertFalse(Pattern.compile("\\p{L}\u2010\\n").matcher(pdftotext(pdf)).find(), pdftotext(pdf));
    assertEquals(release, parse(pdf));
  }

  @Test
  void aWordLongerThanTheLineIsBrokenWithAVisibleHyphen() throws Exception {
    String digits = "0123456789".repeat(12); // no hyphenation point: broken between digits
    String letters = "Grundstücksverkehrsgenehmigungszuständigkeitsübertragungsverordnung";
    PressRelease release =
        PressRelease.builder()
            .title("Long words")
            .language("de")
            .paragraph("Aktenzeichen " + digits + " und " + letters + letters + " heute.")
            .build();
    for (boolean justify : new boolean[] {false, true}) {
      for (boolean hyphenate : new boolean[] {false, true}) {
        byte[] pdf =
            PdfTesting.render(
                PdfRenderer.builder()
                    .justify(justify)
                    .hyphenate(hyphenate)
                    .fontSize(14)
                    .margins(64, 200, 72, MARGIN)
                    .systemFonts(SystemFonts.NONE)
                    .build(),
                release);
        String text = pdftotext(pdf);
        assertTrue(Pattern.compile("[0-9]\u2010\\n[0-9]").matcher(text).find(), text);
        assertTrue(Pattern.compile("\\p{L}\u2010\\n\\p{L}").matcher(text).find(), text);
        assertNoWordCutWithoutHyphen(text, release.paragraphs().get(0));
        assertEquals(release, parse(pdf));
        assertWithinMeasure(pdf, 200);
      }
    }
  }

  /** Every line of the paragraph that ends without a hyphen ends before a space of the model. */
  private static void assertNoWordCutWithoutHyphen(String text, String paragraph) {
    String[] lines = text.split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (line.isEmpty()
          || next.isEmpty()
          || line.endsWith("\u2010")
          || !paragraph.contains(line)) {
        continue;
      }
      String last = line.substring(line.lastIndexOf(' ') + 1);
      String first = next.split(" ")[0];
      if (paragraph.contains(first)) {
        assertTrue(paragraph.contains(last + " " + first), last + "|" + first + " in " + text);
      }
    }
  }

  @Test
  void softHyphensAreBreakPoints() throws Exception {
    String word = "Zu\u00ADsam\u00ADmen\u00ADarbeit";
    PressRelease release =
        PressRelease.builder()
            .title("Soft hyphens")
            .language("de")
            .paragraph((word + " ").repeat(20).strip())
            .build();
    byte[] pdf =
        PdfTesting.render(
            PdfRenderer.builder().margins(64, 200, 72, MARGIN).systemFonts(false).build(), release);
    assertEquals(release, parse(pdf));
    assertWithinMeasure(pdf, 200);
  }

  @Test
  void hyphenatedReleasesConformToPdfAAndPdfUa() {
    for (PressRelease release : List.of(german(), english())) {
      byte[] pdf = PdfTesting.render(justified(MARGIN), release);
      assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A));
      assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    }
  }

  /** Releases of long words on narrow pages read back exactly and stay inside the measure. */
  @Property(tries = 40)
  void longWordsOnNarrowPagesReadBackAndFit(
      @ForAll("longWords") PressRelease release, @ForAll boolean justify) throws Exception {
    float right = 150;
    byte[] pdf =
        PdfTesting.render(
            PdfRenderer.builder()
                .justify(justify)
                .margins(64, right, 72, MARGIN)
                .fontSize(13)
                .systemFonts(SystemFonts.NONE)
                .build(),
            release);
    assertEquals(release, parse(pdf));
    assertWithinMeasure(pdf, right);
  }

  @Provide
  Arbitrary<PressRelease> longWords() {
    Arbitrary<String> syllable =
        Arbitraries.of(
            "ver", "kehrs", "mi", "nis", "te", "ri", "um", "schaft", "ge", "sell", "bun", "des",
            "in", "fra", "struk", "tur", "über", "prü", "fung", "tion", "al", "ity", "com", "mu",
            "ni", "ca", "inter", "na", "Straße", "ÄÖÜ", "x", "0", "1", "-", ",", ".");
    Arbitrary<String> word =
        syllable.list().ofMinSize(1).ofMaxSize(30).map(s -> String.join("", s));
    Arbitrary<String> paragraph =
        Combinators.combine(
                word.list().ofMinSize(1).ofMaxSize(25),
                Arbitraries.of(" ", " ", " ", "\u00AD", "\u00A0").list().ofSize(25))
            .as(
                (words, seps) -> {
                  StringBuilder out = new StringBuilder();
                  for (int i = 0; i < words.size(); i++) {
                    out.append(i > 0 ? seps.get(i) : "").append(words.get(i));
                  }
                  return out.toString();
                });
    return Combinators.combine(
            paragraph.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("de", "en", "fr", "ja"))
        .as(
            (paragraphs, language) ->
                PressRelease.builder()
                    .title("Lange Wörter")
                    .language(language)
                    .paragraphs(paragraphs)
                    .build());
  }

  @Test
  void theSeedAndLongReleasesReadBackHyphenated() throws Exception {
    for (PressRelease release :
        List.of(Releases.seed(), PdfTesting.longRelease(30), PdfTesting.richExample())) {
      for (boolean justify : new boolean[] {false, true}) {
        byte[] pdf =
            PdfTesting.render(
                PdfRenderer.builder().justify(justify).systemFonts(SystemFonts.NONE).build(),
                release.toBuilder().language("en").build());
        assertEquals(release.toBuilder().language("en").build(), parse(pdf));
        assertWithinMeasure(pdf, MARGIN);
      }
    }
  }

  /**
   * Every drawn glyph but spaces (a line's trailing spaces stay on it) ends left of the page width
   * less the right margin, and starts right of the left margin.
   */
  static void assertWithinMeasure(byte[] pdf, float rightMargin) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float limit = document.getPage(0).getMediaBox().getWidth() - rightMargin + EPSILON;
      List<String> over = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              String unicode = text.getUnicode();
              if (unicode == null || unicode.isBlank() || unicode.equals("\u00A0")) {
                return;
              }
              float right = text.getXDirAdj() + text.getWidthDirAdj();
              if (right > limit) {
                over.add(
                    String.format(Locale.ROOT, "'%s' ends at %.3f > %.3f", unicode, right, limit));
              }
              if (text.getXDirAdj() < MARGIN - 40) { // list labels hang into the margin
                over.add(String.format(Locale.ROOT, "'%s' starts at %.3f", unicode, right));
              }
            }
          };
      stripper.getText(document);
      assertEquals(List.of(), over);
    }
  }
}
