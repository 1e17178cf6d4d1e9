package dev.pressroom.format.docx;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;

/**
 * Where a date stands in a file Pressroom did not write: a paragraph that is only a date, or a
 * dateline opening a paragraph. Both are the one grammar's ({@link DateFinder}); a date said to be
 * a change ({@code Updated: ...}) is not the release's.
 */
final class DateLines {
  private DateLines() {}

  /** The date when {@code line} is nothing but a date (after a label such as "Date:"). */
  static Timestamp wholeLine(String line) {
    DateFinder.Found found = DateFinder.wholeLine(line);
    return found == null || found.updated() ? null : found.timestamp();
  }

  /**
   * The date of a dateline opening a paragraph ({@code WASHINGTON, Oct. 27, 2023 --}, {@code
   * December 2, 2020—}), or {@code null}.
   */
  static Timestamp dateline(String paragraph) {
    DateFinder.Dateline dateline = DateFinder.dateline(paragraph);
    return dateline == null || dateline.date() == null ? null : dateline.date().timestamp();
  }
}
