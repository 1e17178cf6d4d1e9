package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect} prints the JSON form of what it reads, on stdout only. */
class InspectCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheJsonForm() throws Exception {
    TestFormats.writeJson(dir.resolve("seed.json"));

    CliRunner.Result result = new CliRunner(dir).run("inspect", "seed.json");

    assertEquals(0, result.status(), result.stderr());
    assertEquals("", result.stderr());
    assertArrayEquals(TestFormats.json(Releases.seed()), result.stdoutBytes());
  }

  @Test
  void readsTheFormatNamedByFrom() throws Exception {
    TestFormats.write(dir.resolve("release.txt"), "Title\nBody\n");

    CliRunner.Result result = new CliRunner(dir).run("inspect", "--from", "lines", "release.txt");

    assertEquals(0, result.status(), result.stderr());
    assertArrayEquals(
        TestFormats.json(PressRelease.builder().title("Title").paragraph("Body").build()),
        result.stdoutBytes());
  }

  @Test
  void reportsAFolder() throws Exception {
    TestFormats.writeJson(dir.resolve("in/a.json"));

    CliRunner.Result result = new CliRunner(dir).run("inspect", "in");

    assertEquals(1, result.status());
    assertEquals(List.of("pressroom: in: is a directory"), result.stderrLines());
    assertEquals("", result.stdout());
  }
}
