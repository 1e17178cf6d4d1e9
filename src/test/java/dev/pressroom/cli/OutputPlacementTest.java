package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where outputs go: the current folder, {@code -o DIR}, {@code -o FILE}; and no collisions. */
class OutputPlacementTest {
  @TempDir Path dir;

  @Test
  void writesIntoTheCurrentFolderByDefault() throws Exception {
    TestFormats.write(dir.resolve("in/a.b.lines"), "A\n");

    CliRunner.Result result = new CliRunner(dir).run("convert", "in/a.b.lines", "--to", "json");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(List.of("a.b.json", "in/a.b.lines"), TestFormats.files(dir));
  }

  @Test
  void createsTheOutputFolder() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "json,lines", "-o", "new/deeper/");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(List.of("a.json", "a.lines"), TestFormats.files(dir.resolve("new/deeper")));
  }

  @Test
  void writesIntoAnExistingFolderNamedWithoutASlash() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");
    Files.createDirectories(dir.resolve("out.d"));

    new CliRunner(dir).run("convert", "a.lines", "--to", "json", "-o", "out.d");

    assertEquals(List.of("a.json"), TestFormats.files(dir.resolve("out.d")));
  }

  @Test
  void writesOneOutputToTheNamedFile() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.lines", "--to", "json", "-o", "sub/release.txt");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(List.of("a.lines", "sub/release.txt"), TestFormats.files(dir));
    assertArrayEquals(
        TestFormats.json(PressRelease.builder().title("A").build()),
        Files.readAllBytes(dir.resolve("sub/release.txt")));
  }

  @Test
  void refusesTwoInputsWithTheSameOutput() throws Exception {
    TestFormats.write(dir.resolve("x/a.lines"), "First\n");
    TestFormats.write(dir.resolve("y/a.lines"), "Second\n");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "x/a.lines", "y/a.lines", "--to", "json", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(
        "pressroom: y/a.lines: not converted: out/a.json is also the output of x/a.lines"
            + " (convert them into different folders)",
        result.stderrLines().get(0));
    assertEquals(List.of("a.json"), TestFormats.files(dir.resolve("out")));
    assertArrayEquals(
        TestFormats.json(PressRelease.builder().title("First").build()),
        Files.readAllBytes(dir.resolve("out/a.json")));
  }

  @Test
  void refusesToReplaceAnInput() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");
    TestFormats.writeJson(dir.resolve("a.json"));
    byte[] before = Files.readAllBytes(dir.resolve("a.json"));

    CliRunner.Result result = new CliRunner(dir).run("convert", ".", "--to", "json");

    assertEquals(1, result.status());
    assertEquals(
        List.of(
            "pressroom: ./a.json: not converted: its output a.json would replace an input"
                + " (choose -o)",
            "pressroom: ./a.lines: not converted: its output a.json would replace an input"
                + " (choose -o)"),
        result.stderrLines().subList(0, 2));
    assertArrayEquals(before, Files.readAllBytes(dir.resolve("a.json")));
  }
}
