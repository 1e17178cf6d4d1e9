package dev.pressroom.internal;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the date a person wrote in a line of a file Pressroom did not write. Pressroom's own shapes
 * are read strictly by each format; this is the lenient reader for everything else.
 *
 * <p>Shapes, case-insensitive:
 *
 * <ul>
 *   <li>numeric, year first: {@code 2023-10-28}, {@code 2023/10/28}, {@code 2023.10.28} (also with
 *       the separators mixed), with one- or two-digit month and day;
 *   <li>day first with dots: {@code 28.10.2023}, {@code 28. 10. 2023};
 *   <li>CJK: {@code 2023年10月28日}, also with spaces around the signs;
 *   <li>month first: {@code October 28, 2023}, {@code Oct. 28 2023}, {@code October 28th, 2023};
 *   <li>day first: {@code 28 October 2023}, {@code 28th Oct 2023}, {@code 28. Oktober 2023}.
 * </ul>
 *
 * <p>Month names are English, German, French and Spanish, in full or abbreviated, with an optional
 * dot ({@code Sept.}, {@code Okt.}, {@code März}, {@code juin}). Any shape may open with an English
 * or German weekday ({@code Monday, }, {@code Montag, }), which then belongs to the date's span,
 * and may be followed by a time: {@code 13:25} or {@code 13:25:07}, after {@code T}, a space, a
 * comma, {@code at} or {@code um}, with an ASCII or full-width colon. Digits and spaces may be any
 * Unicode digits and spaces ({@code ２０２３年１０月２８日}).
 *
 * <p>A date that does not exist (31 February, year 0) is no date, and the search goes on. A time
 * that does not exist ({@code 25:99}) is left out: the date is found without it.
 */
public final class DateFinder {
  private DateFinder() {}

  /**
   * A date found in a line.
   *
   * @param timestamp the date, with the time when one was written (minute or second precision)
   * @param start where the date begins in the line, its weekday included
   * @param end where the date ends, after its time when one was read
   */
  public record Found(Timestamp timestamp, int start, int end) {}

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH = "(?<m>" + anyOf(MONTHS.keySet()) + ")\\.?";

  // Full names only: "Sat" or "Sun" before a date is as likely a word as a weekday.
  private static final String WEEKDAY =
      "(?:(?<![\\p{L}\\d])"
          + anyOf(
              List.of(
                  ("monday tuesday wednesday thursday friday saturday sunday"
                          + " montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag")
                      .split(" ")))
          + ",?\\s+)?";

  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  // A time glued to more digits (13:255) is no time.
  private static final String TIME =
      "(?<time>(?:T|,?\\s*(?:(?:at|um)\\s*)?)"
          + "(?<h>\\d{1,2})[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2}))?(?!\\d))?";

  /**
   * The shapes. Each reads year {@code y}, month {@code m} (a number or a name) and day {@code d}.
   * The look-behinds keep a date from starting inside a longer number or word.
   */
  private static final List<Pattern> SHAPES =
      Stream.of(
              "(?<!\\d)(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)",
              "(?<!\\d)(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日",
              "(?<![\\d.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})(?!\\d)",
              "(?<!\\p{L})" + MONTH + "\\s+(?<d>\\d{1,2})" + ORDINAL + ",?\\s+(?<y>\\d{4})(?!\\d)",
              "(?<!\\d)(?<d>\\d{1,2})" + ORDINAL + "\\.?\\s+" + MONTH + ",?\\s+(?<y>\\d{4})(?!\\d)")
          .map(
              shape ->
                  Pattern.compile(
                      WEEKDAY + shape + TIME,
                      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS))
          .toList();

  /** The date that begins first in {@code line}, or {@code null} when there is none. */
  public static Found find(String line) {
    if (!hasDigit(line)) {
      return null; // every shape has digits; most lines of a document have none
    }
    Matcher[] matchers = matchers(line);
    for (int i = 0; i < line.length(); i++) {
      Found found = at(line, matchers, i);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * The date that begins at {@code index} of {@code line}, or {@code null}: for a line that must
   * open with a date, without searching the rest of it.
   */
  public static Found at(String line, int index) {
    return index < line.length() ? at(line, matchers(line), index) : null;
  }

  private static Found at(String line, Matcher[] matchers, int index) {
    char first = line.charAt(index);
    char before = index == 0 ? ' ' : line.charAt(index - 1);
    // A date opens with a digit, a month or a weekday, and never inside a word or a number.
    if (!Character.isLetterOrDigit(first)
        || Character.isLetter(first) && Character.isLetter(before)
        || Character.isDigit(first) && Character.isDigit(before)) {
      return null;
    }
    for (Matcher m : matchers) {
      if (m.region(index, line.length()).lookingAt()) {
        Found found = found(m);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Matcher[] matchers(String line) {
    Matcher[] matchers = new Matcher[SHAPES.size()];
    for (int i = 0; i < matchers.length; i++) {
      // Transparent bounds: the look-behinds see what stands before the region.
      matchers[i] = SHAPES.get(i).matcher(line).useTransparentBounds(true);
    }
    return matchers;
  }

  private static Found found(Matcher m) {
    Timestamp day;
    try {
      String name = m.group("m");
      int month = Character.isDigit(name.charAt(0)) ? Integer.parseInt(name) : month(name);
      day =
          Timestamp.ofDate(
              LocalDate.of(Integer.parseInt(m.group("y")), month, Integer.parseInt(m.group("d"))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // 31 February, year 0: shaped like a date but none
    }
    if (m.group("time") == null) {
      return new Found(day, m.start(), m.end());
    }
    try {
      boolean seconds = m.group("s") != null;
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group("h")),
              Integer.parseInt(m.group("mi")),
              seconds ? Integer.parseInt(m.group("s")) : 0);
      Timestamp.Precision precision =
          seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE;
      return new Found(Timestamp.of(day.date().atTime(time), precision), m.start(), m.end());
    } catch (DateTimeException | IllegalArgumentException e) {
      // 25:99 is no time, but the date before it is still a date.
      return new Found(day, m.start(), m.start("time"));
    }
  }

  private static int month(String name) {
    // Case-insensitive matching lets through letters that lower-case to no month name ("ſep").
    Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new IllegalArgumentException("no month: " + name);
    }
    return month;
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A regular expression matching any of {@code words}, grouped by first letter: a position that
   * opens no word is given up after one comparison, not one per word.
   */
  private static String anyOf(Collection<String> words) {
    Map<Character, List<String>> byFirst =
        words.stream()
            .collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.toList()));
    StringJoiner any = new StringJoiner("|", "(?:", ")");
    byFirst.forEach(
        (first, group) ->
            any.add(
                first
                    + group.stream()
                        .map(w -> w.substring(1))
                        // Longest first: "september" before "sep", seldom backtracking.
                        .sorted(Comparator.comparing(String::length).reversed())
                        .collect(Collectors.joining("|", "(?:", ")"))));
    return any.toString();
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero"},
      {"february", "feb", "februar", "février", "fevrier", "febrero"},
      {"march", "mar", "märz", "maerz", "mars", "marzo"},
      {"april", "apr", "avril", "abril"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juni", "juin", "junio"},
      {"july", "jul", "juli", "juillet", "julio"},
      {"august", "aug", "août", "aout", "agosto"},
      {"september", "sep", "sept", "septembre", "septiembre"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre"}
    };
    Map<String, Integer> months = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return months;
  }
}
