package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code pressroom-spark} job: lists the inputs, decides the outputs ({@link InputPlan}),
 * converts every input in {@code mapPartitions}, and writes the results table, first as Parquet
 * (which computes the conversions, once), then, read back from it, as one JSON Lines file sorted by
 * path. Inputs that cannot be converted are rows of the table and lines on stderr; the job fails
 * only when Spark does.
 */
final class ConvertJob {
  /** Where the results go below the output folder; Spark's listings skip {@code _} names. */
  static final String RESULTS = "_pressroom";

  /** How many failed inputs are named on stderr; the table has them all. */
  static final int SHOWN_FAILURES = 1000;

  private final SparkSession spark;
  private final PrintStream err;

  ConvertJob(SparkSession spark, PrintStream err) {
    this.spark = spark;
    this.err = err;
  }

  /** A listed argument: a file or a folder, qualified. */
  private record Source(int index, String path, boolean folder) {}

  /** Runs the job; returns the exit status. */
  int run(JobOptions options, ConvertSettings settings) throws IOException {
    long start = System.nanoTime();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path output = new Path(settings.output());
    List<ConversionResult> early = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    for (int i = 0; i < options.inputs().size(); i++) {
      String argument = options.inputs().get(i);
      Path path = new Path(argument);
      FileSystem fs = path.getFileSystem(hadoop);
      Path qualified = fs.makeQualified(path);
      FileStatus status;
      try {
        status = fs.getFileStatus(qualified);
      } catch (java.io.FileNotFoundException e) {
        early.add(ConversionResult.failed(qualified.toString(), null, "no such file"));
        continue;
      }
      sources.add(new Source(i, qualified.toString(), status.isDirectory()));
    }
    Dataset<Row> files = null;
    List<InputPlan.Entry> entries = new ArrayList<>();
    for (Source source : sources) {
      Dataset<Row> listed = SparkPressroom.files(spark, source.path());
      // The listing alone (no file is read for it): every file, empty ones too.
      for (String file : listed.inputFiles()) {
        String path = Inputs.normal(file);
        Inputs.Listed input =
            Inputs.listed(
                source.folder() ? source.path() : null, source.index(), path, settings.from());
        if (input.accepted()) {
          entries.add(new InputPlan.Entry(source.index(), path, input.relative()));
        }
      }
      listed =
          listed
              .withColumn(
                  "root",
                  functions.lit(source.folder() ? source.path() : null).cast(DataTypes.StringType))
              .withColumn("index", functions.lit(source.index()));
      files = files == null ? listed : files.unionByName(listed);
    }
    entries.sort(
        Comparator.comparingInt(InputPlan.Entry::index).thenComparing(InputPlan.Entry::path));
    for (Source source : sources) {
      if (source.folder() && entries.stream().noneMatch(e -> e.index() == source.index())) {
        early.add(
            ConversionResult.failed(
                source.path(),
                null,
                "no file to convert in this folder (extensions read: "
                    + String.join(", ", Inputs.extensions(settings.from()))
                    + ")"));
      }
    }
    ConvertPartition.Exceptions exceptions =
        InputPlan.decide(entries, output, extensions(settings));
    Dataset<Row> results =
        spark.createDataFrame(
            early.stream().map(ConversionResult::toRow).toList(), ConversionResult.SCHEMA);
    OutputFiles outputFiles = OutputFiles.of(spark);
    if (files != null) {
      results = results.union(SparkPressroom.convert(files, settings, outputFiles, exceptions));
    }
    Path table = new Path(output, RESULTS);
    String parquet = new Path(table, "results.parquet").toString();
    results.write().mode(SaveMode.Overwrite).parquet(parquet);
    List<ConversionResult> missed = unscanned(parquet, entries, exceptions, settings, outputFiles);
    if (!missed.isEmpty()) {
      spark
          .createDataFrame(
              missed.stream().map(ConversionResult::toRow).toList(), ConversionResult.SCHEMA)
          .coalesce(1)
          .write()
          .mode(SaveMode.Append)
          .parquet(parquet);
    }
    Dataset<Row> written = spark.read().parquet(parquet);
    writeJsonLines(written, table);

    List<ConversionResult> failed =
        written
            .filter(functions.col("status").equalTo(ConversionResult.FAILED))
            .orderBy("path")
            .limit(SHOWN_FAILURES)
            .collectAsList()
            .stream()
            .map(ConversionResult::of)
            .toList();
    long total = written.count();
    long failures =
        failed.size() < SHOWN_FAILURES
            ? failed.size()
            : written.filter(functions.col("status").equalTo(ConversionResult.FAILED)).count();
    for (ConversionResult result : failed) {
      err.println("pressroom-spark: " + result.path() + ": " + result.error());
    }
    if (failures > failed.size()) {
      err.println("pressroom-spark: ... and " + (failures - failed.size()) + " more failed inputs");
    }
    err.println(summary(total, failures, System.nanoTime() - start, table));
    err.flush();
    return failures == 0 ? 0 : 1;
  }

