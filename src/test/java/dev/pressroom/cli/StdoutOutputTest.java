package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.testing.Releases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o -}: the one output goes to stdout, byte for byte, and nothing else does. */
class StdoutOutputTest {
  @TempDir Path dir;

  @Test
  void writesTheOutputToStdout() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\nBody one\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "json", "-o", "-");

    assertEquals(0, result.status(), result.stderr());
    assertEquals("", result.stderr());
    assertEquals(
        new String(
            TestFormats.json(
                dev.pressroom.model.PressRelease.builder()
                    .title("First")
                    .paragraph("Body one")
                    .build())),
        result.stdout());
    assertEquals(List.of("a.lines"), TestFormats.files(dir));
  }

  @Test
  void keepsTheBytesAsTheyAre() throws Exception {
    TestFormats.writeJson(dir.resolve("seed.json"));

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "seed.json", "--to", "json", "-o", "-");

    assertEquals(0, result.status(), result.stderr());
    assertArrayEquals(TestFormats.json(Releases.seed()), result.stdoutBytes());
  }

  @Test
  void printsNothingOnStdoutWhenTheRenderFails() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "broken", "-o", "-");

    assertEquals(1, result.status());
    assertEquals(0, result.stdoutBytes().length);
    assertEquals(
        List.of("pressroom: a.lines: broken: no font shows U+2603 in paragraph 1"),
        result.stderrLines());
  }
}
