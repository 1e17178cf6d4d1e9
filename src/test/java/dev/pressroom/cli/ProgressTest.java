package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch shows a progress bar only on a terminal, and clears it before every other line. */
class ProgressTest {
  @TempDir Path dir;

  private void inputs() throws Exception {
    TestFormats.write(dir.resolve("in/a.lines"), "A\n");
    TestFormats.write(dir.resolve("in/b.lines"), "");
    TestFormats.write(dir.resolve("in/c.lines"), "C\n");
  }

  @Test
  void drawsABarOnATerminal() throws Exception {
    inputs();

    CliRunner.Result result =
        new CliRunner(dir, CliRunner.standardTestFormats(), true)
            .run("convert", "in", "--to", "json", "-o", "out/");

    String err = result.stderr();
    assertTrue(err.contains("\r[##########....................] 1/3 "), err);
    assertTrue(err.contains("\r[##############################] 3/3 "), err);
    assertTrue(err.contains("\r" + " ".repeat(37) + "\rpressroom: in/b.lines"), err);
    // What stays on screen: on each line, what was written after the last carriage return.
    List<String> screen =
        Stream.of(err.split("\n")).map(line -> line.substring(line.lastIndexOf('\r') + 1)).toList();
    assertEquals("pressroom: in/b.lines: empty input", screen.get(0));
    assertTrue(screen.get(1).startsWith("converted 2 of 3 inputs (1 failed) in "), err);
    assertEquals(2, screen.size(), err);
  }

  @Test
  void drawsNothingElsewhere() throws Exception {
    inputs();

    CliRunner.Result result = new CliRunner(dir).run("convert", "in", "--to", "json", "-o", "out/");

    assertFalse(result.stderr().contains("\r"), result.stderr());
    assertFalse(result.stderr().contains("#"), result.stderr());
  }

  @Test
  void drawsNoBarForOneInput() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");

    CliRunner.Result result =
        new CliRunner(dir, CliRunner.standardTestFormats(), true)
            .run("convert", "a.lines", "--to", "json");

    assertEquals("", result.stderr());
  }
}
