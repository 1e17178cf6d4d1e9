package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HarfBuzz is the oracle: for a sample paragraph in each script (with numbers and a Latin word),
 * every group of glyphs our PDF draws in one font from one position — run by run, the Latin title
 * and page footer included — has the glyphs and positions {@code hb-shape} gives for the same font
 * and text. Glyphs are compared by outline and advance (the PDF holds a renumbered subset), places
 * and rises to a hundredth of a point.
 */
class PdfShapingOracleTest {
  private static final Pattern GLYPH =
      Pattern.compile("(\\d+)=(\\d+)(?:@(-?\\d+),(-?\\d+))?\\+(-?\\d+)(?:,(-?\\d+))?");

  @TempDir static Path temp;
  private static final Map<String, Path> FILES = new HashMap<>();
  private static final Map<Path, TrueTypeFont> PARSED = new HashMap<>();

  @BeforeAll
  static void fonts() throws IOException {
    ExternalTools.require("hb-shape");
    for (Path font : Scripts.fonts()) {
      FILES.put(parse(font).getName(), font);
    }
    for (String face : List.of("Regular", "Bold")) {
      Path file = temp.resolve("LiberationSerif-" + face + ".ttf");
      try (InputStream in =
          PdfShapingOracleTest.class.getResourceAsStream(
              "fonts/LiberationSerif-" + face + ".ttf")) {
        Files.copy(in, file);
      }
      FILES.put(parse(file).getName(), file);
    }
  }

  private static TrueTypeFont parse(Path file) throws IOException {
    TrueTypeFont font = PARSED.get(file);
    if (font == null) {
      font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
      PARSED.put(file, font);
    }
    return font;
  }

  static Stream<Arguments> samples() {
    return Scripts.SAMPLES.stream().map(s -> Arguments.of(s.name(), s));
  }

  /**
   * A renderer with only the Noto faces added, the sample's first (Urdu is set in Nastaliq, not in
   * the Naskh face that also has its letters), and a line wide enough for every sample.
   */
  static PdfRenderer renderer(Scripts.Sample sample) {
    PdfRenderer.Builder builder =
        PdfTesting.measuredLayout()
            .systemFonts(SystemFonts.NONE)
            .margins(40, 24, 40, 24)
            .fontSize(9);
    builder.addFont(sample.regular()).addFont(sample.bold());
    Scripts.fonts().forEach(builder::addFont);
    return builder.build();
  }

  static PressRelease release(Scripts.Sample sample) {
    return PressRelease.builder()
        .title("Toyota AVA Wave To You")
        .language(sample.language())
        .paragraph(sample.text())
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyRunHasTheGlyphsAndPositionsHarfBuzzGives(String name, Scripts.Sample sample)
      throws IOException {
    byte[] pdf = PdfTesting.render(renderer(sample), release(sample));
    List<DrawnGlyphs.Group> groups = DrawnGlyphs.of(pdf);
    StringBuilder drawnText = new StringBuilder();
    int shaped = 0;
    for (DrawnGlyphs.Group group : groups) {
      Path file = FILES.get(group.font());
      assertTrue(file != null, "a font the test did not add: " + group.font());
      List<String[]> expected = hbShape(file, group.text(), group.rightToLeft());
      TrueTypeFont font = parse(file);
      float scale = group.size() / font.getUnitsPerEm();
      String where = name + ", run '" + group.text() + "' in " + group.font();
      assertEquals(expected.size(), group.glyphs().size(), where + ": glyph count");
      float pen = 0;
      float originX = group.glyphs().get(0).x();
      float firstOffset = Float.parseFloat(expected.get(0)[2]);
      for (int i = 0; i < expected.size(); i++) {
        String[] hb = expected.get(i);
        DrawnGlyphs.Glyph drawn = group.glyphs().get(i);
        int gid = Integer.parseInt(hb[0]);
        assertEquals(DrawnGlyphs.outline(font, gid), drawn.outline(), where + ": glyph " + i);
        float hbX = (pen + Float.parseFloat(hb[2]) - firstOffset) * scale;
        assertEquals(hbX, drawn.x() - originX, 0.01, where + ": x of glyph " + i);
        assertEquals(
            Float.parseFloat(hb[3]) * scale, drawn.rise(), 0.01, where + ": rise of glyph " + i);
        pen += Float.parseFloat(hb[4]);
      }
      drawnText.append(group.text());
      shaped += Shaper.needsShaping(group.text()) ? 1 : 0;
    }
    assertTrue(shaped > 0, name + ": no run was shaped");
    String all = drawnText.toString();
    for (String word : sample.text().split(" ")) {
      assertTrue(all.contains(word.replaceAll("[.,،۔।]", "")), name + ": '" + word + "' drawn");
    }
  }

  /** hb-shape's glyphs: id, cluster, x offset, y offset, x advance (font units). */
  static List<String[]> hbShape(Path font, String text, boolean rtl) {
    List<String> command = new ArrayList<>();
    command.add("hb-shape");
    command.add("--no-glyph-names");
    command.add("--direction=" + (rtl ? "rtl" : "ltr"));
    command.add(font.toString());
    command.add(text);
    ExternalTools.Result result = ExternalTools.run(60, temp, command);
    assertEquals(0, result.exitCode(), result.stderr());
    List<String[]> glyphs = new ArrayList<>();
    Matcher m = GLYPH.matcher(result.stdout());
    while (m.find()) {
      glyphs.add(
          new String[] {
            m.group(1),
            m.group(2),
            m.group(3) == null ? "0" : m.group(3),
            m.group(4) == null ? "0" : m.group(4),
            m.group(5)
          });
    }
    return glyphs;
  }
}
