package dev.pressroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The seed document in {@code seeds/} and the shared corpus beside the repository. */
public final class Seeds {
  private Seeds() {}

  /** The seed document, kept verbatim in the repository. */
  public static Path seedFile() {
    return Path.of("seeds", "000_ef7c4c50acd32147.txt");
  }

  /** The seed's seven body paragraphs, read from the file: lines 6 to 18, every other one. */
  public static List<String> seedParagraphs() {
    try {
      List<String> lines = Files.readAllLines(seedFile(), StandardCharsets.UTF_8);
      List<String> paragraphs = new ArrayList<>();
      for (int i = 5; i < lines.size() && !lines.get(i).startsWith("<"); i += 2) {
        paragraphs.add(lines.get(i));
      }
      return paragraphs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The shared corpus folder of one kind ({@code txt}, {@code md}, {@code docx}, {@code pdf},
   * {@code html}). When it is absent, as in a clone of the repository alone, the calling test is
   * skipped with a message; in CI ({@code CI=true}) it fails instead, since CI has {@code
   * ../shared} beside the clone and must run these tests.
   */
  public static Path corpus(String kind) {
    String shared = System.getProperty("pressroom.shared", "../shared");
    Path dir = Path.of(shared, "corpus", kind);
    require(Files.isDirectory(dir), "shared corpus folder " + dir.toAbsolutePath() + " is absent");
    return dir;
  }

  /** One corpus file by its name under {@code corpus/}, such as {@code txt/x.txt}. */
  public static Path corpusFile(String relative) {
    String kind = relative.substring(0, relative.indexOf('/'));
    Path file = corpus(kind).resolve(relative.substring(kind.length() + 1));
    require(Files.isRegularFile(file), "corpus file " + file.toAbsolutePath() + " is absent");
    return file;
  }

  /** Fails in CI, skips elsewhere, unless {@code present}. */
  private static void require(boolean present, String what) {
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(what + ", but CI must run this test (it needs ../shared beside the clone)");
    }
    Assumptions.assumeTrue(present, "skipped: " + what);
  }

  /** Every file of a corpus kind, sorted. */
  public static List<Path> corpusFiles(String kind) {
    try (Stream<Path> files = Files.list(corpus(kind))) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
