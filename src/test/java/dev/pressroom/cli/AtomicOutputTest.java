package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer that fails half-way leaves no output file and no temporary file, and a file that was
 * there before keeps its content. The renderers under test write some bytes before they fail.
 */
class AtomicOutputTest {
  @TempDir Path dir;

  @BeforeEach
  void input() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "Title\nBody\n");
  }

  @Test
  void leavesNoFileWhenTheRendererFails() throws Exception {
    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "broken,json", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(List.of("a.json"), TestFormats.files(dir.resolve("out")));
  }

  @Test
  void leavesNoFileWhenTheRendererCrashes() throws Exception {
    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "crash", "-o", "out/a.crash");

    assertEquals(1, result.status());
    assertEquals(List.of(), TestFormats.files(dir.resolve("out")));
    assertEquals(
        List.of(
            "pressroom: a.lines: crash: internal error: java.lang.IllegalStateException:"
                + " renderer bug"),
        result.stderrLines());
  }

  @Test
  void keepsTheOldFileWhenTheNewOneFails() throws Exception {
    TestFormats.write(dir.resolve("out/a.broken"), "the previous output");

    new CliRunner(dir).run("convert", "a.lines", "--to", "broken", "-o", "out/");

    assertEquals(List.of("a.broken"), TestFormats.files(dir.resolve("out")));
    assertEquals("the previous output", Files.readString(dir.resolve("out/a.broken")));
  }

  @Test
  void showsTheStackTraceOnlyWithDebug() {
    CliRunner.Result quiet = new CliRunner(dir).run("convert", "a.lines", "--to", "crash");
    CliRunner.Result debug =
        new CliRunner(dir).run("convert", "--debug", "a.lines", "--to", "crash");

    assertEquals(1, quiet.stderrLines().size(), quiet.stderr());
    assertEquals(quiet.stderrLines().get(0), debug.stderrLines().get(0));
    assertTrue(
        debug.stderr().contains("\tat dev.pressroom.cli.TestFormats$CrashingRenderer.render"),
        debug.stderr());
  }

  @Test
  void acceptsDebugBeforeTheCommand() {
    CliRunner.Result debug =
        new CliRunner(dir).run("--debug", "convert", "a.lines", "--to", "crash");

    assertEquals(1, debug.status());
    assertTrue(debug.stderr().contains("\tat "), debug.stderr());
  }

  @Test
  void givesOutputsThePermissionsOfANewFile() throws Exception {
    Path plain = Files.createFile(dir.resolve("plain"));

    new CliRunner(dir).run("convert", "a.lines", "--to", "json");

    assertEquals(
        Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("a.json")));
  }
}
