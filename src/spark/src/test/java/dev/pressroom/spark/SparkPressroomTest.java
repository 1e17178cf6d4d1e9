package dev.pressroom.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java API, {@link SparkPressroom}, on a local Spark session. */
class SparkPressroomTest {
  @TempDir static Path dir;

  private static Path in;
  private static List<String> broken;

  @BeforeAll
  static void inputs() throws Exception {
    in = dir.resolve("in");
    broken = TestInputs.write(in, 30, 6);
  }

  private static Dataset<Row> files() {
    return SparkPressroom.files(SparkTests.spark(), in.toString());
  }

  @Test
  void readsEveryFileIntoItsReleaseOrItsError() throws Exception {
    List<ReleaseJson> rows =
        SparkPressroom.releases(files()).collectAsList().stream().map(ReleaseJson::of).toList();

    assertEquals(36, rows.size());
    Pressroom pressroom = Pressroom.standard();
    for (ReleaseJson row : rows) {
      Path file = Path.of(java.net.URI.create(row.path()));
      String relative = in.relativize(file).toString();
      if (broken.contains(relative)) {
        assertNull(row.release(), relative);
        assertNotNull(row.error(), relative);
        continue;
      }
      assertNull(row.error(), relative);
      assertEquals(relative.substring(relative.lastIndexOf('.') + 1), row.format());
      assertEquals(
          pressroom.parse(file),
          pressroom.parse(row.release().getBytes(StandardCharsets.UTF_8), "json", relative),
          relative);
    }
  }

  @Test
  void readsInTheFormatNamed() {
    Dataset<Row> json = files().filter(functions.col("path").endsWith(".json"));
    List<ReleaseJson> rows =
        SparkPressroom.releases(json, "txt").collectAsList().stream().map(ReleaseJson::of).toList();

    assertTrue(rows.size() >= 5);
    for (ReleaseJson row : rows) {
      assertEquals("txt", row.format(), row.path()); // JSON text read as plain text
    }
  }

  @Test
  void convertsEveryFileAsTheLibraryDoes() throws Exception {
    Path out = dir.resolve("out-convert");
    ConvertSettings settings = ConvertSettings.of(out.toUri().toString(), "pdf", "md");

    List<ConversionResult> results =
        SparkPressroom.convert(files(), settings).collectAsList().stream()
            .map(ConversionResult::of)
            .toList();

    assertEquals(36, results.size());
    Pressroom pressroom = Pressroom.standard();
    for (ConversionResult result : results) {
      Path file = Path.of(java.net.URI.create(result.path()));
      String name = file.getFileName().toString();
      String stem = name.substring(0, name.lastIndexOf('.'));
      if (broken.contains(in.relativize(file).toString())) {
        assertEquals(ConversionResult.FAILED, result.status(), result.toString());
        assertTrue(result.outputs().isEmpty(), result.toString());
        assertNull(result.title());
        continue;
      }
      assertEquals(ConversionResult.CONVERTED, result.status(), result.toString());
      var release = pressroom.parse(file);
      assertEquals(release.title(), result.title());
      assertEquals(String.valueOf(release.timestamp()), result.timestamp());
      assertEquals(release.language(), result.language());
      assertEquals(release.paragraphs().stream().mapToInt(String::length).sum(), result.bodySize());
      assertEquals(2, result.outputs().size());
      // Without a relative column, outputs are named after the file alone.
      assertArrayEquals(
          pressroom.render(release, "pdf"), Files.readAllBytes(out.resolve(stem + ".pdf")));
      assertArrayEquals(
          pressroom.render(release, "md"), Files.readAllBytes(out.resolve(stem + ".md")));
    }
    assertEquals(List.of(), temporaryFiles(out));
  }

  @Test
  void namesOutputsByTheRelativeColumn() throws Exception {
    Path out = dir.resolve("out-relative");
    Dataset<Row> files =
        files()
            .filter(functions.col("path").endsWith("/r0.docx"))
            .withColumn("relative", functions.lit("2024/05/press.docx"));

    List<ConversionResult> results =
        SparkPressroom.convert(files, ConvertSettings.of(out.toString(), "txt"))
            .collectAsList()
            .stream()
            .map(ConversionResult::of)
            .toList();

    assertEquals(1, results.size());
    assertEquals(
        List.of(
            new org.apache.hadoop.fs.Path(out.resolve("2024/05/press.txt").toString()).toString()),
        results.get(0).outputs());
    assertTrue(Files.isRegularFile(out.resolve("2024/05/press.txt")));
  }

  @Test
  void appliesThePrintChoicesAsConvertDoes() throws Exception {
    Path out = dir.resolve("out-letter");
    ConvertSettings letter =
        new ConvertSettings(
            null,
            List.of("pdf"),
            out.toString(),
            ConvertSettings.Paper.LETTER,
            ConvertSettings.Font.SANS,
            true);
    Dataset<Row> one = files().filter(functions.col("path").endsWith("/r2.json"));

    SparkPressroom.convert(one, letter).collectAsList();

    var bytes = new java.io.ByteArrayOutputStream();
    dev.pressroom.format.pdf.PdfRenderer.builder()
        .pageSize(dev.pressroom.format.pdf.PdfRenderer.PageSize.LETTER)
        .fontFamily(dev.pressroom.format.pdf.PdfRenderer.FontFamily.SANS)
        .justify(true)
        .build()
        .render(Pressroom.read(in.resolve("r2.json")), bytes);
    byte[] expected = bytes.toByteArray();
    assertArrayEquals(expected, Files.readAllBytes(out.resolve("r2.pdf")));
  }

  @Test
  void refusesAnUnknownFormatBeforeTheJob() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkPressroom.convert(files(), ConvertSettings.of(dir.toString(), "odt")));
    assertTrue(e.getMessage().contains("odt"), e.getMessage());
  }

  @Test
  void aTaskRetriedAfterFailingMidWriteLeavesTheFilesOfARunWithoutFailure() throws Exception {
    Path clean = dir.resolve("out-clean");
    Path retried = dir.resolve("out-retried");
    SparkPressroom.convert(files(), ConvertSettings.of(clean.toString(), "pdf", "docx"))
        .collectAsList();

    List<ConversionResult> results;
    int failedBefore = FaultInjection.failed();
    System.setProperty(FaultInjection.PROPERTY, "r3.md");
    try {
      results =
          SparkPressroom.convert(files(), ConvertSettings.of(retried.toString(), "pdf", "docx"))
              .collectAsList()
              .stream()
              .map(ConversionResult::of)
              .toList();
    } finally {
      System.clearProperty(FaultInjection.PROPERTY);
    }

    assertEquals(1, FaultInjection.failed() - failedBefore, "the first attempt failed once");
    assertEquals(36, results.size());
    assertEquals(36, results.stream().map(ConversionResult::path).distinct().count());
    assertEquals(List.of(), temporaryFiles(retried));
    assertEquals(contents(clean), contents(retried));
  }

  /** Every file below {@code folder}, by relative path, as text of its bytes' hash. */
  static Map<String, Integer> contents(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .filter(Files::isRegularFile)
          .collect(
              Collectors.toMap(
                  f -> folder.relativize(f).toString(),
                  f -> java.util.Arrays.hashCode(read(f)),
                  (a, b) -> a,
                  TreeMap::new));
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The hidden temporary files left below {@code folder}. */
  static List<String> temporaryFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.map(Path::toString).filter(name -> name.endsWith(".part")).toList();
    }
  }
}
