package dev.pressroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pressroom.cli.Cli;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Seeds;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/} holds exactly what the documented script ({@code src/samples/regenerate.sh})
 * writes: the seed and the rich samples of {@code src/samples/} in every format there is, the seed
 * on the letterhead of {@code src/samples/letterhead/style.yaml} in {@code samples/letterhead/},
 * and a PNG preview of every PDF's first page. This test runs the same conversions in-process into
 * a temporary folder and fails, naming the file and the script, when a sample is stale, missing or
 * no longer written; the previews are rendered again with pdftoppm and must show the same page.
 */
class SamplesTest {
  static final String COMMAND = "bash src/samples/regenerate.sh";

  /** The rich sample releases, written by us as JSON: every element of version 2, two languages. */
  private static final Path RICH = Path.of("src/samples");

  private static final Path STYLE = Path.of("src/samples/letterhead/style.yaml");

  private static final Path SAMPLES = Path.of("samples");

  /** The share of pixels a preview may differ by from a fresh rendering (anti-aliasing). */
  private static final double PREVIEW_TOLERANCE = 0.005;

  @TempDir Path fresh;

  private void convert(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Cli(Pressroom::standard, Path.of(""), new ByteArrayOutputStream(), err, false)
            .run(args);
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void samplesAreWhatTheDocumentedScriptWrites() throws IOException {
    assumeTrue(
        Pressroom.standard().parser("txt").isPresent(),
        "skipped: no txt parser on the class path, so the seed cannot be read; samples/ is"
            + " checked once the txt format is there");
    String seed = Seeds.seedFile().toString();
    convert("convert", seed, RICH + "/", "--to", "all", "-o", fresh + "/");
    convert(
        "convert",
        seed,
        "--to",
        "pdf,docx",
        "--style",
        STYLE.toString(),
        "-o",
        fresh.resolve("letterhead") + "/");

    List<String> problems = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(list(fresh));
    names.addAll(list(SAMPLES));
    for (String name : names) {
      Path sample = SAMPLES.resolve(name);
      Path written = fresh.resolve(name);
      if (name.endsWith(".page1.png")) {
        String pdf = name.substring(0, name.length() - ".page1.png".length()) + ".pdf";
        if (!Files.exists(fresh.resolve(pdf))) {
          problems.add(sample + " previews no PDF: delete it");
        }
      } else if (!Files.exists(written)) {
        problems.add(sample + " is no longer written: delete it");
      } else if (!Files.exists(sample)) {
        problems.add(sample + " is missing");
      } else if (!Arrays.equals(Files.readAllBytes(sample), Files.readAllBytes(written))) {
        problems.add(sample + " is stale");
      }
    }
    assertEquals(
        List.of(),
        problems,
        "samples/ differs from what Pressroom writes now; regenerate it with: " + COMMAND);
  }

  @Test
  void everyPdfSampleHasAPreviewOfItsFirstPage() throws IOException {
    ExternalTools.require("pdftoppm");
    List<String> problems = new ArrayList<>();
    for (String name : list(SAMPLES)) {
      if (!name.endsWith(".pdf")) {
        continue;
      }
      String stem = name.substring(0, name.length() - ".pdf".length());
      Path preview = SAMPLES.resolve(stem + ".page1.png");
      if (!Files.exists(preview)) {
        problems.add(preview + " is missing");
        continue;
      }
      Path out = fresh.resolve(stem.replace('/', '_'));
      ExternalTools.Result result =
          ExternalTools.run(
              60,
              fresh,
              List.of(
                  "pdftoppm",
                  "-png",
                  "-r",
                  "60",
                  "-f",
                  "1",
                  "-l",
                  "1",
                  "-singlefile",
                  SAMPLES.resolve(name).toAbsolutePath().toString(),
                  out.toString()));
      assertEquals(0, result.exitCode(), result.stderr());
      double differs = differs(read(preview), read(Path.of(out + ".png")));
      if (differs > PREVIEW_TOLERANCE) {
        problems.add(
            preview + " differs from page 1 by " + Math.round(differs * 1000) / 10.0 + " %");
      }
    }
    assertEquals(List.of(), problems, "regenerate the previews with: " + COMMAND);
  }

  private static BufferedImage read(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException(png + " is not a PNG");
    }
    return image;
  }

  /** The share of pixels that differ by more than a little; 1 when the sizes differ. */
  private static double differs(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return 1;
    }
    long differing = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int d =
            Math.abs((p >> 16 & 0xff) - (q >> 16 & 0xff))
                + Math.abs((p >> 8 & 0xff) - (q >> 8 & 0xff))
                + Math.abs((p & 0xff) - (q & 0xff));
        differing += d > 48 ? 1 : 0;
      }
    }
    return differing / (double) (a.getWidth() * a.getHeight());
  }

  /** The files under {@code dir}, as paths relative to it with {@code /}. */
  private static List<String> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> dir.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
