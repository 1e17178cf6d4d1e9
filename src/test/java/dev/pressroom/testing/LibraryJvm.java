package dev.pressroom.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;

/**
 * Starts a JVM that has what a library user's application has: Pressroom's classes and the jars a
 * Maven user of {@code dev.pressroom:pressroom} receives (the build writes their list to the file
 * named by {@code pressroom.libraryClasspath}: runtime dependencies without the command line's
 * own), plus one application class of the tests, and none of the test class path.
 */
public final class LibraryJvm {
  private LibraryJvm() {}

  /** How the child ended and what it printed. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Pressroom's compiled classes and resources ({@code target/classes}). */
  public static Path libraryClasses() {
    return Path.of("target", "classes").toAbsolutePath();
  }

  /** The jars a library user receives, in the build's order. */
  public static List<Path> libraryJars() {
    String file = System.getProperty("pressroom.libraryClasspath");
    Assertions.assertNotNull(file, "pressroom.libraryClasspath is not set: run the tests with mvn");
    try {
      String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      List<Path> jars = new ArrayList<>();
      for (String entry : text.split(File.pathSeparator)) {
        if (!entry.isEmpty()) {
          jars.add(Path.of(entry));
        }
      }
      return jars;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies the compiled {@code app} class and its nested classes into {@code dir}, laid out by
   * package, and returns {@code dir}.
   */
  public static Path copyClass(Class<?> app, Path dir) {
    try {
      Path compiled =
          Path.of(app.getProtectionDomain().getCodeSource().getLocation().toURI())
              .resolve(app.getPackageName().replace('.', File.separatorChar));
      Path target = dir.resolve(app.getPackageName().replace('.', File.separatorChar));
      Files.createDirectories(target);
      String simple = app.getSimpleName();
      try (Stream<Path> files = Files.list(compiled)) {
        for (Path file : files.toList()) {
          String name = file.getFileName().toString();
          if (name.equals(simple + ".class") || name.startsWith(simple + "$")) {
            Files.copy(file, target.resolve(name));
          }
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A class or module path of these entries. */
  public static String path(List<Path> entries) {
    return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
  }

  /**
   * Runs {@code java} (of the JVM running the tests) with these arguments in {@code workDir},
   * without standard input, waiting at most {@code seconds}.
   */
  public static Result java(Path workDir, long seconds, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.addAll(arguments);
    try {
      Path out = Files.createTempFile(workDir, "stdout", ".txt");
      Path err = Files.createTempFile(workDir, "stderr", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      // A JVM option in the environment would print "Picked up ..." on stderr.
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("JDK_JAVA_OPTIONS");
      builder.environment().remove("_JAVA_OPTIONS");
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        Assertions.fail("the child JVM did not finish in " + seconds + " s: " + command);
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
