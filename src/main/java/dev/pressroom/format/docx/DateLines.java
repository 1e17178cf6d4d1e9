package dev.pressroom.format.docx;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them in documents: {@code 2023-10-28 13:25}, {@code 2023/10/28}, {@code
 * October 28, 2023}, {@code Oct. 28, 2023}, {@code 28 October 2023}, {@code 28. Oktober 2023},
 * {@code 10.11.2021} (day first), {@code 2023年10月28日}, each optionally followed by a time {@code
 * 13:25}. Used for files Pressroom did not write.
 */
final class DateLines {
  private DateLines() {}

  /** A date found in a text, and where. */
  record Found(Timestamp timestamp, int start, int end) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("mär", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("okt", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("dez", 12));

  private static final String MONTH =
      "(Jan(?:uary|uar)?|Feb(?:ruary|ruar)?|M(?:ar(?:ch)?|ärz)|Apr(?:il)?|Ma[yi]|Jun[ei]?|Jul[yi]?"
          + "|Aug(?:ust)?|Sept?(?:ember)?|O[ck]t(?:ober)?|Nov(?:ember)?|De[cz](?:ember)?)\\.?";
  private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2}))?)?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CJK =
      Pattern.compile(
          "(?<!\\d)(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
              + MONTH
              + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
              + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})" + TIME.replace(",?", ""),
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:date|dated|published|posted|released|issued|updated|datum)\\s*:?\\s*",
          Pattern.CASE_INSENSITIVE);

  /** The first date in {@code text}, or {@code null}. */
  static Found find(String text) {
    Found best = null;
    for (Pattern pattern : new Pattern[] {NUMERIC, CJK, MONTH_FIRST, DAY_FIRST, DOTTED}) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        Timestamp t = toTimestamp(pattern, m);
        if (t != null) {
          if (best == null || m.start() < best.start()) {
            best = new Found(t, m.start(), m.end());
          }
          break;
        }
      }
    }
    return best;
  }

  /** The date when {@code line} is nothing but a date (after a label such as "Date:"). */
  static Timestamp wholeLine(String line) {
    String rest = LABEL.matcher(line.strip()).replaceFirst("");
    Found found = find(rest);
    if (found == null || found.start() != 0) {
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
    Found found = find(head);
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

  private static Timestamp toTimestamp(Pattern pattern, Matcher m) {
    try {
      int year;
      int month;
      int day;
      if (pattern == NUMERIC || pattern == CJK) {
        year = Integer.parseInt(m.group(1));
        month = Integer.parseInt(m.group(2));
        day = Integer.parseInt(m.group(3));
      } else if (pattern == MONTH_FIRST) {
        month = month(m.group(1));
        day = Integer.parseInt(m.group(2));
        year = Integer.parseInt(m.group(3));
      } else if (pattern == DAY_FIRST) {
        day = Integer.parseInt(m.group(1));
        month = month(m.group(2));
        year = Integer.parseInt(m.group(3));
      } else {
        day = Integer.parseInt(m.group(1));
        month = Integer.parseInt(m.group(2));
        year = Integer.parseInt(m.group(3));
      }
      LocalDate date = LocalDate.of(year, month, day);
      if (year < 1 || year > 9999) {
        return null;
      }
      String hours = m.group(4);
      if (hours == null) {
        return Timestamp.ofDate(date);
      }
      int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
      LocalDateTime at = date.atTime(Integer.parseInt(hours), Integer.parseInt(m.group(5)), second);
      return Timestamp.of(
          at, m.group(6) == null ? Timestamp.Precision.MINUTE : Timestamp.Precision.SECOND);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // 31 February and friends are no dates
    }
  }

  private static int month(String name) {
    Integer month = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new IllegalArgumentException(name);
    }
    return month;
  }
}
