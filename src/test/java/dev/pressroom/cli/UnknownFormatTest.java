package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format nobody provides is bad usage (exit 2), and the message lists the known ones. */
class UnknownFormatTest {
  @TempDir Path dir;

  @BeforeEach
  void input() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
  }

  @Test
  void rejectsAnUnknownTargetFormat() throws Exception {
    CliRunner.Result result = new CliRunner(dir).run("convert", "a.json", "--to", "lines,odt");

    assertEquals(2, result.status());
    assertEquals(
        List.of(
            "pressroom: unknown format \"odt\" for --to (known: broken, crash, json, lines)"
                + " (see: pressroom convert --help)"),
        result.stderrLines());
    assertEquals(List.of("a.json"), TestFormats.files(dir));
  }

  @Test
  void rejectsAnUnknownSourceFormat() {
    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "--from", "odt", "--to", "lines");

    assertEquals(2, result.status());
    assertEquals(
        List.of(
            "pressroom: unknown format \"odt\" for --from (known: json, lines)"
                + " (see: pressroom convert --help)"),
        result.stderrLines());
  }

  @Test
  void rejectsAnUnknownFormatToInspectAs() {
    CliRunner.Result result = new CliRunner(dir).run("inspect", "--from", "odt", "a.json");

    assertEquals(2, result.status());
    assertEquals(
        List.of(
            "pressroom: unknown format \"odt\" for --from (known: json, lines)"
                + " (see: pressroom inspect --help)"),
        result.stderrLines());
    assertEquals("", result.stdout());
  }

  @Test
  void acceptsFormatNamesInAnyCase() throws Exception {
    CliRunner.Result result = new CliRunner(dir).run("convert", "a.json", "--to", "LINES");

    assertEquals(0, result.status(), result.stderr());
    assertEquals(List.of("a.json", "a.lines"), TestFormats.files(dir));
  }

  @Test
  void writesEveryFormatForAll() throws Exception {
    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "--to", "json,all", "-o", "out/");

    // all = broken, crash, json, lines: the two failing ones fail, the others are written
    assertEquals(1, result.status());
    assertEquals(List.of("a.json", "a.lines"), TestFormats.files(dir.resolve("out")));
  }
}
