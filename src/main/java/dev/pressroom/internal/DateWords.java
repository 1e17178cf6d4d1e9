package dev.pressroom.internal;

import dev.pressroom.model.Timestamp;
import java.text.DateFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one rule for the date a person reads on a printed release (PDF, DOCX) and in an HTML page's
 * visible text: the timestamp in words in the release's language, from the JDK's locale data (CLDR,
 * the JDK's default provider). The exact timestamp is never read back from these words; each format
 * keeps it in its metadata.
 *
 * <pre>
 * language  minute                     second                        month
 * en-GB     28 October 2023, 13:25     28 October 2023, 13:25:07     October 2023
 * en        October 28, 2023, 13:25    October 28, 2023, 13:25:07    October 2023
 * de        28. Oktober 2023, 13:25    28. Oktober 2023, 13:25:07    Oktober 2023
 * ja        2023年10月28日 13:25        2023年10月28日 13:25:07        2023年10月
 * (none)    28 October 2023, 13:25     ...                           October 2023
 * </pre>
 *
 * <p>The rule:
 *
 * <ul>
 *   <li><b>Locale.</b> The release's language tag as a {@link Locale}. A release without a
 *       language, or in a language the JDK has no date data for, uses British English ({@code
 *       en-GB}): English words in day-month-year order, which no reader mistakes for month-day.
 *   <li><b>Date</b> ({@link Timestamp.Precision#DAY}): the locale's {@link FormatStyle#LONG} date
 *       pattern ({@code d MMMM y}, {@code MMMM d, y}, {@code d. MMMM y}, {@code y年M月d日}).
 *   <li><b>Month</b> ({@link Timestamp.Precision#MONTH}): that pattern with the day and the literal
 *       text that belongs to it left out ({@code MMMM y}, {@code y年M月}), and the month name in its
 *       standalone form ({@code LLLL}) where the language has one, as CLDR's own year-month forms
 *       do ({@code октябрь 2023 г.}, not the genitive {@code октября}).
 *   <li><b>Time</b> ({@link Timestamp.Precision#MINUTE}, {@link Timestamp.Precision#SECOND}): the
 *       date as above joined to the time as the locale's long-date-and-short-time pattern joins
 *       them ({@code ", "} in English and German, a space in Japanese and French). The time is
 *       always on the 24-hour clock, as in a press office's release: the locale's short (minute) or
 *       medium (second) time pattern when that is a 24-hour pattern ({@code HH:mm}, {@code H:mm}),
 *       else {@code HH:mm} or {@code HH:mm:ss} (so English gives {@code 13:25}, not {@code 1:25
 *       PM}; Chinese {@code 13:25}, not {@code 下午1:25}).
 *   <li><b>Zone</b>: after the time, one space, then the zone's short name in the locale ({@code
 *       z}: {@code CEST}, {@code MESZ}, {@code GMT}) when the timestamp has a region zone and that
 *       name is a name rather than an offset in disguise ({@code GMT+03:00}); otherwise, when the
 *       timestamp has an offset, the localized short GMT offset ({@code O}: {@code GMT+8}, {@code
 *       GMT-5:30}, {@code GMT} for zero; French {@code UTC+2}). A timestamp without an offset shows
 *       no zone.
 *   <li>Digits are ASCII (the JDK's standard decimal style), in every language.
 * </ul>
 *
 * <p>The result depends on the JDK's CLDR version; formats that show it keep the exact timestamp in
 * their metadata and take it from there when the words still show the same moment ({@link #shows}).
 */
public final class DateWords {
  private DateWords() {}

  /** The form a release without a (known) language uses. */
  static final Locale FALLBACK = Locale.forLanguageTag("en-GB");

  private static final Set<String> LANGUAGES = languages();

  private static final Pattern OFFSET_LIKE = Pattern.compile(".*[+\\-\u2212]\\d.*");

  private static final Map<String, Patterns> PATTERNS = new ConcurrentHashMap<>();

  private static Set<String> languages() {
    Set<String> out = new HashSet<>();
    for (Locale locale : DateFormat.getAvailableLocales()) {
      if (!locale.getLanguage().isEmpty()) {
        out.add(locale.getLanguage());
      }
    }
    return out;
  }

  /** The patterns of one locale, worked out once. */
  private record Patterns(
      Locale locale,
      DateTimeFormatter date,
      DateTimeFormatter month,
      DateTimeFormatter minute,
      DateTimeFormatter second,
      DateTimeFormatter zoneName,
      DateTimeFormatter offset) {}

  /** The locale whose words {@code language} (a BCP-47 tag, or {@code null}) is shown in. */
  public static Locale locale(String language) {
    if (language == null) {
      return FALLBACK;
    }
    Locale locale = Locale.forLanguageTag(language);
    return LANGUAGES.contains(locale.getLanguage()) ? locale : FALLBACK;
  }

  /** {@code timestamp} in words in {@code language} (a BCP-47 tag, or {@code null}). */
  public static String format(Timestamp timestamp, String language) {
    Patterns p = patterns(language);
    return switch (timestamp.precision()) {
      case MONTH -> p.month.format(timestamp.date());
      case DAY -> p.date.format(timestamp.date());
      case MINUTE, SECOND -> {
        LocalDateTime local = timestamp.toLocalDateTime();
        String words =
            (timestamp.precision() == Timestamp.Precision.MINUTE ? p.minute : p.second)
                .format(local);
        String zone = zone(timestamp, p);
        yield zone == null ? words : words + " " + zone;
      }
    };
  }

  /**
   * Whether {@code text} shows {@code timestamp}: it is {@link #format}'s words for it, or the date
   * (and time, if the text shows one) that {@link DateFinder} reads in it are the timestamp's. What
   * a format's metadata holds is taken as exact when its visible date still shows it (words of
   * another JDK's CLDR version included), and the visible date wins when it was edited.
   */
  public static boolean shows(String text, Timestamp timestamp, String language) {
    if (text == null || timestamp == null) {
      return false;
    }
    if (text.equals(format(timestamp, language))) {
      return true;
    }
    DateFinder.Found found = DateFinder.find(text);
    if (found == null) {
      return false;
    }
    Timestamp seen = found.timestamp();
    if (seen.precision() == Timestamp.Precision.MONTH
        || timestamp.precision() == Timestamp.Precision.MONTH) {
      return seen.precision() == timestamp.precision()
          && seen.yearMonth().equals(timestamp.yearMonth());
    }
    if (!seen.date().equals(timestamp.date())) {
      return false;
    }
    if (seen.time() == null) {
      return timestamp.time() == null;
    }
    return timestamp.time() != null
        && seen.time().getHour() == timestamp.time().getHour()
        && seen.time().getMinute() == timestamp.time().getMinute()
        && (seen.precision() != Timestamp.Precision.SECOND
            || seen.time().getSecond() == timestamp.time().getSecond());
  }

  private static String zone(Timestamp timestamp, Patterns p) {
    ZoneOffset offset = timestamp.offset();
    if (offset == null) {
      return null;
    }
    ZoneId zone = timestamp.zone();
    if (zone != null) {
      ZonedDateTime at = ZonedDateTime.ofStrict(timestamp.toLocalDateTime(), offset, zone);
      String name = p.zoneName.format(at);
      if (!name.isBlank() && !OFFSET_LIKE.matcher(name).matches()) {
        return name;
      }
    }
    return p.offset.format(timestamp.toLocalDateTime().atOffset(offset));
  }

  private static Patterns patterns(String language) {
    String key = language == null ? "" : language;
    Patterns p = PATTERNS.get(key);
    if (p == null) {
      p = build(locale(language));
      if (PATTERNS.size() < 256) {
        PATTERNS.putIfAbsent(key, p);
      }
    }
    return p;
  }

  private static Patterns build(Locale locale) {
    IsoChronology iso = IsoChronology.INSTANCE;
    String date =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, iso, locale);
    String minute = dateTime(locale, date, FormatStyle.SHORT, "HH:mm");
    String second = dateTime(locale, date, FormatStyle.MEDIUM, "HH:mm:ss");
    return new Patterns(
        locale,
        DateTimeFormatter.ofPattern(date, locale),
        DateTimeFormatter.ofPattern(month(date), locale),
        DateTimeFormatter.ofPattern(minute, locale),
        DateTimeFormatter.ofPattern(second, locale),
        DateTimeFormatter.ofPattern("z", locale),
        DateTimeFormatter.ofPattern("O", locale));
  }

  /**
   * The locale's long date joined to its time pattern of {@code style} as its long-date, short-time
   * pattern joins them (one joint for minutes and seconds alike), that time pattern on the 24-hour
   * clock ({@code fallback} when the locale's own is a 12-hour one).
   */
  private static String dateTime(Locale locale, String date, FormatStyle style, String fallback) {
    IsoChronology iso = IsoChronology.INSTANCE;
    String shortTime =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, iso, locale);
    String time = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, style, iso, locale);
    String both =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.LONG, FormatStyle.SHORT, iso, locale);
    String clock = twelveHour(time) ? fallback : time;
    int d = both.indexOf(date);
    int t = both.lastIndexOf(shortTime);
    if (d < 0 || t < 0 || (t < d + date.length() && d < t + shortTime.length())) {
      return date + ", " + clock; // not the shape CLDR gives: the English joint
    }
    return both.substring(0, t) + clock + both.substring(t + shortTime.length());
  }

  /** Whether a time pattern uses a 12-hour clock ({@code h}, {@code K}) outside quotes. */
  private static boolean twelveHour(String pattern) {
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == 'h' || c == 'K')) {
        return true;
      }
    }
    return false;
  }

  /**
   * A long date pattern without its day: the day field goes with the literal after it (or, when it
   * is last, the literal before it), and the month name takes its standalone form.
   */
  static String month(String date) {
    List<String> tokens = tokens(date);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).charAt(0) == 'd') {
        tokens.remove(i);
        if (i < tokens.size() && !isField(tokens.get(i))) {
          tokens.remove(i);
        } else if (i > 0 && !isField(tokens.get(i - 1))) {
          tokens.remove(i - 1);
        }
        break;
      }
    }
    // no literal at either end: "y년 M월 d일" leaves "y년 M월 "
    while (!tokens.isEmpty()
        && !isField(tokens.get(tokens.size() - 1))
        && tokens.get(tokens.size() - 1).isBlank()) {
      tokens.remove(tokens.size() - 1);
    }
    while (!tokens.isEmpty() && !isField(tokens.get(0)) && tokens.get(0).isBlank()) {
      tokens.remove(0);
    }
    StringBuilder out = new StringBuilder();
    for (String token : tokens) {
      out.append(token.equals("MMMM") ? "LLLL" : token);
    }
    return out.toString().strip();
  }

  private static boolean isField(String token) {
    char c = token.charAt(0);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A pattern as fields (runs of one letter), quoted literals and other literal text. */
  private static List<String> tokens(String pattern) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int j = i + 1;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        while (j < pattern.length() && pattern.charAt(j) == c) {
          j++;
        }
      } else {
        // literal text up to the next field letter, quotes kept whole
        boolean quoted = c == '\'';
        while (j < pattern.length()) {
          char n = pattern.charAt(j);
          if (n == '\'') {
            quoted = !quoted;
          } else if (!quoted && ((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z'))) {
            break;
          }
          j++;
        }
      }
      out.add(pattern.substring(i, j));
      i = j;
    }
    return out;
  }
}
