package dev.pressroom.format.docx;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import java.util.regex.Pattern;

/**
 * Where a date stands in a file Pressroom did not write: a paragraph that is only a date, or a
 * dateline opening a paragraph. The dates themselves are read by {@link DateFinder}.
 */
final class DateLines {
  private DateLines() {}

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:date|dated|published|posted|released|issued|updated|datum)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** The date when {@code line} is nothing but a date (after a label such as "Date:"). */
  static Timestamp wholeLine(String line) {
    String rest = LABEL.matcher(line.strip()).replaceFirst("");
    DateFinder.Found found = DateFinder.at(rest, 0);
    if (found == null) {
      return null;
    }
    String tail = rest.substring(found.end()).strip();
    return tail.isEmpty() || tail.equals(".") ? found.timestamp() : null;
  }

  /**
   * The date of a dateline opening a paragraph ({@code WASHINGTON, Oct. 27, 2023 --}, {@code
   * December 2, 2020—}), or {@code null}.
   */
  static Timestamp dateline(String paragraph) {
    String head = paragraph.length() > 160 ? paragraph.substring(0, 160) : paragraph;
    DateFinder.Found found = DateFinder.find(head);
    if (found == null || found.start() > 100) {
      return null;
    }
    String after = head.substring(found.end()).stripLeading();
    return after.startsWith("--")
            || after.startsWith("\u2014")
            || after.startsWith("\u2013")
            || after.startsWith("- ")
            || after.startsWith("/")
            || after.startsWith(":")
        ? found.timestamp()
        : null;
  }
}
