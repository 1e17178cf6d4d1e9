package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Scripts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One line per script as the page shows it (pdftoppm) against HarfBuzz's own drawing of the same
 * text in the same face and size ({@code hb-view}): the ink matches to within a pixel almost
 * everywhere. A control shows the comparison has teeth: the same letters drawn unjoined (a ZWNJ
 * between each) do not pass.
 */
class PdfScriptImagesTest {
  /** Pixels per em in both images: a 19 pt title at 144 dpi. */
  private static final int PIXELS_PER_EM = 38;

  /** The share of ink pixels allowed without ink within a pixel in the other image. */
  private static final double TOLERANCE = 0.03;

  @TempDir Path temp;

  static Stream<Arguments> samples() {
    return Scripts.SAMPLES.stream().map(s -> Arguments.of(s.name(), s));
  }

  /** A line of the sample without Latin letters or digits: its first words. */
  static String line(Scripts.Sample sample) {
    if (sample.name().equals("Thai")) {
      return sample.text().substring(0, 20); // กระทรวงการต่างประเทศ, a word boundary
    }
    String[] words = sample.text().split(" ");
    return words[0] + " " + words[1];
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pageShowsWhatHarfBuzzDraws(String name, Scripts.Sample sample) throws IOException {
    ExternalTools.require("pdftoppm");
    ExternalTools.require("hb-view");
    String line = line(sample);
    PdfRenderer renderer =
        PdfTesting.measuredLayout()
            .systemFonts(SystemFonts.NONE)
            .fontSize(19 * HouseStyle.BODY_SIZE / HouseStyle.TITLE.size()) // a 19 pt title
            .addFont(sample.regular())
            .addFont(sample.bold())
            .build();
    byte[] pdf =
        PdfTesting.render(
            renderer, PressRelease.builder().title(line).language(sample.language()).build());
    boolean[][] page = ink(pageImage(pdf), 0.8);
    boolean[][] harfBuzz = ink(hbView(face(sample, line), line), 1.0);
    double mismatch = mismatch(page, harfBuzz);
    assertTrue(
        mismatch < TOLERANCE,
        name + ": " + Math.round(mismatch * 1000) / 10.0 + " % of the ink differs from hb-view");
  }

  @Test
  void unjoinedLettersDoNotPass() throws IOException {
    ExternalTools.require("hb-view");
    Scripts.Sample arabic = Scripts.sample("Arabic");
    String line = line(arabic);
    String unjoined = String.join("\u200C", line.split(""));
    double mismatch =
        mismatch(ink(hbView(arabic.bold(), line), 1.0), ink(hbView(arabic.bold(), unjoined), 1.0));
    assertTrue(mismatch > 3 * TOLERANCE, "unjoined Arabic differs by " + mismatch);
  }

  /**
   * The face the title is set in: bundled Liberation Serif Bold when it has every letter (it has
   * Hebrew), else the sample's bold Noto face.
   */
  private Path face(Scripts.Sample sample, String line) throws IOException {
    FontProgram liberation = FontProgram.resource("fonts/LiberationSerif-Bold.ttf").get(0);
    if (line.codePoints().allMatch(cp -> liberation.glyph(cp) != 0)) {
      Path file = temp.resolve("LiberationSerif-Bold.ttf");
      if (!Files.exists(file)) {
        try (var in = getClass().getResourceAsStream("fonts/LiberationSerif-Bold.ttf")) {
          Files.copy(in, file);
        }
      }
      return file;
    }
    return sample.bold();
  }

  private BufferedImage pageImage(byte[] pdf) throws IOException {
    Path file = PdfTesting.temp(pdf, temp);
    Path out = temp.resolve("page");
    ExternalTools.Result result =
        ExternalTools.run(
            60,
            temp,
            List.of(
                "pdftoppm",
                "-r",
                "144",
                "-gray",
                "-png",
                "-singlefile",
                file.toString(),
                out.toString()));
    assertEquals(0, result.exitCode(), result.stderr());
    return ImageIO.read(temp.resolve("page.png").toFile());
  }

  private BufferedImage hbView(Path font, String text) throws IOException {
    Path out = Files.createTempFile(temp, "hb", ".png");
    ExternalTools.Result result =
        ExternalTools.run(
            60,
            temp,
            List.of(
                "hb-view",
                "--font-size=" + PIXELS_PER_EM,
                "--margin=10",
                "--background=FFFFFF",
                "--foreground=000000",
                "-O",
                "png",
                "-o",
                out.toString(),
                font.toString(),
                text));
    assertEquals(0, result.exitCode(), result.stderr());
    return ImageIO.read(out.toFile());
  }

  /**
   * Dark pixels of the top {@code share} of the image (the page footer is below), cropped to their
   * bounding box.
   */
  private static boolean[][] ink(BufferedImage image, double share) {
    int height = (int) (image.getHeight() * share);
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (dark(image, x, y)) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    assertTrue(maxX >= 0, "no ink at all");
    boolean[][] ink = new boolean[maxY - minY + 1][maxX - minX + 1];
    for (int y = minY; y <= maxY; y++) {
      for (int x = minX; x <= maxX; x++) {
        ink[y - minY][x - minX] = dark(image, x, y);
      }
    }
    return ink;
  }

  private static boolean dark(BufferedImage image, int x, int y) {
    int rgb = image.getRGB(x, y);
    int grey = ((rgb >> 16 & 255) + (rgb >> 8 & 255) + (rgb & 255)) / 3;
    return grey < 128;
  }

  /** The share of ink pixels of either image with no ink within one pixel in the other. */
  static double mismatch(boolean[][] a, boolean[][] b) {
    int[] counts = new int[2];
    unmatched(a, b, counts);
    int unmatchedA = counts[1];
    int inkA = counts[0];
    unmatched(b, a, counts);
    return (double) (unmatchedA + counts[1]) / Math.max(1, inkA + counts[0]);
  }

  private static void unmatched(boolean[][] a, boolean[][] b, int[] counts) {
    counts[0] = 0;
    counts[1] = 0;
    for (int y = 0; y < a.length; y++) {
      for (int x = 0; x < a[y].length; x++) {
        if (!a[y][x]) {
          continue;
        }
        counts[0]++;
        boolean near = false;
        for (int dy = -1; dy <= 1 && !near; dy++) {
          for (int dx = -1; dx <= 1 && !near; dx++) {
            int yy = y + dy;
            int xx = x + dx;
            near = yy >= 0 && yy < b.length && xx >= 0 && xx < b[yy].length && b[yy][xx];
          }
        }
        counts[1] += near ? 0 : 1;
      }
    }
  }
}
