package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad input in a batch: the others are still converted and it is reported exactly once. */
class BatchWithBadInputTest {
  @TempDir Path dir;

  @Test
  void convertsTheOthersAndReportsTheBadOneOnce() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\nBody one\n");
    TestFormats.write(dir.resolve("b.json"), "{\"title\": \"T\", \"colour\": 1}");
    TestFormats.write(dir.resolve("c.lines"), "Third\nBody three\n");

    CliRunner.Result result =
        new CliRunner(dir)
            .run("convert", "a.lines", "b.json", "c.lines", "--to", "json,lines", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(
        List.of("a.json", "a.lines", "c.json", "c.lines"), TestFormats.files(dir.resolve("out")));
    assertArrayEquals(
        TestFormats.json(PressRelease.builder().title("First").paragraph("Body one").build()),
        Files.readAllBytes(dir.resolve("out/a.json")));
    List<String> lines = result.stderrLines();
    assertEquals(2, lines.size(), result.stderr());
    assertTrue(lines.get(0).startsWith("pressroom: b.json: "), lines.get(0));
    assertTrue(lines.get(0).contains("colour"), lines.get(0));
    assertTrue(
        lines.get(1).matches("converted 2 of 3 inputs \\(1 failed\\) in \\d+\\.\\d s"),
        lines.get(1));
  }

  @Test
  void reportsEveryFailedFormatOfAnInputOnItsOneLine() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\nBody one\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "broken,json,crash", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(List.of("a.json"), TestFormats.files(dir.resolve("out")));
    assertEquals(
        List.of(
            "pressroom: a.lines: broken: no font shows U+2603 in paragraph 1;"
                + " crash: internal error: java.lang.IllegalStateException: renderer bug"),
        result.stderrLines());
  }

  @Test
  void printsNoSummaryForOneInput() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\n");

    CliRunner.Result result = new CliRunner(dir).run("convert", "a.lines", "--to", "json");

    assertEquals(0, result.status());
    assertEquals("", result.stderr());
    assertEquals("", result.stdout());
  }

  @Test
  void summarisesABatchThatAllConverted() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "First\n");
    TestFormats.write(dir.resolve("b.lines"), "Second\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "b.lines", "--to", "json");

    assertEquals(0, result.status());
    assertTrue(
        result.stderr().matches("converted 2 of 2 inputs in \\d+\\.\\d s\n"), result.stderr());
  }
}
