package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder INPUT stands for the files below it that a parser reads, in path order, and their
 * outputs keep their place below the output folder.
 */
class FolderInputTest {
  @TempDir Path dir;

  @Test
  void convertsEveryReadableFileBelowTheFolder() throws Exception {
    TestFormats.write(dir.resolve("in/b.lines"), "B\n");
    TestFormats.write(dir.resolve("in/a/c.lines"), "C\n");
    TestFormats.writeJson(dir.resolve("in/a/z/d.json"));
    TestFormats.write(dir.resolve("in/notes.md"), "not a format of this installation");
    TestFormats.write(dir.resolve("in/.hidden.lines"), "Hidden\n");
    TestFormats.write(dir.resolve("in/.git/e.lines"), "Hidden too\n");

    CliRunner.Result result = new CliRunner(dir).run("convert", "in", "--to", "json", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(
        List.of("a/c.json", "a/z/d.json", "b.json"), TestFormats.files(dir.resolve("out")));
  }

  @Test
  void reportsFailuresInPathOrder() throws Exception {
    TestFormats.write(dir.resolve("in/b/x.lines"), "");
    TestFormats.write(dir.resolve("in/a.lines"), "");
    TestFormats.write(dir.resolve("in/c.lines"), "C\n");
    TestFormats.write(dir.resolve("in/B.lines"), "");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "in/", "--to", "json", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(
        List.of(
            "pressroom: in/B.lines: empty input",
            "pressroom: in/a.lines: empty input",
            "pressroom: in/b/x.lines: empty input"),
        result.stderrLines().subList(0, 3));
    assertEquals(List.of("c.json"), TestFormats.files(dir.resolve("out")));
  }

  @Test
  void takesOnlyTheExtensionsOfTheFormatNamedByFrom() throws Exception {
    TestFormats.write(dir.resolve("in/a.lines"), "A\n");
    TestFormats.writeJson(dir.resolve("in/b.json"));

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "in", "--from", "lines", "--to", "lines", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(List.of("a.lines"), TestFormats.files(dir.resolve("out")));
  }

  @Test
  void reportsAFolderWithNothingToConvert() throws Exception {
    Files.createDirectories(dir.resolve("in/sub"));
    TestFormats.write(dir.resolve("in/sub/readme.md"), "nothing for json or lines");

    CliRunner.Result result = new CliRunner(dir).run("convert", "in", "--to", "json", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(
        List.of("pressroom: in: no file to convert in this folder (extensions read: json, lines)"),
        result.stderrLines());
  }

  @Test
  void convertsAFileNamedTwiceOnce() throws Exception {
    TestFormats.write(dir.resolve("in/a.lines"), "A\n");

    CliRunner.Result result =
        new CliRunner(dir)
            .run("convert", "in", "in/a.lines", "./in/a.lines", "--to", "json", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    assertEquals("", result.stderr());
    assertEquals(List.of("a.json"), TestFormats.files(dir.resolve("out")));
  }
}
