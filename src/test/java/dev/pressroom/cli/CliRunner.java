package dev.pressroom.cli;

import dev.pressroom.Pressroom;
import dev.pressroom.format.json.JsonParser;
import dev.pressroom.format.json.JsonRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the command line in-process in a folder, with the json format and the test formats of {@link
 * TestFormats} registered explicitly (no discovery), so that the tests do not depend on which other
 * formats are on the class path.
 */
final class CliRunner {
  private final Path workDir;
  private final Pressroom pressroom;
  private final boolean terminal;

  /** What one run gave. */
  record Result(int status, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }

    List<String> stderrLines() {
      return stderr.lines().toList();
    }
  }

  CliRunner(Path workDir) {
    this(workDir, standardTestFormats(), false);
  }

  CliRunner(Path workDir, Pressroom pressroom, boolean terminal) {
    this.workDir = workDir;
    this.pressroom = pressroom;
    this.terminal = terminal;
  }

  /** json, {@code lines} and the failing renderers {@code broken} and {@code crash}. */
  static Pressroom standardTestFormats() {
    return Pressroom.builder()
        .discover(false)
        .register(new JsonParser())
        .register(new JsonRenderer())
        .register(new TestFormats.LinesParser())
        .register(new TestFormats.LinesRenderer())
        .register(new TestFormats.BrokenRenderer())
        .register(new TestFormats.CrashingRenderer())
        .build();
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Cli(() -> pressroom, workDir, out, err, terminal).run(args);
    return new Result(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
