package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.Direction;
import dev.pressroom.model.Block;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Scripts;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A release in each script, with a heading, a list, a quote and emphasis, strong text and a link in
 * the script: it reads back exactly, pdftotext gives its words, veraPDF passes it as PDF/A-2a and
 * PDF/UA-1, and right-to-left lines end at the right margin.
 */
class PdfScriptsTest {
  @TempDir Path temp;

  static Stream<Arguments> samples() {
    return Scripts.SAMPLES.stream().map(s -> Arguments.of(s.name(), s));
  }

  /** The sample's words, a few of them at a time, as every kind of block. */
  static PressRelease release(Scripts.Sample sample) {
    String[] words = sample.text().split(" ");
    String head = String.join(" ", List.of(words).subList(0, 3));
    String middle = String.join(" ", List.of(words).subList(3, 6));
    return PressRelease.builder()
        .title(head)
        .subtitle(middle)
        .language(sample.language())
        .block(Block.Paragraph.of(sample.text()))
        .block(
            new Block.Paragraph(
                List.of(
                    new Inline.Text(head + " "),
                    new Inline.Strong(Inline.text(words[3])),
                    new Inline.Text(" "),
                    new Inline.Emphasis(Inline.text(words[4] + " " + words[5])),
                    new Inline.Text(" "),
                    new Inline.Link(Inline.text(middle), URI.create("https://example.org/")),
                    new Inline.Text(" " + sample.text()))))
        .block(Block.Heading.of(2, middle))
        .block(
            new Block.ItemList(
                true, List.of(ListItem.of(head), ListItem.of(middle), ListItem.of(sample.text()))))
        .block(new Block.Quote(List.of(Block.Paragraph.of(sample.text())), head))
        .build();
  }

  private static PdfRenderer renderer(Scripts.Sample sample, boolean justify) {
    PdfRenderer.Builder builder = PdfRenderer.builder().systemFonts(SystemFonts.NONE);
    builder.addFont(sample.regular()).addFont(sample.bold()).justify(justify);
    return builder.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void readsBackExactly(String name, Scripts.Sample sample) throws Exception {
    PressRelease release = release(sample);
    for (boolean justify : new boolean[] {false, true}) {
      byte[] pdf = PdfTesting.render(renderer(sample, justify), release);
      PressRelease read =
          new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of(name + ".pdf"));
      assertEquals(release, read, name + (justify ? ", justified" : ""));
    }
  }

  /**
   * pdftotext reads the glyphs of right-to-left lines in visual order and reverses them, and takes
   * reordered left-to-right runs from their {@code /ActualText}. Urdu is read here in the Naskh
   * face: Nastaliq's glyphs cascade down a word, and poppler takes each step for a line of its own
   * (as it does in LibreOffice's PDFs); our reader and the elements' {@code /ActualText} stay exact
   * in Nastaliq too ({@link #readsBackExactly}).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pdftotextGivesTheWords(String name, Scripts.Sample sample) {
    ExternalTools.require("pdftotext");
    Scripts.Sample face =
        sample.font().contains("Nastaliq")
            ? new Scripts.Sample(
                name, sample.language(), sample.text(), Scripts.sample("Arabic").font())
            : sample;
    byte[] pdf = PdfTesting.render(renderer(face, false), release(sample));
    Path file = PdfTesting.temp(pdf, temp);
    ExternalTools.Result result =
        ExternalTools.run(60, temp, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    // poppler marks right-to-left lines with embedding controls
    String text = result.stdout().replaceAll("[\\u202A-\\u202E]", "").replaceAll("\\s+", " ");
    for (String word : sample.text().split(" ")) {
      String bare = word.replaceAll("[.,،۔।]", "");
      assertTrue(text.contains(bare), name + ": pdftotext lost '" + bare + "':\n" + text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void conformsToPdfA2aAndPdfUa1(String name, Scripts.Sample sample) {
    byte[] pdf = PdfTesting.render(renderer(sample, true), release(sample));
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A), name + ": PDF/A-2a");
    assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1), name + ": PDF/UA-1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void linesEndAtTheMarginOfTheirDirection(String name, Scripts.Sample sample) throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .language(sample.language())
            .paragraph(line(sample))
            .build();
    byte[] pdf = PdfTesting.render(renderer(sample, false), release);
    float left = 72;
    float right = 595.28f - 72;
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (DrawnGlyphs.Group group : DrawnGlyphs.of(pdf)) {
      if (group.size() == 11 && !group.text().equals("T")) { // the paragraph, not title or footer
        for (DrawnGlyphs.Glyph glyph : group.glyphs()) {
          min = Math.min(min, glyph.x());
          max = Math.max(max, glyph.x());
        }
      }
    }
    if (Direction.rightToLeftLanguage(sample.language())) {
      assertTrue(max > right - 20 && max <= right, name + ": ends at " + max + ", not at " + right);
      assertTrue(min > left + 50, name + ": a short line starts at the right, not at " + min);
    } else {
      assertEquals(left, min, 0.5, name + ": starts at the left margin");
    }
  }

  /** The sample's first three words: a line shorter than the measure. */
  private static String line(Scripts.Sample sample) {
    return String.join(" ", List.of(sample.text().split(" ")).subList(0, 3));
  }
}
