package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.Pressroom;
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

  @Test
  void writesTheOtherFormatsWhenOneWouldReplaceTheInput() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "A\n");

    CliRunner.Result result = new CliRunner(dir).run("convert", "a.lines", "--to", "lines,json");

    assertEquals(1, result.status());
    assertEquals(
        List.of(
            "pressroom: a.lines: lines: not written: its output a.lines would replace an input"
                + " (choose -o)"),
        result.stderrLines());
    assertEquals(List.of("a.json", "a.lines"), TestFormats.files(dir));
    assertEquals("A\n", Files.readString(dir.resolve("a.lines")));
    assertArrayEquals(
        TestFormats.json(PressRelease.builder().title("A").build()),
        Files.readAllBytes(dir.resolve("a.json")));
  }

  @Test
  void writesFiveFormatsForAllBesideATextInput() throws Exception {
    Path seed = Path.of("seeds/000_ef7c4c50acd32147.txt");
    Files.copy(seed, dir.resolve("a.txt"));

    CliRunner.Result result =
        new CliRunner(dir, Pressroom.standard(), false).run("convert", "a.txt", "--to", "all");

    assertEquals(1, result.status());
    assertEquals(
        List.of(
            "pressroom: a.txt: txt: not written: its output a.txt would replace an input"
                + " (choose -o)"),
        result.stderrLines());
    assertEquals(
        List.of("a.docx", "a.html", "a.json", "a.md", "a.pdf", "a.txt"), TestFormats.files(dir));
    assertArrayEquals(Files.readAllBytes(seed), Files.readAllBytes(dir.resolve("a.txt")));
    PressRelease release = Pressroom.read(seed);
    for (String format : List.of("docx", "html", "json", "md", "pdf")) {
      assertEquals(release, Pressroom.read(dir.resolve("a." + format)), format);
    }
  }

  @Test
  void anInputWithNoOutputLeftToWriteIsNotConverted() throws Exception {
    TestFormats.write(dir.resolve("a.lines"), "Lines\n");
    TestFormats.writeJson(dir.resolve("a.json"));
    byte[] json = Files.readAllBytes(dir.resolve("a.json"));

    // a.json: a.json is itself, a.lines the other input: nothing to write, not converted.
    // a.lines: a.json and a.lines are both inputs: not converted either.
    CliRunner.Result result = new CliRunner(dir).run("convert", ".", "--to", "json,lines");

    assertEquals(1, result.status());
    assertEquals(
        List.of(
            "pressroom: ./a.json: not converted: its output a.json would replace an input"
                + " (choose -o)",
            "pressroom: ./a.lines: not converted: its output a.json would replace an input"
                + " (choose -o)"),
        result.stderrLines().subList(0, 2));
    assertArrayEquals(json, Files.readAllBytes(dir.resolve("a.json")));
  }
}