  /** {@code converted 12 of 13 inputs (1 failed) in 4.2 s; results in out/_pressroom}. */
  static String summary(long inputs, long failed, long nanos, Path table) {
    return String.format(
        Locale.ROOT,
        "converted %d of %d inputs%s in %.1f s; results in %s",
        inputs - failed,
        inputs,
        failed == 0 ? "" : " (" + failed + " failed)",
        nanos / 1e9,
        table);
  }

  /** By format, the extension of each format written, in order. */
  private static LinkedHashMap<String, String> extensions(ConvertSettings settings) {
    Pressroom pressroom = PerExecutor.pressroom();
    LinkedHashMap<String, String> extensions = new LinkedHashMap<>();
    for (String format : settings.formats()) {
      extensions.put(format, pressroom.requireRenderer(format).extension());
    }
    return extensions;
  }

  /**
   * The inputs that were listed but not scanned, converted here on the driver. Spark's file scan
   * leaves out empty files, yet each of them is an input and gets its row (usually a failure: most
   * formats read nothing from no bytes), as does a file deleted since it was listed.
   */
  private List<ConversionResult> unscanned(
      String parquet,
      List<InputPlan.Entry> entries,
      ConvertPartition.Exceptions exceptions,
      ConvertSettings settings,
      OutputFiles outputFiles)
      throws IOException {
    Set<String> scanned = new HashSet<>();
    for (Row row : spark.read().parquet(parquet).select("path").collectAsList()) {
      scanned.add(row.getString(0));
    }
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Converter converter = new Converter(settings, outputFiles);
    List<ConversionResult> missed = new ArrayList<>();
    for (InputPlan.Entry entry : entries) {
      String path = entry.path();
      if (scanned.contains(path) || exceptions.skipped().contains(entry.index() + ":" + path)) {
        continue;
      }
      String problem = exceptions.problems().get(path);
      if (problem != null) {
        missed.add(ConversionResult.failed(path, null, problem));
        continue;
      }
      Path file = new Path(path);
      byte[] content;
      try (var in = file.getFileSystem(hadoop).open(file)) {
        content = in.readAllBytes();
      } catch (java.io.FileNotFoundException e) {
        missed.add(ConversionResult.failed(path, null, "no such file"));
        continue;
      }
      missed.add(
          converter.convert(
              path,
              entry.relative(),
              content,
              exceptions.clashes().getOrDefault(path, java.util.Map.of()),
              OutputFiles.Attempt.DRIVER));
    }
    return missed;
  }

  /** The table as one JSON Lines file, {@code results.jsonl}, sorted by path. */
  private void writeJsonLines(Dataset<Row> results, Path table) throws IOException {
    Path folder = new Path(table, ".results.jsonl.part");
    results
        .orderBy("path")
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("ignoreNullFields", "false")
        .json(folder.toString());
    FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
    Path part = null;
    for (FileStatus status : fs.listStatus(folder)) {
      if (status.getPath().getName().startsWith("part-")) {
        part = status.getPath();
      }
    }
    Path target = new Path(table, "results.jsonl");
    if (part == null) {
      fs.create(target, true).close(); // no input at all: an empty table
    } else {
      fs.delete(target, false);
      if (!fs.rename(part, target)) {
        throw new IOException("cannot move " + part + " to " + target);
      }
    }
    fs.delete(folder, true);
  }
}
