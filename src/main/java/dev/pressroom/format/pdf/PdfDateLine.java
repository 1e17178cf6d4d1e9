package dev.pressroom.format.pdf;

import dev.pressroom.internal.DateFinder;
import java.util.regex.Pattern;

/**
 * The publication date a person would read in a line of a foreign PDF, found by {@link DateFinder},
 * and whether it stands where a release's date stands: at the start of a line, after a label
 * ({@code Published:}), or after a comma or colon (a dateline {@code Brussels, 19 November 2019 –}
 * or a byline {@code Prepared by A. Moore, May 23, 2021}).
 */
final class PdfDateLine {
  private PdfDateLine() {}

  private static final Pattern DATE_LABEL =
      Pattern.compile("(?i)(?:date[d]?|published|posted|issued|released|updated)?");

  /** The earliest date in {@code line}, or {@code null}. */
  static DateFinder.Found find(String line) {
    return DateFinder.find(line);
  }

  /** The first date in {@code text} if it stands where a release's date stands, else null. */
  static DateFinder.Found header(String text) {
    DateFinder.Found found = find(text);
    if (found == null) {
      return null;
    }
    if (placed(text.substring(0, found.start()))) {
      return found;
    }
    // A weekday may also end what stands before the date: "Posted on Monday, May 23, 2021".
    for (int i = found.start() + 1; i < found.end(); i++) {
      DateFinder.Found bare = DateFinder.at(text, i);
      if (bare != null && bare.end() == found.end()) {
        return placed(text.substring(0, i)) ? found : null;
      }
    }
    return null;
  }

  private static boolean placed(String text) {
    String before = text.strip();
    return before.isEmpty()
        || DATE_LABEL.matcher(before.replaceAll("[:\\s]+$", "")).matches()
        || (before.length() <= 80 && (before.endsWith(",") || before.endsWith(":")));
  }

  /** Whether {@code text} is a header date and nothing else but a label and punctuation. */
  static boolean isDateOnly(String text) {
    DateFinder.Found found = header(text);
    return found != null && onlyDate(text, found);
  }

  /** Whether {@code text} holds nothing but {@code date}, a label and punctuation. */
  static boolean onlyDate(String text, DateFinder.Found date) {
    String rest =
        (text.substring(0, date.start()) + " " + text.substring(date.end()))
            .replaceAll("[\\p{P}\\s]+", " ")
            .strip();
    return DATE_LABEL.matcher(rest).matches();
  }
}
