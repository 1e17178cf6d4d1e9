package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistyped command, option or format name: exit 2, one line that names the likely one. */
class DidYouMeanTest {
  @TempDir Path dir;

  @BeforeEach
  void input() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "conver a.json --to lines   | Unmatched arguments from index 0: 'conver', 'a.json', '--to',"
            + " 'lines'; did you mean convert? (see: pressroom --help)",
        "fromats                    | Unmatched argument at index 0: 'fromats'; did you mean"
            + " formats? (see: pressroom --help)",
        "inpsect a.json             | Unmatched arguments from index 0: 'inpsect', 'a.json'; did"
            + " you mean inspect? (see: pressroom --help)",
        "--versoin                  | Unknown option: '--versoin'; did you mean --version? (see:"
            + " pressroom --help)",
        "convert a.json --tto lines | Unknown option: '--tto'; did you mean --to? (see: pressroom"
            + " convert --help)",
        "convert a.json -to lines   | Unknown option: '-to'; did you mean --to? (see: pressroom"
            + " convert --help)",
        "convert a.json --to lines --jbos 2 | Unknown option: '--jbos'; did you mean --jobs? (see:"
            + " pressroom convert --help)",
        "convert a.json --to lines --page-sise a4 | Unknown option: '--page-sise'; did you mean"
            + " --page-size? (see: pressroom convert --help)",
        "convert a.json --to lines --justfy | Unknown option: '--justfy'; did you mean --justify?"
            + " (see: pressroom convert --help)",
        "convert a.json --to lnies  | unknown format \"lnies\" for --to; did you mean lines? (known:"
            + " broken, crash, json, lines) (see: pressroom convert --help)",
        "convert a.json --to al     | unknown format \"al\" for --to; did you mean all? (known:"
            + " broken, crash, json, lines) (see: pressroom convert --help)",
        "inspect --from jsno a.json | unknown format \"jsno\" for --from; did you mean json? (known:"
            + " json, lines) (see: pressroom inspect --help)",
      })
  void suggestsTheNameMeant(String args, String expected) throws Exception {
    CliRunner.Result result = new CliRunner(dir).run(args.trim().split(" +"));

    assertEquals(2, result.status(), result.stderr());
    assertEquals(List.of("pressroom: " + expected), result.stderrLines());
    assertEquals("", result.stdout());
    assertEquals(List.of("a.json"), TestFormats.files(dir));
  }

  @Test
  void suggestsNothingFarFromEveryName() {
    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "--to", "lines", "--frobnicate");

    assertEquals(
        List.of("pressroom: Unknown option: '--frobnicate' (see: pressroom convert --help)"),
        result.stderrLines());
  }

  @Test
  void suggestsEveryEquallyCloseName() {
    assertEquals(List.of("ab", "ad"), Suggestions.closest("ac", List.of("ab", "ad", "xyz")));
    assertEquals(List.of("--justify"), Suggestions.closest("--just", List.of("--justify", "-j")));
    assertEquals(List.of(), Suggestions.closest("-x", List.of("-h", "-j", "-o", "-V")));
    assertEquals(1, Suggestions.distance("fromats", "formats"));
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
  }
}
