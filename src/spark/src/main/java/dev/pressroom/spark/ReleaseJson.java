package dev.pressroom.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One input read: the release in Pressroom's JSON form, or why it could not be read.
 *
 * @param path the input, as Spark lists it
 * @param format the format it was read as, or {@code null} when none was found
 * @param release the release as {@code pressroom inspect} prints it (the {@code json} format), or
 *     {@code null} when it could not be read
 * @param error why it could not be read, or {@code null}
 */
public record ReleaseJson(String path, String format, String release, String error)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The schema of {@link SparkPressroom#releases}, in this record's order. */
  public static final StructType SCHEMA =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("format", DataTypes.StringType, true)
          .add("release", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true);

  /** This value as a row of {@link #SCHEMA}. */
  public Row toRow() {
    return RowFactory.create(path, format, release, error);
  }

  /** A row of {@link #SCHEMA} as a value. */
  public static ReleaseJson of(Row row) {
    return new ReleaseJson(row.getString(0), row.getString(1), row.getString(2), row.getString(3));
  }
}
