package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.testing.MarkdownShapes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Feeds every parser random bytes and mutated valid files. Each input must give a valid release or
 * a {@link ParseException} — never another exception, never a hang past {@link #SECONDS}, never out
 * of memory (this class runs in its own JVM with a 384 MB heap, 70 MB of it the resident language
 * model; see the pom), and never a word on stderr (library logging is switched off here; anything
 * printed directly is a failure).
 *
 * <p>The number of inputs per parser is {@code pressroom.fuzz.inputs}: a few hundred in the
 * ordinary build, 100,000 with {@code mvn verify -Pfuzz}; {@code -Dpressroom.fuzz.formats=pdf,docx}
 * fuzzes only those parsers. Failing inputs are written to {@code target/fuzz-crashes/FORMAT/};
 * copy them to {@code src/test/resources/dev/pressroom/proof/crashes/FORMAT/} to keep them as
 * regression tests ({@link CrashRegressionTest}). The Markdown shapes that once took minutes
 * ({@link MarkdownShapes}) are read here too, under the same budget.
 */
class FuzzTest {
  static final int SECONDS = 20;

  @BeforeAll
  static void quietLibraries() {
    // PDFBox warns about every damaged table and object it skips; thousands of inputs are damaged
    // on purpose, and the warnings would bury the build log
    java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.OFF);
  }

  @TestFactory
  Stream<DynamicTest> everyParserSurvivesBrokenInput() {
    int inputs = Integer.getInteger("pressroom.fuzz.inputs", 300);
    String only = System.getProperty("pressroom.fuzz.formats", "");
    return Formats.readable().stream()
        .filter(format -> only.isBlank() || List.of(only.split(",")).contains(format))
        .map(format -> DynamicTest.dynamicTest(format, () -> fuzz(format, inputs)));
  }

  /**
   * The Markdown shapes that once made flexmark's parser quadratic (issue 12), half a megabyte
   * each: every one is read or refused with a {@link ParseException} within the same time budget.
   */
  @TestFactory
  Stream<DynamicTest> markdownShapesAreReadInTime() {
    String only = System.getProperty("pressroom.fuzz.formats", "");
    if (!only.isBlank() && !List.of(only.split(",")).contains("md")) {
      return Stream.empty();
    }
    ReleaseParser parser = Formats.PRESSROOM.requireParser("md");
    return Stream.of(MarkdownShapes.values())
        .map(
            shape ->
                DynamicTest.dynamicTest(
                    shape.name(),
                    () -> {
                      ExecutorService executor = executor("fuzz-md-" + shape);
                      try {
                        // lists hundreds deep still cost flexmark depth squared per line (README)
                        int size = shape == MarkdownShapes.DEEP_LISTS ? 128 * 1024 : 512 * 1024;
                        byte[] input = shape.of(size).getBytes(StandardCharsets.UTF_8);
                        String problem = check(executor, parser, input);
                        assertNull(problem, shape + ": " + problem);
                      } finally {
                        executor.shutdownNow();
                      }
                    }));
  }

  private static ExecutorService executor(String name) {
    return Executors.newSingleThreadExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  private static void fuzz(String format, int inputs) throws Exception {
    ReleaseParser parser = Formats.PRESSROOM.requireParser(format);
    List<byte[]> valid = Formats.validFiles(format, 20);
    Random random = new Random(format.hashCode() * 31L + inputs);
    List<String> failures = new ArrayList<>();
    ExecutorService executor = executor("fuzz-" + format);
    // a parser may not print: the CLI's stderr is for Pressroom's own messages
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      for (int i = 0; i < inputs && failures.size() < 5; i++) {
        byte[] input =
            valid.isEmpty() || random.nextInt(5) == 0
                ? Mutator.garbage(random)
                : Mutator.mutate(valid.get(random.nextInt(valid.size())), random);
        String problem = check(executor, parser, input);
        if (problem == null && printed.size() > 0) {
          problem = "printed on stderr: " + printed.toString(StandardCharsets.UTF_8).strip();
        }
        printed.reset();
        if (problem != null) {
          Path saved = save(format, i, input);
          failures.add("input " + i + " (" + saved + "): " + problem);
          if (problem.startsWith("hang")) {
            executor.shutdownNow();
            executor = executor("fuzz-" + format);
          }
        }
      }
    } finally {
      System.setErr(stderr);
      executor.shutdownNow();
    }
    if (!failures.isEmpty()) {
      fail(format + " parser failed on fuzzed input:\n" + String.join("\n", failures));
    }
  }

  /** Null when the parser behaved; else what went wrong. */
  static String check(ExecutorService executor, ReleaseParser parser, byte[] input)
      throws InterruptedException {
    Future<PressRelease> result =
        executor.submit(
            () -> parser.parse(new ByteArrayInputStream(input), ParseContext.of("fuzz")));
    try {
      assertNotNull(result.get(SECONDS, TimeUnit.SECONDS), "parser returned null");
      return null;
    } catch (TimeoutException e) {
      result.cancel(true);
      return "hang: no answer within " + SECONDS + " s";
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ParseException) {
        return null;
      }
      java.io.StringWriter trace = new java.io.StringWriter();
      cause.printStackTrace(new java.io.PrintWriter(trace));
      String text = trace.toString();
      return text.substring(0, Math.min(text.length(), 1500));
    }
  }

  private static Path save(String format, int index, byte[] input) {
    try {
      Path dir = Path.of("target", "fuzz-crashes", format);
      Files.createDirectories(dir);
      return Files.write(dir.resolve("crash-" + index + ".bin"), input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
