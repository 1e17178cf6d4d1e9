package dev.pressroom.format.md;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * Dates in Markdown front matter (a date line or dateline in the body is the assembler's).
 *
 * <p>Front matter: our own ISO form exactly ({@link Timestamp#parse}); else a metadata value of the
 * grammar ({@link DateFinder#value}): ISO-8601 with {@code T} or a space, optional seconds, a
 * fraction (dropped), {@code Z} or an offset ({@code +08:00}, {@code +0800}, also after a space as
 * Jekyll writes it) and an optional {@code [Region/Zone]}; the precision is what was written,
 * except that a date field's default time (noon UTC, a midnight without offset) is a date.
 */
final class Dates {
  private Dates() {}

  /** A value that looks like an ISO date, valid or not: an invalid one is an error. */
  private static final Pattern ISO_SHAPED = Pattern.compile("\\d{4}-\\d{1,2}(?:-\\d{1,2}.*)?");

  /**
   * Writes {@code timestamp} as front matter: {@code date} in the RFC 3339 form Hugo and Jekyll
   * read (a date alone, or date and time with seconds and the offset when there is one), then
   * {@code date_precision: "minute"} when the seconds were not given, {@code date_precision:
   * "month"} for a month alone (written as its first day), and {@code timezone} when there is a
   * region zone — the things RFC 3339 cannot say. {@link #qualify} undoes it.
   */
  static void write(StringBuilder out, Timestamp timestamp) {
    out.append("\ndate: ").append(timestamp.date());
    if (timestamp.precision() == Timestamp.Precision.MONTH) {
      out.append("\ndate_precision: \"month\"");
      return;
    }
    if (timestamp.time() == null) {
      return;
    }
    LocalTime time = timestamp.time();
    out.append('T').append(two(time.getHour())).append(':').append(two(time.getMinute()));
    out.append(':').append(two(time.getSecond()));
    if (timestamp.offset() != null) {
      out.append(timestamp.offset().getId());
    }
    if (timestamp.precision() == Timestamp.Precision.MINUTE) {
      out.append("\ndate_precision: \"minute\"");
    }
    if (timestamp.zone() != null) {
      out.append("\ntimezone: \"").append(timestamp.zone().getId()).append('"');
    }
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /**
   * Applies the qualifiers {@link #write} adds: {@code month} precision (kept only while the date
   * is a first of the month without a time, so an edited {@code date} wins), {@code minute}
   * precision (kept only while the seconds are zero) and a region zone (which needs an offset valid
   * there; a date without one takes the zone's offset).
   *
   * @throws DateTimeException when the zone is unknown or does not fit the date's offset
   */
  static Timestamp qualify(Timestamp timestamp, String precision, String zoneId) {
    if (timestamp != null
        && "month".equals(precision)
        && timestamp.precision() == Timestamp.Precision.DAY
        && timestamp.date().getDayOfMonth() == 1) {
      return Timestamp.ofMonth(timestamp.yearMonth());
    }
    if (timestamp == null || timestamp.time() == null) {
      return timestamp;
    }
    Timestamp.Precision p = timestamp.precision();
    if ("minute".equals(precision) && timestamp.time().getSecond() == 0) {
      p = Timestamp.Precision.MINUTE;
    }
    ZoneId zone = timestamp.zone();
    ZoneOffset offset = timestamp.offset();
    if (zoneId != null) {
      zone = ZoneId.of(zoneId);
      if (offset == null) {
        offset = zone.getRules().getOffset(timestamp.toLocalDateTime());
      }
    }
    try {
      return new Timestamp(
          timestamp.date(), timestamp.time(), p, offset, zone instanceof ZoneOffset ? null : zone);
    } catch (IllegalArgumentException e) {
      throw new DateTimeException(e.getMessage());
    }
  }

  /**
   * The front matter's {@code date}, or {@code null} when it is not a date at all.
   *
   * @throws DateTimeException when it looks like an ISO date but is not a valid one
   */
  static Timestamp frontMatter(String value) {
    try {
      return Timestamp.parse(value);
    } catch (IllegalArgumentException e) {
      // not our own form: read it leniently below
    }
    Timestamp t = DateFinder.value(value);
    if (t == null && ISO_SHAPED.matcher(value).matches()) {
      throw new DateTimeException("not a valid date: " + value);
    }
    return t;
  }
}
