package dev.pressroom.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the external readers a user's tools rely on (pdftotext, qpdf, pandoc, soffice). In CI
 * ({@code CI=true}) a missing tool fails the test; locally the test is skipped with a message.
 */
public final class ExternalTools {
  private ExternalTools() {}

  /** Fails in CI, skips locally, when {@code command} is not on the PATH. */
  public static void require(String command) {
    boolean present = onPath(command);
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(command + " is not installed, but CI must run this test (see .ci/run)");
    }
    Assumptions.assumeTrue(present, "skipped: " + command + " is not installed");
  }

  /** Whether an executable of that name is on the PATH. */
  public static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** The result of a finished command. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Runs a command (after {@link #require}), waiting at most {@code seconds}. */
  public static Result run(long seconds, Path workDir, List<String> command) {
    require(command.get(0));
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(workDir == null ? null : workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread o = pump(process.getInputStream(), out);
      Thread e = pump(process.getErrorStream(), err);
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        Assertions.fail(command + " did not finish in " + seconds + " s");
      }
      o.join();
      e.join();
      return new Result(
          process.exitValue(),
          out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream out) {
    Thread thread =
        new Thread(
            () -> {
              try (in) {
                in.transferTo(out);
              } catch (IOException ignored) {
                // the process ended; what was read is kept
              }
            });
    thread.start();
    return thread;
  }
}
