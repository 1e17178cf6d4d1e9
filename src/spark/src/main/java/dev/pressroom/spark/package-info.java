/**
 * Pressroom on Apache Spark: the library's conversions as functions over a {@code Dataset} of
 * files, failures as rows rather than a failed job, one {@link dev.pressroom.Pressroom} (and its
 * parsed fonts) per executor.
 *
 * <p>{@link dev.pressroom.spark.SparkPressroom} holds the building blocks for jobs of your own;
 * {@link dev.pressroom.spark.Main} is the {@code pressroom-spark} command, which runs {@code
 * pressroom convert}'s conversions as one job and writes a results table beside the outputs.
 */
package dev.pressroom.spark;
