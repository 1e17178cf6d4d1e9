package dev.pressroom.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/** Reads the files of one partition into rows of {@link ReleaseJson#SCHEMA}. */
final class ReadPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final String from;

  ReadPartition(String from) {
    this.from = from;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        String path = Inputs.normal(row.getAs("path"));
        byte[] content = row.getAs("content");
        return Converter.read(path, from, content).toRow();
      }
    };
  }
}
