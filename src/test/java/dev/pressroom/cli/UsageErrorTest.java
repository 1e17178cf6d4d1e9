package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad command lines: exit 2, one {@code pressroom:} line naming the problem, nothing written. */
class UsageErrorTest {
  @TempDir Path dir;

  @BeforeEach
  void inputs() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
    TestFormats.writeJson(dir.resolve("b.json"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                        | missing command",
        "publish a.json                            | Unmatched argument",
        "convert --to lines                        | Missing required parameter: 'INPUT'",
        "convert a.json --to lines --frobnicate    | Unknown option: '--frobnicate'",
        "convert a.json --to lines -j 0            | -j must be at least 1",
        "convert a.json --to lines -j x            | Invalid value for option '--jobs'",
        "convert a.json b.json --to lines -o x.lines | names one file, but this would write 2",
        "convert a.json --to lines,json -o x.out   | names one file, but this would write 2",
        "convert a.json b.json --to lines -o -     | -o - writes one output to stdout",
        "convert . --to lines -o -                 | -o - writes one output to stdout",
        "inspect                                   | Missing required parameter: 'INPUT'",
        "inspect a.json b.json                     | Unmatched argument",
      })
  void rejectsTheCommandLineWithOneLine(String args, String expected) {
    List<String> argv = args.isEmpty() ? List.of() : List.of(args.split(" +"));

    CliRunner.Result result = new CliRunner(dir).run(argv.toArray(String[]::new));

    assertEquals(2, result.status(), result.stderr());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    String line = result.stderrLines().get(0);
    assertTrue(line.startsWith("pressroom: "), line);
    assertTrue(line.contains(expected), line);
    assertTrue(line.endsWith("--help)"), line);
    assertEquals(0, result.stdoutBytes().length);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "convert a.json b.json --to lines -o x.lines",
        "convert a.json --to lines,json -o -",
        "convert a.json --to lines -j 0",
      })
  void writesNothingOnBadUsage(String args) throws Exception {
    new CliRunner(dir).run(args.split(" +"));

    assertEquals(List.of("a.json", "b.json"), TestFormats.files(dir));
  }
}
