package dev.pressroom.spark;

import java.io.PrintStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code pressroom-spark}: {@code pressroom convert} as one Spark job. {@code
 * target/pressroom-spark} runs it on {@code local[2]}; on a cluster, {@code spark-submit} runs this
 * class from {@code target/pressroom-spark.jar} with the same arguments.
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    JobOptions options;
    ConvertSettings settings;
    try {
      options = JobOptions.parse(args);
      if (options.help()) {
        out.print(JobOptions.USAGE);
        out.flush();
        return 0;
      }
      settings = settings(options, ".");
    } catch (JobOptions.UsageException e) {
      return usage(err, e.getMessage());
    }
    SparkConf conf = new SparkConf();
    String master = options.masterOr(conf.getOption("spark.master").getOrElse(() -> null));
    SparkSession.Builder builder =
        SparkSession.builder()
            .appName("pressroom-spark")
            .master(master)
            .config("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      builder.config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Path output =
          options.output() == null
              ? FileSystem.get(spark.sparkContext().hadoopConfiguration()).getWorkingDirectory()
              : qualified(spark, options.output());
      settings =
          new ConvertSettings(
              settings.from(),
              settings.formats(),
              output.toString(),
              settings.paper(),
              settings.font(),
              settings.justify());
      return new ConvertJob(spark, err).run(options, settings);
    } catch (Exception e) {
      err.println("pressroom-spark: the job failed: " + Converter.internalError(e));
      err.flush();
      return 3;
    } finally {
      spark.stop();
    }
  }

  /** The settings the options give; the output is resolved later, by Hadoop. */
  static ConvertSettings settings(JobOptions options, String output)
      throws JobOptions.UsageException {
    ConvertSettings settings;
    try {
      if (options.from() != null) {
        PerExecutor.pressroom().requireParser(options.from());
      }
      settings =
          new ConvertSettings(
              options.from(),
              ConvertSettings.formats(PerExecutor.pressroom(), options.to()),
              output,
              options.paper(),
              options.font(),
              options.justify());
    } catch (IllegalArgumentException e) {
      throw new JobOptions.UsageException(e.getMessage());
    }
    String unused = settings.unusedOption();
    if (unused != null) {
      throw new JobOptions.UsageException(unused);
    }
    return settings;
  }

  private static Path qualified(SparkSession spark, String output) throws java.io.IOException {
    Path path = new Path(output);
    return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).makeQualified(path);
  }

  private static int usage(PrintStream err, String message) {
    err.println("pressroom-spark: " + message);
    err.println("Try 'pressroom-spark --help' for more information.");
    err.flush();
    return 2;
  }
}
