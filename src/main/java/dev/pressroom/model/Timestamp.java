package dev.pressroom.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a release was published, at the precision it was given: a month, a date, a date and minutes,
 * or a date and seconds, optionally with a UTC offset and a region zone.
 *
 * <pre>{@code
 * Timestamp.parse("2023-10-28T13:25");                      // minutes, no zone
 * Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"); // minutes, offset and zone
 * Timestamp.ofDate(LocalDate.of(2023, 10, 28)).toString();  // "2023-10-28"
 * Timestamp.ofMonth(YearMonth.of(2024, 6)).toString();     // "2024-06"
 * }</pre>
 *
 * <p>Rules: the year is 1 to 9999; a {@code time} has no fraction of a second and, at {@link
 * Precision#MINUTE}, no seconds; a date has no offset or zone; a {@code zone} is a region (not an
 * offset) and needs an {@code offset} that is valid for it at that moment. At {@link
 * Precision#MONTH} the date is the month's first day: the constructor sets the day to 1, so that
 * one month is one value whatever day it was built with.
 *
 * @param date the calendar date, required; the first of the month at {@link Precision#MONTH}
 * @param time the local time, {@code null} at {@link Precision#DAY} and {@link Precision#MONTH}
 * @param precision how much of the time was given
 * @param offset the UTC offset, or {@code null}
 * @param zone the region zone such as {@code Asia/Shanghai}, or {@code null}
 */
public record Timestamp(
    LocalDate date, LocalTime time, Precision precision, ZoneOffset offset, ZoneId zone) {

  /** How much of a timestamp was given. */
  public enum Precision {
    /** A year and month only ({@code 2024-06}), for releases dated by month. */
    MONTH,
    /** A calendar date. */
    DAY,
    /** A date and a time to the minute. */
    MINUTE,
    /** A date and a time to the second. */
    SECOND
  }

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2})(?:(-\\d{2})"
              + "(?:T(\\d{2}:\\d{2})(:\\d{2})?(Z|[+-]\\d{2}:\\d{2})?(?:\\[([^\\]]+)])?)?)?");

  /** A timestamp, checked against the rules above. */
  public Timestamp {
    Objects.requireNonNull(date, "timestamp date is missing");
    Objects.requireNonNull(precision, "timestamp precision is missing");
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new IllegalArgumentException("timestamp year must be 1 to 9999: " + date);
    }
    if (precision == Precision.DAY || precision == Precision.MONTH) {
      if (time != null || offset != null || zone != null) {
        throw new IllegalArgumentException("a date-only timestamp has no time, offset or zone");
      }
      if (precision == Precision.MONTH) {
        date = date.withDayOfMonth(1);
      }
    } else {
      if (time == null) {
        throw new IllegalArgumentException("timestamp time is missing at " + precision);
      }
      if (time.getNano() != 0) {
        throw new IllegalArgumentException("timestamp has fractions of a second: " + time);
      }
      if (precision == Precision.MINUTE && time.getSecond() != 0) {
        throw new IllegalArgumentException("timestamp at minute precision has seconds: " + time);
      }
      if (zone != null) {
        if (zone instanceof ZoneOffset) {
          throw new IllegalArgumentException("timestamp zone must be a region, not " + zone);
        }
        if (offset == null) {
          throw new IllegalArgumentException("timestamp zone " + zone + " needs an offset");
        }
        try {
          ZonedDateTime.ofStrict(LocalDateTime.of(date, time), offset, zone);
        } catch (DateTimeException e) {
          throw new IllegalArgumentException(
              "timestamp offset "
                  + offset
                  + " is not valid in "
                  + zone
                  + " at "
                  + date
                  + " "
                  + time);
        }
      }
    }
  }

  /** A date without a time. */
  public static Timestamp ofDate(LocalDate date) {
    return new Timestamp(date, null, Precision.DAY, null, null);
  }

  /** A year and month without a day. */
  public static Timestamp ofMonth(YearMonth month) {
    return new Timestamp(month.atDay(1), null, Precision.MONTH, null, null);
  }

  /** The year and month. */
  public YearMonth yearMonth() {
    return YearMonth.from(date);
  }

  /** A local date and time at minute or second precision. */
  public static Timestamp of(LocalDateTime dateTime, Precision precision) {
    return new Timestamp(dateTime.toLocalDate(), dateTime.toLocalTime(), precision, null, null);
  }

  /** A date and time with a UTC offset. */
  public static Timestamp of(OffsetDateTime dateTime, Precision precision) {
    return new Timestamp(
        dateTime.toLocalDate(), dateTime.toLocalTime(), precision, dateTime.getOffset(), null);
  }

  /**
   * A date and time with offset and zone; a {@link ZonedDateTime} whose zone is a bare offset gives
   * a timestamp with only the offset.
   */
  public static Timestamp of(ZonedDateTime dateTime, Precision precision) {
    ZoneId zone = dateTime.getZone() instanceof ZoneOffset ? null : dateTime.getZone();
    return new Timestamp(
        dateTime.toLocalDate(), dateTime.toLocalTime(), precision, dateTime.getOffset(), zone);
  }

  /**
   * Parses the ISO-8601 form that {@link #toString()} writes: {@code 2024-06}, {@code 2023-10-28},
   * {@code 2023-10-28T13:25}, {@code 2023-10-28T13:25:07}, {@code 2023-10-28T13:25+08:00}, {@code
   * 2023-10-28T13:25+08:00[Asia/Shanghai]}, and {@code Z} for UTC.
   *
   * @throws IllegalArgumentException when the text is not of that form or not a valid moment
   */
  public static Timestamp parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO-8601 timestamp: \"" + text + "\"");
    }
    try {
      if (m.group(2) == null) {
        return ofMonth(YearMonth.parse(m.group(1)));
      }
      LocalDate date = LocalDate.parse(m.group(1) + m.group(2));
      if (m.group(3) == null) {
        return ofDate(date);
      }
      Precision precision = m.group(4) == null ? Precision.MINUTE : Precision.SECOND;
      LocalTime time = LocalTime.parse(m.group(3) + (m.group(4) == null ? "" : m.group(4)));
      ZoneOffset offset = m.group(5) == null ? null : ZoneOffset.of(m.group(5));
      ZoneId zone = m.group(6) == null ? null : ZoneId.of(m.group(6));
      if (zone != null && offset == null) {
        throw new IllegalArgumentException("a zone needs an offset: \"" + text + "\"");
      }
      return new Timestamp(date, time, precision, offset, zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a valid timestamp: \"" + text + "\"");
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "not a valid timestamp: \"" + text + "\" (" + e.getMessage() + ")");
    }
  }

  /**
   * The local date and time; midnight for a date-only timestamp, midnight of the first for a month.
   */
  public LocalDateTime toLocalDateTime() {
    return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
  }

  /** The ISO-8601 form at this timestamp's own precision; {@link #parse} reads it back. */
  @Override
  public String toString() {
    if (precision == Precision.MONTH) {
      return yearMonth().toString();
    }
    if (precision == Precision.DAY) {
      return date.toString();
    }
    StringBuilder out = new StringBuilder(40);
    out.append(date).append('T');
    out.append(
        time.format(
            DateTimeFormatter.ofPattern(precision == Precision.MINUTE ? "HH:mm" : "HH:mm:ss")));
    if (offset != null) {
      out.append(offset.getId());
    }
    if (zone != null) {
      out.append('[').append(zone.getId()).append(']');
    }
    return out.toString();
  }
}
