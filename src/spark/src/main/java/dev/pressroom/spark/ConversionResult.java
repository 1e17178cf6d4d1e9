package dev.pressroom.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What became of one input: a row of the results table.
 *
 * @param path the input, as Spark lists it ({@code file:/data/a.txt}, {@code s3a://bucket/a.txt})
 * @param format the format it was read as, or {@code null} when none was found
 * @param status {@link #CONVERTED} or {@link #FAILED}
 * @param error why it failed, as {@code pressroom convert} says it (every format that failed, on
 *     one line), or {@code null}
 * @param title the release's title, or {@code null} when it was not read
 * @param timestamp the release's timestamp in ISO-8601 form, or {@code null}
 * @param language the release's language tag, or {@code null}
 * @param bodySize the number of characters in the release's paragraphs, or {@code null}
 * @param outputs the files written for it, in the order of the formats
 */
public record ConversionResult(
    String path,
    String format,
    String status,
    String error,
    String title,
    String timestamp,
    String language,
    Integer bodySize,
    List<String> outputs)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every output was written. */
  public static final String CONVERTED = "converted";

  /** The input could not be read, or an output could not be written. */
  public static final String FAILED = "failed";

  /** The schema of the results table, in this record's order. */
  public static final StructType SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("format", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, false)
          .add("error", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("timestamp", DataTypes.StringType, true)
          .add("language", DataTypes.StringType, true)
          .add("bodySize", DataTypes.IntegerType, true)
          .add("outputs", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** The outputs, copied. */
  public ConversionResult {
    outputs = List.copyOf(outputs);
  }

  /** An input that was not converted at all. */
  static ConversionResult failed(String path, String format, String error) {
    return new ConversionResult(path, format, FAILED, error, null, null, null, null, List.of());
  }

  /** Whether every output was written. */
  public boolean converted() {
    return CONVERTED.equals(status);
  }

  /** This result as a row of {@link #SCHEMA}. */
  public Row toRow() {
    return RowFactory.create(
        path,
        format,
        status,
        error,
        title,
        timestamp,
        language,
        bodySize,
        outputs.toArray(new String[0]));
  }

  /** A row of {@link #SCHEMA} as a result. */
  public static ConversionResult of(Row row) {
    return new ConversionResult(
        row.getString(0),
        row.getString(1),
        row.getString(2),
        row.getString(3),
        row.getString(4),
        row.getString(5),
        row.getString(6),
        row.isNullAt(7) ? null : row.getInt(7),
        row.getList(8));
  }
}
