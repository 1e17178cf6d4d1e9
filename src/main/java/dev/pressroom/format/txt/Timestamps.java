package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import dev.pressroom.model.Timestamp.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamp lines: the shape the renderer writes ({@code 2023-10-28}, {@code 2023-10-28 13:25},
 * {@code 2023-10-28 13:25:07}, {@code 2023-10-28 13:25 +08:00 [Asia/Shanghai]}) and the common
 * shapes people write, read leniently:
 *
 * <ul>
 *   <li>{@code 2023-10-28}, {@code 2023/10/28}, ISO-8601 with {@code T};
 *   <li>{@code October 28, 2023}, {@code Oct. 28, 2023}, {@code Saturday, October 28, 2023};
 *   <li>{@code 28 October 2023}, {@code 28th Oct 2023};
 *   <li>{@code 10.11.2021} (day.month.year, as in Germany);
 *   <li>{@code 2023年10月28日};
 * </ul>
 *
 * <p>each optionally followed by a time ({@code 13:25}, {@code 13:25:07}, {@code 1:25 PM}, after a
 * space, {@code T}, a comma or {@code at}), an offset ({@code +08:00}, {@code Z}, {@code UTC},
 * {@code GMT}) and a region zone in brackets. {@code 10/11/2021} is not accepted: its order is
 * ambiguous.
 */
final class Timestamps {
  private Timestamps() {}

  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,? )?";
  private static final String MONTH =
      "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** The date shapes, each with groups {@code y}, {@code m} or {@code mon}, and {@code d}. */
  private static final List<String> DATES =
      List.of(
          "(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})",
          "(?<y>\\d{4})/(?<m>\\d{1,2})/(?<d>\\d{1,2})",
          "(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})",
          "(?<y>\\d{4}) ?年 ?(?<m>\\d{1,2}) ?月 ?(?<d>\\d{1,2}) ?日",
          WEEKDAY + MONTH + " ?(?<d>\\d{1,2})" + ORDINAL + ",? (?<y>\\d{4})",
          WEEKDAY + "(?<d>\\d{1,2})" + ORDINAL + "\\.? " + MONTH + ",? (?<y>\\d{4})");

  private static final String TIME =
      "(?:(?:T| |, |,? at )(?<h>\\d{1,2}):(?<mi>\\d{2})(?::(?<s>\\d{2}))?"
          + "(?: ?(?<ap>[ap])\\.?m\\.?)?"
          + "(?: ?(?<off>Z|UTC|GMT|[+-]\\d{2}:\\d{2}(?::\\d{2})?))?"
          + "(?: ?\\[(?<zone>[A-Za-z][A-Za-z0-9_+\\-/]*)])?)?";

  private static final List<Pattern> LINES =
      DATES.stream()
          .map(d -> Pattern.compile(d + TIME, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  /** Date shapes ending a piece of text, for datelines ({@code WASHINGTON, Oct. 27, 2023}). */
  private static final List<Pattern> TRAILING_DATES =
      DATES.stream()
          .map(
              d ->
                  Pattern.compile(
                      "(?:^|[ ,])" + d + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  /** Lines longer than this are never a timestamp; keeps long paragraphs cheap to classify. */
  private static final int MAX_LENGTH = 80;

  /** The timestamp a whole line shows, or {@code null} when it is not one (or not valid). */
  static Timestamp parse(String line) {
    if (line.length() > MAX_LENGTH || !hasDigit(line)) {
      return null;
    }
    String text = Text.collapse(line);
    for (Pattern pattern : LINES) {
      Matcher m = pattern.matcher(text);
      if (m.matches()) {
        return build(m, true);
      }
    }
    return null;
  }

  /**
   * A date at the very end of {@code text} (already collapsed): the start index of the match and
   * the date, or {@code null}.
   */
  static Found trailingDate(String text) {
    if (!hasDigit(text)) {
      return null;
    }
    for (Pattern pattern : TRAILING_DATES) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        Timestamp date = build(m, false);
        return date == null ? null : new Found(m.start(), date);
      }
    }
    return null;
  }

  /** A date found at {@code start} of some text. */
  record Found(int start, Timestamp date) {}

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static Timestamp build(Matcher m, boolean withTime) {
    try {
      int year = Integer.parseInt(m.group("y"));
      int month =
          m.pattern().pattern().contains("(?<mon>")
              ? month(m.group("mon"))
              : Integer.parseInt(m.group("m"));
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group("d")));
      if (!withTime || m.group("h") == null) {
        return Timestamp.ofDate(date);
      }
      int hour = Integer.parseInt(m.group("h"));
      String ap = m.group("ap");
      if (ap != null) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
      }
      String sec = m.group("s");
      LocalTime time =
          LocalTime.of(
              hour, Integer.parseInt(m.group("mi")), sec == null ? 0 : Integer.parseInt(sec));
      Precision precision = sec == null ? Precision.MINUTE : Precision.SECOND;
      ZoneOffset offset = offset(m.group("off"));
      ZoneId zone = m.group("zone") == null ? null : ZoneId.of(m.group("zone"));
      if (zone instanceof ZoneOffset) {
        return null;
      }
      if (zone != null && offset == null) {
        // A zone alone: take the offset it has at that moment.
        offset = ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null).getOffset();
      }
      return new Timestamp(date, time, precision, offset, zone);
    } catch (DateTimeException | IllegalArgumentException e) {
      // Not a real moment (Feb 30, 25:00, an unknown zone, a wrong offset): plain text.
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    return upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")
        ? ZoneOffset.UTC
        : ZoneOffset.of(text);
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (key) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }

  /**
   * The renderer's shape: {@code 2023-10-28}, {@code 2023-10-28 13:25}, {@code 2023-10-28
   * 13:25:07}, then {@code +08:00} (UTC as {@code +00:00}) and {@code [Asia/Shanghai]} when set.
   */
  static String format(Timestamp t) {
    StringBuilder out = new StringBuilder(48);
    LocalDate d = t.date();
    pad(out, d.getYear(), 4).append('-');
    pad(out, d.getMonthValue(), 2).append('-');
    pad(out, d.getDayOfMonth(), 2);
    if (t.precision() != Precision.DAY) {
      out.append(' ');
      pad(out, t.time().getHour(), 2).append(':');
      pad(out, t.time().getMinute(), 2);
      if (t.precision() == Precision.SECOND) {
        pad(out.append(':'), t.time().getSecond(), 2);
      }
      if (t.offset() != null) {
        out.append(' ').append(t.offset().equals(ZoneOffset.UTC) ? "+00:00" : t.offset().getId());
      }
      if (t.zone() != null) {
        out.append(" [").append(t.zone().getId()).append(']');
      }
    }
    return out.toString();
  }

  private static StringBuilder pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }
}
