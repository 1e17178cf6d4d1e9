package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.Pressroom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --verbose} prints each warning of each input as one line on stderr; nothing without. */
class VerboseWarningsTest {
  @TempDir Path dir;

  private CliRunner.Result run(String... args) throws Exception {
    Files.write(
        dir.resolve("damaged.txt"),
        "Title\n\nThe minister didn\u00E2\u0080\u0099t say\u0090 more.\n"
            .getBytes(StandardCharsets.UTF_8));
    return new CliRunner(dir, Pressroom.standard(), false).run(args);
  }

  @Test
  void verboseShowsTheWarnings() throws Exception {
    CliRunner.Result result = run("convert", "--verbose", "damaged.txt", "--to", "json");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(
        List.of(
            "pressroom: damaged.txt: warning: repaired mojibake (UTF-8 text that had been decoded"
                + " as Windows-1252 or Latin-1)",
            "pressroom: damaged.txt: warning: dropped control characters"),
        result.stderrLines());
  }

  @Test
  void inspectTakesItToo() throws Exception {
    CliRunner.Result result = run("inspect", "-v", "damaged.txt");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(2, result.stderrLines().size(), result.stderr());
  }

  @Test
  void withoutVerboseNothingIsPrinted() throws Exception {
    CliRunner.Result result = run("convert", "damaged.txt", "--to", "json");
    assertEquals(0, result.status(), result.stderr());
    assertEquals("", result.stderr());
  }
}
