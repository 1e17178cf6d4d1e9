package dev.pressroom.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the in-process tests: {@code local[2,2]}, two threads, and a task
 * that fails is tried once more.
 */
final class SparkTests {
  private SparkTests() {}

  private static SparkSession session;

  /** The session, started on first use and stopped when the tests' JVM ends. */
  static synchronized SparkSession spark() {
    if (session == null) {
      session =
          SparkSession.builder()
              .appName("pressroom-spark-tests")
              .master("local[2,2]")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.sql.shuffle.partitions", "2")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
