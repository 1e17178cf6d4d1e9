package dev.pressroom.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Pressroom's conversions as functions over Datasets, for jobs of your own.
 *
 * <pre>{@code
 * Dataset<Row> files = SparkPressroom.files(spark, "s3a://archive/releases/");
 * Dataset<Row> releases = SparkPressroom.releases(files);      // path, format, release, error
 * releases.filter("error is null").select("path", "release").write().json("s3a://archive/json/");
 *
 * Dataset<Row> results =
 *     SparkPressroom.convert(files, ConvertSettings.of("s3a://archive/pdf/", "pdf"));
 * results.write().parquet("s3a://archive/pdf/_pressroom/results.parquet");
 * }</pre>
 *
 * <p>A Dataset of files has the columns of Spark's {@code binaryFile} source, of which these
 * functions use {@code path} and {@code content}. Each partition is converted with the executor's
 * one {@link dev.pressroom.Pressroom}, whose parsers and renderers (with the PDF renderer's parsed
 * fonts) stay loaded for every later task on that executor. A file that cannot be read, or an
 * output that cannot be written, is a row saying why, never a failed task. The returned Datasets
 * are lazy: {@link #convert} writes its files when the results are computed, so compute them once
 * (write them, or {@code persist} them first).
 */
public final class SparkPressroom {
  private SparkPressroom() {}

  /**
   * The files below {@code paths} (local paths, {@code hdfs://}, {@code s3a://}, ..., files or
   * folders, read recursively), through Spark's {@code binaryFile} source. Spark leaves out files
   * and folders whose names start with {@code .} or {@code _}.
   */
  public static Dataset<Row> files(SparkSession spark, String... paths) {
    return spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(paths);
  }

  /**
   * Reads every file, by its extension, else its content: one row of {@link ReleaseJson#SCHEMA} per
   * file, with the release in Pressroom's JSON form or the error.
   */
  public static Dataset<Row> releases(Dataset<Row> files) {
    return releases(files, null);
  }

  /** Reads every file in the format {@code from} ({@code null}: by extension, else content). */
  public static Dataset<Row> releases(Dataset<Row> files, String from) {
    return files
        .select("path", "content")
        .mapPartitions(new ReadPartition(from), Encoders.row(ReleaseJson.SCHEMA));
  }

  /**
   * Converts every file and writes its outputs into {@code settings.output()}, named as {@code
   * pressroom convert} names them: the file name with each format's extension, or, when {@code
   * files} has a string column {@code relative}, that path below the output folder with the
   * extension replaced. Give such a column when two files have the same name: the outputs of files
   * that share a name replace one another. Every output is written to a temporary file beside it
   * and renamed into place, with names that do not change between attempts, so a task that Spark
   * retries leaves neither a partial nor a duplicate file.
   *
   * @return one row of {@link ConversionResult#SCHEMA} per file
   * @throws IllegalArgumentException when a format of the settings is unknown
   */
  public static Dataset<Row> convert(Dataset<Row> files, ConvertSettings settings) {
    Objects.requireNonNull(settings, "settings");
    settings.formats().forEach(PerExecutor.pressroom()::requireRenderer);
    if (settings.from() != null) {
      PerExecutor.pressroom().requireParser(settings.from());
    }
    return convert(
        files, settings, OutputFiles.of(files.sparkSession()), ConvertPartition.Exceptions.NONE);
  }

  /** {@link #convert(Dataset, ConvertSettings)} with the driver's decisions about some inputs. */
  static Dataset<Row> convert(
      Dataset<Row> files,
      ConvertSettings settings,
      OutputFiles output,
      ConvertPartition.Exceptions exceptions) {
    return files.mapPartitions(
        new ConvertPartition(settings, output, exceptions), Encoders.row(ConversionResult.SCHEMA));
  }
}
