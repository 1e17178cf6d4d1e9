package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    for (Source source : sources) {
      Dataset<Row> listed =
          SparkPressroom.files(spark, source.path())
              .withColumn(
                  "root",
                  functions.lit(source.folder() ? source.path() : null).cast(DataTypes.StringType))
              .withColumn("index", functions.lit(source.index()));
      files = files == null ? listed : files.unionByName(listed);
    }
    ConvertPartition.Exceptions exceptions = ConvertPartition.Exceptions.NONE;
    if (files != null) {
      exceptions = plan(files, sources, settings, output, early);
    }
    Dataset<Row> results =
        spark.createDataFrame(
            early.stream().map(ConversionResult::toRow).toList(), ConversionResult.SCHEMA);
    if (files != null) {
      results = results.union(SparkPressroom.convert(files, settings, exceptions));
    }
    Path table = new Path(output, RESULTS);
    String parquet = new Path(table, "results.parquet").toString();
    results.write().mode(SaveMode.Overwrite).parquet(parquet);
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

  /** Lists the inputs (paths only: Spark reads no content for this) and decides the outputs. */
  private ConvertPartition.Exceptions plan(
      Dataset<Row> files,
      List<Source> sources,
      ConvertSettings settings,
      Path output,
      List<ConversionResult> early) {
    List<InputPlan.Entry> entries = new ArrayList<>();
    for (Row row : files.select("path", "root", "index").collectAsList()) {
      Inputs.Listed listed = Inputs.listed(row, settings.from());
      if (listed.accepted()) {
        entries.add(new InputPlan.Entry(listed.index(), row.getAs("path"), listed.relative()));
      }
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
    Pressroom pressroom = PerExecutor.pressroom();
    LinkedHashMap<String, String> extensions = new LinkedHashMap<>();
    for (String format : settings.formats()) {
      extensions.put(format, pressroom.requireRenderer(format).extension());
    }
    return InputPlan.decide(entries, output, extensions);
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
