package dev.pressroom.reading;

import dev.pressroom.model.Timestamp;
import java.util.Objects;

/**
 * A date the document's metadata states, as text for the one date grammar to read.
 *
 * @param text the value as the source wrote it ({@code 2023-10-28T13:25:00+08:00}, {@code
 *     D:20191119}, {@code 28 October 2023})
 * @param label what the date is said to be
 * @param origin where it was found ({@code JSON-LD datePublished}, {@code docProps/core.xml
 *     created}), for warnings
 * @param value the date as the format's own rules already read it (a YAML timestamp with its
 *     precision and zone), or {@code null} for the date grammar to read {@code text}
 */
public record DateClaim(String text, Label label, String origin, Timestamp value) {

  /** What a date is said to be. */
  public enum Label {
    /** When the release was published (front matter {@code date}, {@code datePublished}). */
    PUBLISHED,
    /** When it was last changed ({@code dateModified}, {@code Updated:}). */
    MODIFIED,
    /**
     * When the file was made ({@code created}, PDF {@code CreationDate}): a later re-save often.
     */
    FILE_CREATED,
    /** When the file was last saved ({@code modified}, PDF {@code ModDate}). */
    FILE_MODIFIED
  }

  public DateClaim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }

  /** A claim for the date grammar to read. */
  public DateClaim(String text, Label label, String origin) {
    this(text, label, origin, null);
  }
}
