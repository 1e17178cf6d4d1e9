package dev.pressroom.format.pdf;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date a person would read in a line of a foreign PDF: {@code 2023-10-28
 * 13:25}, {@code 2023/10/28}, {@code 19 November 2019}, {@code May 23, 2021}, {@code Oct. 27,
 * 2023}, {@code 10.11.2021}, {@code 2023年10月28日}, each optionally followed by a time {@code HH:mm}
 * or {@code HH:mm:ss}. A date that does not exist (31 February) is no date.
 */
final class PdfDateLine {
  private PdfDateLine() {}

  /** A date found in a line, and where. */
  record Found(Timestamp timestamp, int start, int end) {}

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String TIME =
      "(?:,?\\s*(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d))?";
  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)"
              + "(?:(?:T|,?\\s+(?:at\\s+)?)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?!\\d))?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+"
              + MONTH
              + ",?\\s+(\\d{4})(?!\\d)"
              + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)" + TIME);
  private static final Pattern CJK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日" + TIME);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  /** The earliest date in {@code line}, or {@code null}. */
  static Found find(String line) {
    Found best = null;
    best = earliest(best, line, ISO, 1, 3, 4, -1, 5);
    best = earliest(best, line, DAY_MONTH_YEAR, 3, -2, 1, 2, 4);
    best = earliest(best, line, MONTH_DAY_YEAR, 3, -1, 2, 1, 4);
    best = earliest(best, line, DOTTED, 3, 2, 1, -1, 4);
    best = earliest(best, line, CJK, 1, 2, 3, -1, 4);
    return best;
  }

  /**
   * The earliest match of {@code pattern} that is a real date, if before {@code best}. Group
   * numbers name year, month and day; a negative month group means the month is a name in group
   * {@code monthName}; {@code time} is the first of the hour, minute, second groups.
   */
  private static Found earliest(
      Found best,
      String line,
      Pattern pattern,
      int year,
      int month,
      int day,
      int monthName,
      int time) {
    Matcher m = pattern.matcher(line);
    while (m.find()) {
      if (best != null && m.start() >= best.start()) {
        return best;
      }
      Timestamp timestamp = timestamp(m, year, month, day, monthName, time);
      if (timestamp != null) {
        return new Found(timestamp, m.start(), m.end());
      }
    }
    return best;
  }

  private static Timestamp timestamp(
      Matcher m, int year, int month, int day, int monthName, int time) {
    try {
      int monthValue =
          month > 0
              ? Integer.parseInt(m.group(month))
              : MONTHS.get(m.group(monthName).substring(0, 3).toLowerCase(Locale.ROOT));
      LocalDate date =
          LocalDate.of(Integer.parseInt(m.group(year)), monthValue, Integer.parseInt(m.group(day)));
      if (date.getYear() < 1) {
        return null;
      }
      if (m.group(time) == null) {
        return Timestamp.ofDate(date);
      }
      int hour = Integer.parseInt(m.group(time));
      int minute = Integer.parseInt(m.group(time + 1));
      String second = m.group(time + 2);
      LocalDateTime at = date.atTime(hour, minute, second == null ? 0 : Integer.parseInt(second));
      return Timestamp.of(
          at, second == null ? Timestamp.Precision.MINUTE : Timestamp.Precision.SECOND);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
