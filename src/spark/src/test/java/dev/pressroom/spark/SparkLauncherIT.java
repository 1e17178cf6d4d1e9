package dev.pressroom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/pressroom-spark} run as people run it, on {@code local[2]}: 200 inputs in every
 * format, 50 of them broken, give exactly the files {@code target/pressroom convert} gives, a
 * results row per input with its status, the same files again when run again into the same folder,
 * and no partial file when a task fails once and Spark retries it.
 */
class SparkLauncherIT {
  @TempDir static Path dir;

  private static Path target;
  private static Path in;
  private static List<String> broken;
  private static Path cli;

  /** What one run gave. */
  private record Run(int status, String stdout, String stderr) {}

  @BeforeAll
  static void convertWithTheCli() throws Exception {
    target = Path.of(System.getProperty("pressroom.target", "../../target")).toAbsolutePath();
    in = dir.resolve("in");
    broken = TestInputs.write(in, 150, 50);
    assertEquals(50, broken.size());
    cli = dir.resolve("cli");
    Run run =
        run(
            Map.of(),
            target.resolve("pressroom").toString(),
            "convert",
            "in/",
            "--to",
            "all",
            "-o",
            "cli/",
            "-j",
            "2");
    assertEquals(1, run.status(), run.stderr());
  }

  @Test
  void writesWhatConvertWritesAndARowPerInput() throws Exception {
    Run run = spark(Map.of(), "out/");

    assertEquals(1, run.status(), run.stderr());
    assertTrue(run.stderr().contains("converted 150 of 200 inputs (50 failed)"), run.stderr());
    assertEquals(
        50,
        run.stderr().lines().filter(l -> l.startsWith("pressroom-spark: file:")).count(),
        run.stderr());
    Path out = dir.resolve("out");
    assertEquals(SparkPressroomTest.contents(cli), outputs(out));
    assertEquals(List.of(), SparkPressroomTest.temporaryFiles(out));

    Map<String, JsonNode> rows = rows(out);
    assertEquals(200, rows.size());
    for (Map.Entry<String, JsonNode> row : rows.entrySet()) {
      boolean bad = broken.contains(row.getKey());
      JsonNode result = row.getValue();
      assertEquals(bad ? "failed" : "converted", result.get("status").asText(), row.getKey());
      assertEquals(bad, !result.get("error").isNull(), row.getKey());
      assertEquals(bad ? 0 : 6, result.get("outputs").size(), row.getKey());
      assertEquals(bad, result.get("title").isNull(), row.getKey());
    }
    // The Parquet table holds the same rows.
    assertTrue(Files.isDirectory(out.resolve("_pressroom/results.parquet")));
    try (Stream<Path> parts = Files.list(out.resolve("_pressroom/results.parquet"))) {
      assertTrue(parts.anyMatch(p -> p.getFileName().toString().endsWith(".parquet")));
    }

    Run again = spark(Map.of(), "out/");

    assertEquals(1, again.status(), again.stderr());
    assertEquals(SparkPressroomTest.contents(cli), outputs(out));
    assertEquals(rows, rows(out));
  }

  @Test
  void aTaskThatFailsOnceMidWriteIsRetriedAndLeavesNoPartialFile() throws Exception {
    String victim = in.relativize(in.resolve("r2.json")).toString();
    Run run =
        spark(
            Map.of("JAVA_OPTS", "-D" + FaultInjection.PROPERTY + "=" + victim),
            "retried/",
            "--master",
            "local[2,2]");

    assertEquals(1, run.status(), run.stderr());
    assertTrue(run.stderr().contains("injected failure while writing"), run.stderr());
    Path out = dir.resolve("retried");
    assertEquals(List.of(), SparkPressroomTest.temporaryFiles(out));
    assertEquals(SparkPressroomTest.contents(cli), outputs(out));
    assertEquals(200, rows(out).size());
  }

  @Test
  void refusesBadUsageBeforeStartingSpark() throws Exception {
    Run run = run(Map.of(), target.resolve("pressroom-spark").toString(), "in/", "--to", "odt");

    assertEquals(2, run.status());
    assertTrue(
        run.stderr().startsWith("pressroom-spark: unknown format \"odt\" for --to"), run.stderr());
    assertEquals(0, run.stdout().length());
  }

  private static Run spark(Map<String, String> env, String output, String... more)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(target.resolve("pressroom-spark").toString());
    command.addAll(List.of("convert", "in/", "--to", "all", "-o", output));
    command.addAll(List.of(more));
    return run(env, command.toArray(new String[0]));
  }

  /**
   * The outputs below {@code out}, without the results table, as {@link
   * SparkPressroomTest#contents}.
   */
  private static Map<String, Integer> outputs(Path out) throws Exception {
    Map<String, Integer> all = new TreeMap<>(SparkPressroomTest.contents(out));
    all.keySet().removeIf(name -> name.startsWith("_pressroom/"));
    return all;
  }

  /** The JSON Lines table, by input path relative to {@code in}. */
  private static Map<String, JsonNode> rows(Path out) throws Exception {
    Map<String, JsonNode> rows = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(out.resolve("_pressroom/results.jsonl"))) {
      JsonNode row = json.readTree(line);
      String path = Path.of(java.net.URI.create(row.get("path").asText())).toString();
      JsonNode earlier = rows.put(in.relativize(Path.of(path)).toString(), row);
      assertEquals(null, earlier, "two rows for " + path);
    }
    return rows;
  }

  private static Run run(Map<String, String> env, String... command) throws Exception {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + String.join(" ", command));
    }
    Run run =
        new Run(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
