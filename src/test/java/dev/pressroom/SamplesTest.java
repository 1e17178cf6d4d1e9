package dev.pressroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pressroom.cli.Cli;
import dev.pressroom.testing.Seeds;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code samples/} holds exactly what the documented command writes from the seed and the rich
 * samples of {@code src/samples/} in every format there is. This test runs the same command
 * in-process into a temporary folder and fails, naming the file and the command, when a sample is
 * stale, missing or no longer written.
 */
class SamplesTest {
  static final String COMMAND =
      "mvn -B -q package -DskipTests && java -jar target/pressroom-cli.jar convert "
          + Seeds.seedFile()
          + " src/samples/ --to all -o samples/";

  /** The rich sample releases, written by us as JSON: every element of version 2, two languages. */
  private static final Path RICH = Path.of("src/samples");

  private static final Path SAMPLES = Path.of("samples");

  @TempDir Path fresh;

  @Test
  void samplesAreWhatTheDocumentedCommandWrites() throws IOException {
    assumeTrue(
        Pressroom.standard().parser("txt").isPresent(),
        "skipped: no txt parser on the class path, so the seed cannot be read; samples/ is"
            + " checked once the txt format is there");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Cli(Pressroom::standard, Path.of(""), new ByteArrayOutputStream(), err, false)
            .run(
                "convert",
                Seeds.seedFile().toString(),
                RICH.toString() + "/",
                "--to",
                "all",
                "-o",
                fresh + "/");
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));

    List<String> problems = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(list(fresh));
    names.addAll(list(SAMPLES));
    for (String name : names) {
      Path sample = SAMPLES.resolve(name);
      Path written = fresh.resolve(name);
      if (!Files.exists(written)) {
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

  private static List<String> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
