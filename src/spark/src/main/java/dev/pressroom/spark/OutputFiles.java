package dev.pressroom.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * Writes outputs through Hadoop's file systems (local files, HDFS, {@code s3a://}, ...), each
 * completely or not at all: into a hidden temporary file beside it, {@code
 * .NAME.pPARTITION-aATTEMPT .part}, renamed into place when complete (on local files and HDFS an
 * atomic rename that replaces an earlier output). The names are deterministic, so a retried task
 * first removes what an earlier attempt of the same task may have left, and then writes the same
 * files again: a retry leaves no partial and no duplicate file. Local files are written without
 * Hadoop's {@code .crc} files.
 */
final class OutputFiles implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Broadcast<Map<String, String>> hadoop;
  private transient Configuration configuration;

  /** Writes with this Hadoop configuration (the driver's, as entries). */
  OutputFiles(Broadcast<Map<String, String>> hadoop) {
    this.hadoop = hadoop;
  }

  /** Writes with the session's Hadoop configuration, sent once to each executor. */
  static OutputFiles of(SparkSession spark) {
    Map<String, String> entries = new HashMap<>();
    for (Map.Entry<String, String> entry : spark.sparkContext().hadoopConfiguration()) {
      entries.put(entry.getKey(), entry.getValue());
    }
    return new OutputFiles(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(entries));
  }

  /** Which attempt of which task writes; the driver's own writes have partition -1. */
  record Attempt(int partition, int number) {
    /** The driver, writing the outputs of inputs no task saw (empty files). */
    static final Attempt DRIVER = new Attempt(-1, 0);
  }

  /**
   * Writes {@code bytes} to {@code target}.
   *
   * @param input the file name of the input, for {@link FaultInjection}
   */
  void write(Path target, byte[] bytes, Attempt attempt, String input) throws IOException {
    if ("file".equals(target.toUri().getScheme())) {
      writeLocal(target, bytes, attempt, input);
      return;
    }
    FileSystem fs = fileSystem(target);
    Path parent = target.getParent();
    String name = target.getName();
    for (int earlier = 0; earlier < attempt.number(); earlier++) {
      fs.delete(temporary(parent, name, attempt.partition(), earlier), false);
    }
    Path temporary = temporary(parent, name, attempt.partition(), attempt.number());
    fs.mkdirs(parent);
    if (attempt.partition() >= 0 && FaultInjection.fails(input, attempt.number())) {
      try (FSDataOutputStream out = fs.create(temporary, true)) {
        out.write(bytes, 0, bytes.length / 2);
      }
      throw new FaultInjection.InjectedFailure("injected failure while writing " + target);
    }
    boolean done = false;
    try {
      try (FSDataOutputStream out = fs.create(temporary, true)) {
        out.write(bytes);
      }
      if (!fs.rename(temporary, target)) {
        // HDFS and object stores refuse to rename onto an existing file: replace it.
        fs.delete(target, false);
        if (!fs.rename(temporary, target)) {
          throw new IOException("cannot move " + temporary + " to " + target);
        }
      }
      done = true;
    } finally {
      if (!done) {
        fs.delete(temporary, false);
      }
    }
  }

  /**
   * {@link #write} for a local file, through {@code java.nio}: Hadoop's local file system sets each
   * new file's permissions by starting a {@code chmod} process where its native library is missing,
   * which costs more than the conversion.
   */
  private static void writeLocal(Path target, byte[] bytes, Attempt attempt, String input)
      throws IOException {
    java.nio.file.Path file = java.nio.file.Path.of(target.toUri());
    java.nio.file.Path parent = file.getParent();
    String name = file.getFileName().toString();
    for (int earlier = 0; earlier < attempt.number(); earlier++) {
      Files.deleteIfExists(local(temporary(parent, name, attempt.partition(), earlier)));
    }
    java.nio.file.Path temporary =
        local(temporary(parent, name, attempt.partition(), attempt.number()));
    Files.createDirectories(parent);
    if (attempt.partition() >= 0 && FaultInjection.fails(input, attempt.number())) {
      Files.write(temporary, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      throw new FaultInjection.InjectedFailure("injected failure while writing " + target);
    }
    boolean done = false;
    try {
      Files.write(temporary, bytes);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      done = true;
    } finally {
      if (!done) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  private static Path temporary(
      java.nio.file.Path parent, String name, int partition, int attempt) {
    return temporary(new Path(parent.toUri()), name, partition, attempt);
  }

  private static java.nio.file.Path local(Path path) {
    return java.nio.file.Path.of(path.toUri());
  }

  /** The temporary file of one attempt at one output. */
  static Path temporary(Path parent, String name, int partition, int attempt) {
    String task = partition < 0 ? "driver" : "p" + partition + "-a" + attempt;
    return new Path(parent, "." + name + "." + task + ".part");
  }

  private FileSystem fileSystem(Path path) throws IOException {
    if (configuration == null) {
      Configuration conf = new Configuration(false);
      hadoop.value().forEach(conf::set);
      configuration = conf;
    }
    FileSystem fs = path.getFileSystem(configuration);
    return fs instanceof LocalFileSystem local ? local.getRawFileSystem() : fs;
  }
}
