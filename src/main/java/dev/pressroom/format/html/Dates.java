package dev.pressroom.format.html;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine dates of meta tags, JSON-LD and {@code datetime} attributes: {@code
 * 2020-09-27}, {@code 2021-11-10T09:30:00.000+01:00}. A timestamp keeps the precision it was
 * written with; fractions of a second are dropped. Noon UTC exactly ({@code 2021-11-10T12:00:00Z},
 * {@code 12:00+00:00}) is what date fields store when only a day was entered, so it is read as that
 * day, not as a stated time. The dates people write on pages are read by {@link
 * dev.pressroom.internal.DateFinder}.
 */
final class Dates {
  private Dates() {}

  private static final Pattern MACHINE =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?.*",
          Pattern.DOTALL);

  /** A machine date ({@code 2020-09-27}, {@code 2021-11-10T09:30:00.000+01:00}), or null. */
  static Timestamp machine(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = MACHINE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    String offset = m.group(7);
    if (offset != null && !offset.equals("Z")) {
      offset =
          offset.length() == 3
              ? offset + ":00"
              : offset.contains(":") ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
    }
    return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), offset);
  }

  private static Timestamp build(
      String y, String mo, String d, String h, String mi, String s, String offset) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.getYear() < 1) {
        return null;
      }
      if (h == null || isNoonUtc(h, mi, s, offset)) {
        return Timestamp.ofDate(date);
      }
      LocalDateTime dt =
          date.atTime(
              Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
      Timestamp.Precision precision =
          s == null ? Timestamp.Precision.MINUTE : Timestamp.Precision.SECOND;
      if (offset == null) {
        return Timestamp.of(dt, precision);
      }
      return Timestamp.of(dt.atOffset(ZoneOffset.of(offset)), precision);
    } catch (DateTimeException | NumberFormatException e) {
      return null; // not a real date: 2021-02-30, 25:99
    }
  }

  /** A date field's default time: 12:00 (no seconds, or zero) in UTC. */
  private static boolean isNoonUtc(String h, String mi, String s, String offset) {
    return Integer.parseInt(h) == 12
        && Integer.parseInt(mi) == 0
        && (s == null || Integer.parseInt(s) == 0)
        && ("Z".equals(offset) || "+00:00".equals(offset) || "-00:00".equals(offset));
  }
}
