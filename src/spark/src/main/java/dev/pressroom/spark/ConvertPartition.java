package dev.pressroom.spark;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Converts the files of one partition, one at a time as Spark hands them over, with the executor's
 * one {@link dev.pressroom.Pressroom}: a row of files in ({@code path}, {@code content}, and where
 * the outputs go: a {@code relative} path, else the path below a {@code root}, else the file name),
 * a row of {@link ConversionResult#SCHEMA} out.
 */
final class ConvertPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final ConvertSettings settings;
  private final OutputFiles files;
  private final Exceptions exceptions;

  /**
   * What the driver decided about particular inputs before the job ran, normally nothing.
   *
   * @param clashes by input path, the formats whose outputs may not be written, with the reason
   * @param problems by input path, why it is not converted at all
   * @param skipped inputs listed twice: {@code INDEX:PATH} of each listing after the first
   */
  record Exceptions(
      Map<String, Map<String, String>> clashes, Map<String, String> problems, Set<String> skipped)
      implements java.io.Serializable {
    static final Exceptions NONE = new Exceptions(Map.of(), Map.of(), Set.of());
  }

  ConvertPartition(ConvertSettings settings, OutputFiles files, Exceptions exceptions) {
    this.settings = settings;
    this.files = files;
    this.exceptions = exceptions;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TaskContext task = TaskContext.get();
    OutputFiles.Attempt attempt =
        task == null
            ? new OutputFiles.Attempt(0, 0)
            : new OutputFiles.Attempt(task.partitionId(), task.attemptNumber());
    Converter converter = new Converter(settings, files);
    return new Iterator<>() {
      private Row next = advance();

      private Row advance() {
        while (rows.hasNext()) {
          Row row = rows.next();
          String path = Inputs.normal(row.getAs("path"));
          Inputs.Listed listed = Inputs.listed(row, settings.from());
          if (!listed.accepted() || exceptions.skipped().contains(listed.index() + ":" + path)) {
            continue;
          }
          String problem = exceptions.problems().get(path);
          if (problem != null) {
            return ConversionResult.failed(path, null, problem).toRow();
          }
          byte[] content = row.getAs("content");
          return converter
              .convert(
                  path,
                  listed.relative(),
                  content,
                  exceptions.clashes().getOrDefault(path, Map.of()),
                  attempt)
              .toRow();
        }
        return null;
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Row next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Row row = next;
        next = advance();
        return row;
      }
    };
  }
}
