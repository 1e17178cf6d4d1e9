package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.Releases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -j N} converts several inputs at once and gives what {@code -j 1} gives. */
class ParallelConversionTest {
  @TempDir Path dir;

  @Test
  void givesTheSameBytesAndMessagesAsOneThread() throws Exception {
    var releases = Releases.release().sampleStream().limit(24).toList();
    for (int i = 0; i < releases.size(); i++) {
      Path file = dir.resolve("in/r" + (char) ('a' + i) + ".json");
      if (i % 5 == 3) {
        TestFormats.write(file, "{\"title\": " + i + "}");
      } else {
        TestFormats.write(file, TestFormats.json(releases.get(i)));
      }
    }

    CliRunner.Result one =
        new CliRunner(dir).run("convert", "in", "--to", "lines,json", "-o", "one/", "-j", "1");
    CliRunner.Result four =
        new CliRunner(dir).run("convert", "in", "--to", "lines,json", "-o", "four/", "-j", "4");

    assertEquals(1, one.status());
    assertEquals(one.status(), four.status());
    assertEquals(withoutSummary(one), withoutSummary(four));
    assertEquals(5, withoutSummary(one).size());
    List<String> files = TestFormats.files(dir.resolve("one"));
    assertEquals(38, files.size());
    assertEquals(files, TestFormats.files(dir.resolve("four")));
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("one").resolve(file)),
          Files.readAllBytes(dir.resolve("four").resolve(file)),
          file);
    }
  }

  @Test
  void reportsEachFailureOnceWhenTheThreadsFinishOutOfOrder() throws Exception {
    for (int i = 0; i < 12; i++) {
      TestFormats.write(dir.resolve("in/f" + (char) ('a' + i) + ".lines"), i % 2 == 0 ? "" : "T\n");
    }

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "in", "--to", "json", "-o", "out/", "-j", "3");

    assertEquals(
        List.of(
            "pressroom: in/fa.lines: empty input",
            "pressroom: in/fc.lines: empty input",
            "pressroom: in/fe.lines: empty input",
            "pressroom: in/fg.lines: empty input",
            "pressroom: in/fi.lines: empty input",
            "pressroom: in/fk.lines: empty input"),
        withoutSummary(result));
    assertEquals(6, TestFormats.files(dir.resolve("out")).size());
  }

  private static List<String> withoutSummary(CliRunner.Result result) {
    List<String> lines = result.stderrLines();
    assertTrue(lines.get(lines.size() - 1).startsWith("converted "), result.stderr());
    return lines.subList(0, lines.size() - 1);
  }
}
