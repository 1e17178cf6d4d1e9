package dev.pressroom.format.docx;

import dev.pressroom.model.Timestamp;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible form of a timestamp in the {@code Release Timestamp} paragraph of files written
 * before dates were in words (now {@code dev.pressroom.internal.DateWords}), still read: ISO date
 * and time separated by a space, at the timestamp's own precision, then the offset as {@code
 * UTC+08:00} (or {@code UTC} for zero) and the region zone in parentheses.
 *
 * <pre>
 * 2024-06
 * 2023-10-28
 * 2023-10-28 13:25
 * 2023-10-28 13:25:07 UTC
 * 2023-10-28 13:25 UTC+08:00 (Asia/Shanghai)
 * </pre>
 *
 * <p>{@link #parse} reads exactly this form back, and also the ISO form of {@link
 * Timestamp#toString()}, so a person may type either.
 */
final class TimestampLine {
  private TimestampLine() {}

  private static final Pattern FORM =
      Pattern.compile(
          "(\\d{4}-\\d{2}(?:-\\d{2})?)(?:(?<=-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2})?)"
              + "(?: ?(?:UTC|GMT)([+-]\\d{2}:\\d{2})?| ?(UTC|GMT|Z)| ?([+-]\\d{2}:\\d{2}))?"
              + "(?: ?\\(([^()\\s]+)\\)|\\[([^\\]\\s]+)])?)?");

  /** The visible form of {@code timestamp}. */
  static String format(Timestamp timestamp) {
    if (timestamp.time() == null) {
      return timestamp.toString();
    }
    StringBuilder out = new StringBuilder(48).append(timestamp.date());
    String time = timestamp.toString().substring(11);
    int end = time.length();
    for (int i = 0; i < time.length(); i++) {
      char c = time.charAt(i);
      if (c == '+' || c == '-' || c == 'Z' || c == '[') {
        end = i;
        break;
      }
    }
    out.append(' ').append(time, 0, end);
    if (timestamp.offset() != null) {
      int seconds = timestamp.offset().getTotalSeconds();
      out.append(" UTC").append(seconds == 0 ? "" : timestamp.offset().getId());
    }
    if (timestamp.zone() != null) {
      out.append(" (").append(timestamp.zone().getId()).append(')');
    }
    return out.toString();
  }

  /** The timestamp {@code text} shows in this form, or {@code null} when it is not of it. */
  static Timestamp parse(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return null;
    }
    StringBuilder iso = new StringBuilder(40).append(m.group(1));
    if (m.group(2) != null) {
      iso.append('T').append(m.group(2));
      if (m.group(3) != null) {
        iso.append(m.group(3));
      } else if (m.group(4) != null) {
        iso.append('Z');
      } else if (m.group(5) != null) {
        iso.append(m.group(5));
      }
      String zone = m.group(6) != null ? m.group(6) : m.group(7);
      if (zone != null) {
        iso.append('[').append(zone).append(']');
      }
    }
    try {
      return Timestamp.parse(iso.toString());
    } catch (IllegalArgumentException e) {
      return null; // a date-shaped line that is no valid moment
    }
  }
}
