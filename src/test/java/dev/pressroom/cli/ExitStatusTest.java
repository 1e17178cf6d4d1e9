package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitStatusTest {
  @TempDir Path dir;

  @Test
  void exitsZeroWhenEveryInputIsConverted() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
    TestFormats.writeJson(dir.resolve("b.json"));

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "b.json", "--to", "lines");

    assertEquals(0, result.status(), result.stderr());
    assertTrue(Files.isRegularFile(dir.resolve("a.lines")));
    assertTrue(Files.isRegularFile(dir.resolve("b.lines")));
  }

  @Test
  void exitsOneWhenSomeInputFails() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
    TestFormats.write(dir.resolve("b.json"), "{not json");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "b.json", "--to", "lines");

    assertEquals(1, result.status());
  }

  @Test
  void exitsTwoOnBadUsage() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));

    CliRunner.Result result = new CliRunner(dir).run("convert", "a.json");

    assertEquals(2, result.status());
    assertEquals(
        "pressroom: Missing required option: '--to=F[,F...]' (see: pressroom convert --help)",
        result.stderr().strip());
  }

  @Test
  void exitsOneWhenTheInspectedInputCannotBeRead() throws Exception {
    TestFormats.write(dir.resolve("b.json"), "[]");

    CliRunner.Result result = new CliRunner(dir).run("inspect", "b.json");

    assertEquals(1, result.status());
    assertTrue(result.stderr().startsWith("pressroom: b.json: "), result.stderr());
    assertEquals(1, result.stderrLines().size(), result.stderr());
  }
}
