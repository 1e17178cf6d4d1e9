package dev.pressroom.format.txt;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import dev.pressroom.model.Timestamp.Precision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamp lines: the shape the renderer writes ({@code 2024-06}, {@code 2023-10-28}, {@code
 * 2023-10-28 13:25}, {@code 2023-10-28 13:25:07}, {@code 2023-10-28 13:25 +08:00 [Asia/Shanghai]}),
 * read exactly, and every shape of the one date grammar ({@link DateFinder#wholeLine}) for lines
 * people wrote: {@code October 28, 2023}, {@code 28. Oktober 2023}, {@code 10.11.2021}, {@code
 * 2023年10月28日}, {@code Juni 2024}, a label before ({@code Date:}, {@code Published}), a time,
 * offset and zone after. A line whose date is said to be a change ({@code Updated: ...}) is no
 * timestamp line. {@code 10/11/2021} is not accepted: its order is ambiguous.
 */
final class Timestamps {
  private Timestamps() {}

  /** The renderer's own shape. */
  private static final Pattern OWN =
      Pattern.compile(
          "(\\d{4})-(\\d{2})(?:-(\\d{2})(?: (\\d{2}):(\\d{2})(?::(\\d{2}))?"
              + "(?: ([+-]\\d{2}:\\d{2}))?(?: \\[([A-Za-z][A-Za-z0-9_+\\-/]*)])?)?)?");

  /** Lines longer than this are never a timestamp; keeps long paragraphs cheap to classify. */
  private static final int MAX_LENGTH = 80;

  /** The timestamp a whole line shows, or {@code null} when it is not one (or not valid). */
  static Timestamp parse(String line) {
    if (line.length() > MAX_LENGTH || !hasDigit(line)) {
      return null;
    }
    String text = Text.collapse(line);
    Matcher own = OWN.matcher(text);
    if (own.matches()) {
      Timestamp t = own(own);
      if (t != null) {
        return t;
      }
    }
    DateFinder.Found found = DateFinder.wholeLine(text);
    return found == null || found.updated() ? null : found.timestamp();
  }

  private static Timestamp own(Matcher m) {
    try {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return Timestamp.ofMonth(YearMonth.of(year, month));
      }
      LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return Timestamp.ofDate(date);
      }
      boolean seconds = m.group(6) != null;
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              seconds ? Integer.parseInt(m.group(6)) : 0);
      ZoneOffset offset = m.group(7) == null ? null : ZoneOffset.of(m.group(7));
      if (m.group(8) != null && offset == null) {
        return null; // a zone alone: the grammar takes the zone's offset
      }
      ZoneId zone = m.group(8) == null ? null : ZoneId.of(m.group(8));
      if (zone instanceof ZoneOffset) {
        return null;
      }
      return new Timestamp(date, time, seconds ? Precision.SECOND : Precision.MINUTE, offset, zone);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // Feb 30, 25:00, a wrong offset: plain text, or another shape
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * The renderer's shape: {@code 2024-06}, {@code 2023-10-28}, {@code 2023-10-28 13:25}, {@code
   * 2023-10-28 13:25:07}, then {@code +08:00} (UTC as {@code +00:00}) and {@code [Asia/Shanghai]}
   * when set.
   */
  static String format(Timestamp t) {
    StringBuilder out = new StringBuilder(48);
    LocalDate d = t.date();
    pad(out, d.getYear(), 4).append('-');
    pad(out, d.getMonthValue(), 2);
    if (t.precision() == Precision.MONTH) {
      return out.toString();
    }
    pad(out.append('-'), d.getDayOfMonth(), 2);
    if (t.time() != null) {
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
