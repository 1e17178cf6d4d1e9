package dev.pressroom.format.md;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in Markdown front matter (a date line or dateline in the body is the assembler's).
 *
 * <p>Front matter: our own ISO form exactly ({@link Timestamp#parse}); else ISO-8601 with {@code T}
 * or a space, optional seconds, an optional fraction, {@code Z} or an offset ({@code +08:00},
 * {@code +0800}, also after a space as Jekyll writes it) and an optional {@code [Region/Zone]}. The
 * precision is what was written: a date is a date, {@code HH:MM} is minutes, {@code HH:MM:SS} is
 * seconds; a fraction of a second is dropped ({@code 2015-10-06T12:30:00.000Z} is {@code
 * 2015-10-06T12:30:00Z}), because the model holds whole seconds.
 */
final class Dates {
  private Dates() {}

  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "[ ]?(Z|z|UTC|[+-]\\d{2}:?\\d{2})?(?:\\[([^\\]]+)])?)?");

  /**
   * Writes {@code timestamp} as front matter: {@code date} in the RFC 3339 form Hugo and Jekyll
   * read (a date alone, or date and time with seconds and the offset when there is one), then
   * {@code date_precision: "minute"} when the seconds were not given and {@code timezone} when
   * there is a region zone — the two things RFC 3339 cannot say. {@link #qualify} undoes it.
   */
  static void write(StringBuilder out, Timestamp timestamp) {
    out.append("\ndate: ").append(timestamp.date());
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
   * Applies the qualifiers {@link #write} adds: {@code minute} precision (kept only while the
   * seconds are zero, so an edited {@code date} with seconds wins) and a region zone (which needs
   * an offset valid there; a date without one takes the zone's offset).
   *
   * @throws DateTimeException when the zone is unknown or does not fit the date's offset
   */
  static Timestamp qualify(Timestamp timestamp, String precision, String zoneId) {
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
   * @throws DateTimeException when it looks like a date but is not a valid one
   */
  static Timestamp frontMatter(String value) {
    try {
      return Timestamp.parse(value);
    } catch (IllegalArgumentException e) {
      // not our own form: read it leniently below
    }
    Matcher m = ISO_LIKE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
    if (m.group(4) == null) {
      return Timestamp.ofDate(date);
    }
    boolean seconds = m.group(6) != null;
    LocalTime time = LocalTime.of(num(m, 4), num(m, 5), seconds ? num(m, 6) : 0);
    ZoneOffset offset = offset(m.group(7));
    ZoneId zone = m.group(8) == null ? null : ZoneId.of(m.group(8));
    if (zone != null && offset == null) {
      offset = zone.getRules().getOffset(date.atTime(time)); // the zone's offset at that time
    }
    try {
      return new Timestamp(
          date,
          time,
          seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE,
          offset,
          zone instanceof ZoneOffset ? null : zone);
    } catch (IllegalArgumentException e) {
      throw new DateTimeException(e.getMessage());
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equalsIgnoreCase("Z") || text.equals("UTC")) {
      return ZoneOffset.UTC;
    }
    String id = text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
    return ZoneOffset.of(id);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
