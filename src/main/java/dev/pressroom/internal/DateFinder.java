package dev.pressroom.internal;

import dev.pressroom.model.Timestamp;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one date grammar for files Pressroom did not write: the dates people write in lines of text,
 * the datelines that open a release's first paragraph, and the dates of metadata values. Each
 * format reads its own files strictly; everything else is read here.
 *
 * <p>Shapes in text, case-insensitive:
 *
 * <ul>
 *   <li>numeric, year first: {@code 2023-10-28}, {@code 2023/10/28}, {@code 2023.10.28} (also with
 *       the separators mixed), with one- or two-digit month and day;
 *   <li>day first with dots: {@code 28.10.2023}, {@code 28. 10. 2023};
 *   <li>CJK: {@code 2023年10月28日}, also with spaces around the signs and a weekday after it ({@code
 *       （星期六）});
 *   <li>month first: {@code October 28, 2023}, {@code Oct. 28 2023}, {@code October 28th, 2023};
 *   <li>day first: {@code 28 October 2023}, {@code 28th Oct 2023}, {@code 28. Oktober 2023}, {@code
 *       1er juin 2021}, {@code 7 de septiembre de 2022};
 *   <li>a month alone, at {@link Timestamp.Precision#MONTH}: {@code June 2024}, {@code Juni 2024},
 *       {@code 2024 年 6 月} — only where it stands as a date line or a dateline's date (nothing but
 *       a label, a place and a comma, or a dash before it; nothing but punctuation or a dash after
 *       it), never in running text ({@code started in October 2020, the ...}).
 * </ul>
 *
 * <p>Month and weekday names are the JDK's locale data (CLDR) for English, German (also Austrian),
 * French, Spanish, Italian, Dutch and Portuguese, in full or abbreviated, with or without their dot
 * and accents ({@code Sept.}, {@code Okt.}, {@code März}, {@code févr.}, {@code fevrier}); an
 * abbreviated month alone needs its dot. Any shape may open with a weekday ({@code Monday, },
 * {@code Montag, }, {@code Tue, }, {@code Sa., }; an abbreviation needs a dot or a comma), which
 * then belongs to the date's span, and may be followed by a time: {@code 13:25} or {@code 13:25:07}
 * (a fraction is dropped), after {@code T}, a space, a comma, {@code at} or {@code um}, with an
 * ASCII or full-width colon, optionally {@code AM}/{@code p.m.}, an offset ({@code Z}, {@code UTC},
 * {@code GMT}, {@code +08:00}, {@code +0800}, {@code UTC+08:00}), a region zone in brackets ({@code
 * [Asia/Shanghai]}, whose offset is taken when none is written) and {@code Uhr}. Digits and spaces
 * may be any Unicode digits and spaces ({@code ２０２３年１０月２８日}).
 *
 * <p>A date that does not exist (31 February, year 0) is no date, and the search goes on. A time
 * that does not exist ({@code 25:99}) is left out: the date is found without it. An order no one
 * can tell ({@code 10/11/2021}) is no date.
 *
 * <p>Labels: a date right after a word that says what it is gets that {@link Label}: {@code
 * Published}, {@code Posted}, {@code Date:}, {@code Veröffentlicht am}, {@code Publié le}, {@code
 * 发布时间} are {@link Label#PUBLISHED}; {@code Updated:}, {@code Last updated}, {@code Aktualisiert
 * am}, {@code Stand:}, {@code Mis à jour le}, {@code Actualizado}, {@code 更新时间} are {@link
 * Label#UPDATED}. Callers looking for a publication date pass over updated ones ({@link
 * #published}).
 */
public final class DateFinder {
  private DateFinder() {}

  /** What the words before a date say it is. */
  public enum Label {
    /** Nothing said. */
    NONE,
    /** When the text was published or dated. */
    PUBLISHED,
    /** When it was last changed: never the publication date while another date exists. */
    UPDATED
  }

  /**
   * A date found in a line.
   *
   * @param timestamp the date, with the time when one was written (minute or second precision), or
   *     a month alone
   * @param start where the date begins in the line, its weekday included
   * @param end where the date ends, after its time when one was read
   * @param label what the words right before it say it is
   */
  public record Found(Timestamp timestamp, int start, int end, Label label) {
    public Found {
      Objects.requireNonNull(timestamp, "timestamp");
      label = label == null ? Label.NONE : label;
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad range " + start + ".." + end);
      }
    }

    /** A date without a label. */
    public Found(Timestamp timestamp, int start, int end) {
      this(timestamp, start, end, Label.NONE);
    }

    /** Whether the date is said to be a change, not the publication. */
    public boolean updated() {
      return label == Label.UPDATED;
    }
  }

  /**
   * A dateline opening a paragraph.
   *
   * @param date its date, or {@code null} for a place alone ({@code Washington, D.C. --})
   * @param end where the text after the dateline begins
   */
  public record Dateline(Found date, int end) {}

  // ---------------------------------------------------------------- names from the JDK's CLDR data

  private static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          Locale.forLanguageTag("en-GB"),
          Locale.GERMAN,
          Locale.forLanguageTag("de-AT"),
          Locale.FRENCH,
          Locale.forLanguageTag("es"),
          Locale.ITALIAN,
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pt"));

  /** Month names, lower case, dot removed: full names and abbreviations. */
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  /** The full month names (a month alone must be written in full or with its dot). */
  private static final Set<String> FULL_MONTHS = new HashSet<>();

  private static final Set<String> WEEKDAYS = new HashSet<>();
  private static final Set<String> SHORT_WEEKDAYS = new HashSet<>();
  private static final Set<String> CJK_WEEKDAYS = new HashSet<>();

  static {
    Set<String> ambiguous = new HashSet<>();
    for (Locale locale : LOCALES) {
      for (Month month : Month.values()) {
        for (TextStyle style :
            new TextStyle[] {
              TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE
            }) {
          boolean full = style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE;
          for (String name : spellings(month.getDisplayName(style, locale))) {
            if (name.length() < 3) {
              continue;
            }
            Integer before = MONTHS.putIfAbsent(name, month.getValue());
            if (before != null && before != month.getValue()) {
              ambiguous.add(name);
            }
            if (full) {
              FULL_MONTHS.add(name);
            }
          }
        }
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        WEEKDAYS.addAll(spellings(day.getDisplayName(TextStyle.FULL, locale)));
        String shortName = day.getDisplayName(TextStyle.SHORT, locale);
        // Two letters without a dot ("di", "do") are words more often than weekdays.
        if (shortName.endsWith(".") || shortName.length() >= 3) {
          SHORT_WEEKDAYS.addAll(spellings(shortName));
        }
      }
    }
    for (Locale locale : List.of(Locale.CHINESE, Locale.JAPANESE)) {
      for (DayOfWeek day : DayOfWeek.values()) {
        CJK_WEEKDAYS.add(day.getDisplayName(TextStyle.FULL, locale));
        CJK_WEEKDAYS.add(day.getDisplayName(TextStyle.SHORT, locale));
      }
    }
    MONTHS.keySet().removeAll(ambiguous);
    SHORT_WEEKDAYS.removeAll(WEEKDAYS);
  }

  /** A name lower-cased without its dot, and again without accents when it has any. */
  private static Set<String> spellings(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    Set<String> out = new HashSet<>();
    out.add(lower);
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    out.add(plain);
    return out;
  }

  // ---------------------------------------------------------------- the shapes

  private static final String MONTH = "(?<mn>" + anyOf(MONTHS.keySet()) + ")(?<dot>\\.)?";

  private static final String WEEKDAY =
      "(?:(?<![\\p{L}\\d])(?:"
          + anyOf(WEEKDAYS)
          + "\\.?,?\\s+|"
          + anyOf(SHORT_WEEKDAYS)
          + "(?:\\.,?|,)\\s*))?";

  private static final String ORDINAL = "(?:st|nd|rd|th|er)?";

  // A time glued to more digits (13:255) is no time.
  private static final String TIME =
      "(?<time>(?:T|,?\\s*(?:(?:at|um|à|a las|alle|om|às)\\s*)?)"
          + "(?<h>\\d{1,2})[:：](?<mi>\\d{2})(?:[:：](?<s>\\d{2})(?:[.,]\\d{1,9})?)?(?!\\d)"
          + "(?:\\s?(?<ap>[ap])\\.?m\\.?(?!\\p{L}))?"
          + "(?:\\s?(?<off>(?:UTC|GMT)?[+-]\\d{2}(?::?\\d{2})?(?!\\d)|(?:Z|UTC|GMT|UT)(?!\\p{L})))?"
          + "(?:\\s?\\[(?<zone>[A-Za-z][A-Za-z0-9_+\\-/]*)])?"
          + "(?:\\s?Uhr(?!\\p{L}))?)?";

  private static final String CJK_WEEKDAY =
      "(?:\\s*[（(]?(?:" + String.join("|", new java.util.TreeSet<>(CJK_WEEKDAYS)) + ")[)）]?)?";

  /**
   * One way of writing a date.
   *
   * @param pattern the expression, weekday and time included
   * @param named whether the month is a name (group {@code mn}), else a number (group {@code m})
   * @param day whether it has a day (group {@code d}); else it is a month alone
   * @param nameFirst whether it opens with the month's name
   */
  private record Shape(Pattern pattern, boolean named, boolean day, boolean nameFirst) {
    Shape(String expression, boolean named, boolean day, boolean nameFirst) {
      this(
          Pattern.compile(
              WEEKDAY + expression + TIME,
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
          named,
          day,
          nameFirst);
    }
  }

  /** The shapes, those opening with a digit (after an optional weekday) first. */
  private static final List<Shape> SHAPES =
      List.of(
          new Shape(
              "(?<!\\d)(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)",
              false, true, false),
          new Shape(
              "(?<!\\d)(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日"
                  + CJK_WEEKDAY,
              false,
              true,
              false),
          new Shape(
              "(?<![\\d.])(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})(?!\\d)",
              false, true, false),
          new Shape(
              "(?<!\\d)(?<d>\\d{1,2})"
                  + ORDINAL
                  + "\\.?\\s+(?:de\\s+)?"
                  + MONTH
                  + ",?\\s+(?:de\\s+)?(?<y>\\d{4})(?!\\d)",
              true,
              true,
              false),
          new Shape(
              "(?<!\\d)(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?!\\s*\\d)", false, false, false),
          new Shape(
              "(?<!\\p{L})" + MONTH + "\\s+(?<d>\\d{1,2})" + ORDINAL + ",?\\s+(?<y>\\d{4})(?!\\d)",
              true,
              true,
              true),
          new Shape(
              "(?<!\\p{L})" + MONTH + ",?\\s+(?:de\\s+)?(?<y>\\d{4})(?!\\d)", true, false, true));

  // ---------------------------------------------------------------- finding dates in a line

  /** The date that begins first in {@code line}, or {@code null} when there is none. */
  public static Found find(String line) {
    return find(line, 0);
  }

  private static Found find(String line, int from) {
    int digit = firstDigit(line, from);
    if (digit < 0) {
      return null; // every shape has digits; most lines of a document have none
    }
    Matcher[] matchers = new Matcher[SHAPES.size()];
    // A name can stand before the first digit, but not further than a weekday, a month and a day.
    for (int i = Math.max(from, wordStartBefore(line, digit)); i < line.length(); i++) {
      Found found = at(line, matchers, i);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** Every date in {@code line}, in order, none overlapping. */
  public static List<Found> all(String line) {
    List<Found> all = new ArrayList<>(2);
    int from = 0;
    Found found;
    while (from < line.length() && (found = find(line, from)) != null) {
      all.add(found);
      from = Math.max(found.end(), found.start() + 1);
    }
    return all;
  }

  /**
   * The first date in {@code line} that is not said to be a change ({@code Updated: ...}), or
   * {@code null}.
   */
  public static Found published(String line) {
    for (Found found : all(line)) {
      if (!found.updated()) {
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
    return index >= 0 && index < line.length() ? at(line, new Matcher[SHAPES.size()], index) : null;
  }

  private static Found at(String line, Matcher[] matchers, int index) {
    char first = line.charAt(index);
    char before = index == 0 ? ' ' : line.charAt(index - 1);
    boolean digit = Character.isDigit(first);
    // A date opens with a digit, a month or a weekday, and never inside a word or a number.
    if (digit ? Character.isDigit(before) : !Character.isLetter(first) || isLetter(before)) {
      return null;
    }
    boolean weekday = false;
    if (!digit) {
      String word = word(line, index);
      weekday = WEEKDAYS.contains(word) || SHORT_WEEKDAYS.contains(word);
      if (!weekday && !MONTHS.containsKey(word)) {
        return null; // the cheap test that spares most words the expressions
      }
    }
    for (int i = 0; i < SHAPES.size(); i++) {
      Shape shape = SHAPES.get(i);
      // At a digit, no name opens the date; at a name, a shape opening with a digit needs a
      // weekday.
      if (digit ? shape.nameFirst() : !weekday && !shape.nameFirst()) {
        continue;
      }
      Matcher m = matchers[i];
      if (m == null) {
        // Transparent bounds: the look-behinds see what stands before the region.
        m = matchers[i] = shape.pattern().matcher(line).useTransparentBounds(true);
      }
      if (m.region(index, line.length()).lookingAt()) {
        Found found = found(line, shape, m);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c);
  }

  /** The letters from {@code index} on, lower-cased; a hyphen between letters is in the word. */
  private static String word(String line, int index) {
    int end = index;
    while (end < line.length()
        && (Character.isLetter(line.charAt(end))
            || line.charAt(end) == '-'
                && end + 1 < line.length()
                && Character.isLetter(line.charAt(end + 1)))) {
      end++;
    }
    return line.substring(index, end).toLowerCase(Locale.ROOT);
  }

  /** Whether a word may stand in a date before its first digit: a weekday, a month, "de". */
  private static boolean opensDate(String word) {
    return MONTHS.containsKey(word)
        || WEEKDAYS.contains(word)
        || SHORT_WEEKDAYS.contains(word)
        || word.equals("de");
  }

  private static Found found(String line, Shape shape, Matcher m) {
    Timestamp day;
    boolean monthOnly = !shape.day();
    try {
      int month;
      if (shape.named()) {
        String name = m.group("mn");
        String key = name.toLowerCase(Locale.ROOT);
        Integer value = MONTHS.get(key);
        // Case-insensitive matching lets through letters that lower-case to no month ("ſep").
        if (value == null || monthOnly && !FULL_MONTHS.contains(key) && m.group("dot") == null) {
          return null;
        }
        month = value;
      } else {
        month = Integer.parseInt(m.group("m"));
      }
      int year = Integer.parseInt(m.group("y"));
      day =
          monthOnly
              ? Timestamp.ofMonth(YearMonth.of(year, month))
              : Timestamp.ofDate(LocalDate.of(year, month, Integer.parseInt(m.group("d"))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // 31 February, year 0: shaped like a date but none
    }
    if (monthOnly) {
      int end = m.group("time") == null ? m.end() : m.start("time");
      return standsAlone(line, m.start(), end)
          ? new Found(day, m.start(), end, labelBefore(line, m.start()))
          : null;
    }
    Label label = labelBefore(line, m.start());
    if (m.group("time") == null) {
      return new Found(day, m.start(), m.end(), label);
    }
    Timestamp timed = timed(day.date(), m);
    return timed == null
        // 25:99 is no time, but the date before it is still a date.
        ? new Found(day, m.start(), m.start("time"), label)
        : new Found(timed, m.start(), m.end(), label);
  }

  private static Timestamp timed(LocalDate date, Matcher m) {
    try {
      int hour = Integer.parseInt(m.group("h"));
      String ap = m.group("ap");
      if (ap != null) {
        if (hour < 1 || hour > 12) {
          return null;
        }
        hour = hour % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
      }
      boolean seconds = m.group("s") != null;
      LocalTime time =
          LocalTime.of(hour, Integer.parseInt(m.group("mi")), seconds ? num(m.group("s")) : 0);
      Timestamp.Precision precision =
          seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE;
      return moment(date.atTime(time), precision, offset(m.group("off")), m.group("zone"));
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A timestamp of a local moment, an offset or {@code null}, and a region zone or {@code null}: a
   * zone without an offset takes the zone's offset at that moment.
   *
   * @throws IllegalArgumentException when the zone is unknown or does not fit the offset
   */
  private static Timestamp moment(
      LocalDateTime at, Timestamp.Precision precision, ZoneOffset offset, String zoneId) {
    ZoneId zone = null;
    if (zoneId != null) {
      try {
        zone = ZoneId.of(zoneId);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no zone " + zoneId);
      }
      if (zone instanceof ZoneOffset) {
        throw new IllegalArgumentException("a zone must be a region: " + zoneId);
      }
      if (offset == null) {
        offset = zone.getRules().getOffset(at);
      }
    }
    return new Timestamp(at.toLocalDate(), at.toLocalTime(), precision, offset, zone);
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.startsWith("UTC") || upper.startsWith("GMT")) {
      upper = upper.substring(3);
    } else if (upper.equals("UT") || upper.equals("Z")) {
      upper = "";
    }
    if (upper.isEmpty()) {
      return ZoneOffset.UTC;
    }
    StringBuilder id = new StringBuilder(6).append(upper.charAt(0));
    for (int i = 1; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if (c != ':') {
        id.append((char) ('0' + Character.digit(c, 10)));
      }
    }
    String digits = id.toString();
    return ZoneOffset.of(
        digits.length() == 3 ? digits : digits.substring(0, 3) + ":" + digits.substring(3));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  // ---------------------------------------------------------------- a month alone

  /**
   * Whether a date from {@code start} to {@code end} stands as a date line or a dateline's date:
   * before it nothing, a label, or something ending in a comma, colon or dash; after it nothing but
   * punctuation, or a dash.
   */
  private static boolean standsAlone(String line, int start, int end) {
    int b = start;
    while (b > 0 && Text.isSpace(line.charAt(b - 1))) {
      b--;
    }
    if (b > 0 && ",:：-–—\u00AD|".indexOf(line.charAt(b - 1)) < 0) {
      if (!isLabel(line.substring(0, b))) {
        return false;
      }
    }
    for (int i = end; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '-' || c == '–' || c == '—' || c == '\u00AD' || c == '/') {
        return true; // a dateline's dash, or a wire tag
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- labels

  private static final String UPDATED_WORDS =
      "(?:last\\s+)?(?:updated|modified|changed|revised)|zuletzt\\s+(?:aktualisiert|geändert)"
          + "|aktualisiert|geändert|stand\\s*[:：]|mis\\s+à\\s+jour|mise\\s+à\\s+jour|modifié"
          + "|actualizado|actualización|modificado|aggiornato|bijgewerkt|atualizado";

  private static final String PUBLISHED_WORDS =
      "published|posted|issued|released|dated?|datum|veröffentlicht|erschienen|publié|publication"
          + "|publicado|fecha|pubblicato|gepubliceerd|publicada";

  private static final String CJK_UPDATED = "更新时间|更新日期|更新於|更新于|更新日|更新|修改时间|修改";
  private static final String CJK_PUBLISHED = "发布时间|发布日期|發佈時間|发布于|发布|發佈|发表|公開日|公開|日期|时间";

  /** A label and what may follow it before the date ({@code am}, {@code le}, a colon). */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:(?<![\\p{L}])(?:(?<u>"
              + UPDATED_WORDS
              + ")|(?<p>"
              + PUBLISHED_WORDS
              + "))(?![\\p{L}])|(?<cu>"
              + CJK_UPDATED
              + ")|(?<cp>"
              + CJK_PUBLISHED
              + "))"
              + "(?:\\s+(?:am|le|el|em|il|op|on))?\\s*[:：]?\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /** How far before a date its label may begin. */
  private static final int LABEL_REACH = 32;

  /** The label ending right before {@code start} of {@code line}. */
  private static Label labelBefore(String line, int start) {
    int from = Math.max(0, start - LABEL_REACH);
    boolean letters = false;
    for (int i = from; i < start && !letters; i++) {
      letters = Character.isLetter(line.charAt(i));
    }
    if (!letters) {
      return Label.NONE;
    }
    Matcher m = LABEL.matcher(line).region(from, start).useTransparentBounds(true);
    Label label = Label.NONE;
    while (m.find()) {
      if (m.end() == start) {
        label = m.group("u") != null || m.group("cu") != null ? Label.UPDATED : Label.PUBLISHED;
      }
    }
    return label;
  }

  private static final Pattern UPDATE =
      Pattern.compile(
          "(?<![\\p{L}])(?:" + UPDATED_WORDS + ")(?![\\p{L}])|" + CJK_UPDATED,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Whether {@code text} has a word saying a date is a change ({@code Updated}, {@code Stand:},
   * {@code 更新}): for a date whose label stands apart from it, as in a page's markup.
   */
  public static boolean mentionsUpdate(String text) {
    return UPDATE.matcher(text).find();
  }

  /** Whether {@code text} is a label and nothing else ({@code Published on}, {@code 发布时间：}). */
  private static boolean isLabel(String text) {
    String stripped = Text.strip(text);
    return !stripped.isEmpty() && LABEL.matcher(stripped).matches();
  }

  /**
   * What a label says, for the name of a metadata field or a line's words ({@code Last updated},
   * {@code datePublished} is not a label but a key, and says nothing here).
   */
  public static Label label(String text) {
    Matcher m = LABEL.matcher(Text.strip(text));
    if (!m.matches()) {
      return Label.NONE;
    }
    return m.group("u") != null || m.group("cu") != null ? Label.UPDATED : Label.PUBLISHED;
  }

  // ---------------------------------------------------------------- lines and datelines

  /**
   * The date when {@code line} is nothing but a date: after an optional label ({@code Date:},
   * {@code Published}, {@code Aktualisiert am}), before nothing but punctuation. The label says
   * what the date is.
   */
  public static Found wholeLine(String line) {
    int start = 0;
    while (start < line.length() && Text.isSpace(line.charAt(start))) {
      start++;
    }
    if (start == line.length() || firstDigit(line, start) < 0) {
      return null;
    }
    Found found = at(line, start);
    if (found == null && Character.isLetter(line.charAt(start))) {
      Matcher label = LABEL.matcher(line).region(start, line.length());
      if (label.lookingAt() && label.end() > start) {
        found = at(line, label.end());
      }
    }
    if (found == null) {
      return null;
    }
    for (int i = found.end(); i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Text.isSpace(c) && ".,;:)]）】。".indexOf(c) < 0) {
        return null;
      }
    }
    return found;
  }

  /** Datelines begin within this many characters. */
  private static final int DATELINE_REACH = 100;

  private static final Pattern AFTER_DATE =
      Pattern.compile(
          "\\s*(?:/[^/]{1,40}/|\\([^()]{1,40}\\))?\\s*(?:--|[—–\u00AD]|-(?!\\d)|:(?=\\s))\\s*",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
  private static final String CONNECTOR = "and|&|of|on|upon|de|del|la|le|am|an|im|sur|en|y|et|und";

  /** A place: capitalised words, connectors between, an agency in brackets. */
  private static final Pattern PLACE =
      Pattern.compile(
          "(?:"
              + PLACE_WORD
              + ")(?:,? (?:"
              + PLACE_WORD
              + "|"
              + CONNECTOR
              + "|\\([^()]{1,40}\\)))*,?",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** Where a place may be parted from a date or a wire name: comma, dash, soft hyphen. */
  private static final Pattern PARTS =
      Pattern.compile("\\s*(?:--|[—–\u00AD|]|\\s-\\s|,\\s*(?=\\p{Lu}))\\s*");

  private static final Pattern AGENCY = Pattern.compile("\\s*(?:/[^/]{1,40}/|\\([^()]{1,40}\\))$");

  /**
   * The dateline {@code text} opens with, or {@code null}.
   *
   * <pre>
   * WASHINGTON, Oct. 27, 2023 -- The Senate ...
   * AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- ...
   * December 2, 2020—Today ...
   * Bern, 17.08.2007 - Rede von ...
   * GENEVA - 27 June 2026 - ...           (the place parted by a dash)
   * LONDON - PR Wire – 27 June 2026 - ... (a wire name between)
   * Bern­17.08.2007 – ...                  (by a soft hyphen)
   * Washington, D.C. -- Senator ...       (a place alone: no date)
   * </pre>
   *
   * <p>A dated dateline is a date within the first {@value #DATELINE_REACH} characters, after
   * nothing or a place (capitalised words; a wire name may follow it after a dash), then a dash
   * ({@code --}, an em or en dash, a hyphen, a soft hyphen), optionally after a wire tag ({@code
   * /24-7PressRelease/}). A place alone must have a comma ({@code Washington, D.C.}) or be in
   * capitals, so that ordinary sentences with a dash are no datelines.
   */
  public static Dateline dateline(String text) {
    String head =
        text.length() > DATELINE_REACH + 60 ? text.substring(0, DATELINE_REACH + 60) : text;
    int dash = firstDash(head);
    if (dash < 0) {
      return null;
    }
    if (firstDigit(head, 0) >= 0) {
      for (Found date : all(head)) {
        if (date.start() > DATELINE_REACH) {
          break;
        }
        if (placeBefore(head.substring(0, date.start()))) {
          Matcher after = AFTER_DATE.matcher(head).region(date.end(), head.length());
          if (after.lookingAt()) {
            return new Dateline(date, after.end());
          }
        }
      }
    }
    return undated(text, dash);
  }

  /** A place ending at the first dash: {@code Washington, D.C. --}, {@code WASHINGTON -}. */
  private static Dateline undated(String text, int dash) {
    if (dash <= 0 || dash > DATELINE_REACH) {
      return null;
    }
    String prefix = AGENCY.matcher(Text.collapse(text.substring(0, dash))).replaceFirst("");
    if (prefix.isEmpty() || prefix.length() > 60 || !PLACE.matcher(prefix).matches()) {
      return null;
    }
    if (prefix.indexOf(',') < 0
        && (prefix.length() < 3 || !prefix.equals(prefix.toUpperCase(Locale.ROOT)))) {
      return null;
    }
    int after = dash + (text.startsWith("--", dash) ? 2 : 1);
    while (after < text.length() && Text.isSpace(text.charAt(after))) {
      after++;
    }
    return new Dateline(null, after);
  }

  /** The first dash that may end a dateline's part, or -1. */
  private static int firstDash(String text) {
    int limit = Math.min(text.length(), DATELINE_REACH + 60);
    int first = -1;
    // indexOf is far cheaper than a loop over every character, and most lines have no dash.
    for (char dash : DASHES) {
      int at = text.indexOf(dash);
      if (at >= 0 && at < limit && (first < 0 || at < first)) {
        first = at;
      }
    }
    int end = first < 0 ? limit : first;
    for (int i = text.indexOf('-'); i >= 0 && i < end; i = text.indexOf('-', i + 1)) {
      if (i + 1 < text.length() && text.charAt(i + 1) == '-'
          || i > 0
              && Text.isSpace(text.charAt(i - 1))
              && (i + 1 == text.length() || Text.isSpace(text.charAt(i + 1)))) {
        return i;
      }
    }
    return first;
  }

  private static final char[] DASHES = {'\u2014', '\u2013', '\u00AD'};

  /**
   * A word that may join a place to its date: {@code Paris, le 5 juin}, {@code Wien, am 3. Mai}.
   */
  private static final Pattern DATE_CONNECTOR =
      Pattern.compile("\\s(?:le|am|den|el|il|on)$", Pattern.CASE_INSENSITIVE);

  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,\u00AD\\-–—]+$");

  /**
   * Whether what stands before a dateline's date is nothing, or a place parted from it by a comma,
   * a dash or a soft hyphen (a wire name may follow the place after a dash).
   */
  private static boolean placeBefore(String before) {
    String rest = Text.strip(before);
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.length() > 80) {
      return false;
    }
    rest = DATE_CONNECTOR.matcher(rest).replaceFirst("");
    if (!endsWithSeparator(rest)) {
      return false;
    }
    rest = AGENCY.matcher(TRAILING_SEPARATORS.matcher(rest).replaceFirst("")).replaceFirst("");
    if (rest.isEmpty()) {
      return false;
    }
    for (String part : PARTS.split(rest)) {
      String place = Text.strip(part);
      if (!place.isEmpty() && !PLACE.matcher(place).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsWithSeparator(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ',' || last == '\u00AD' || last == '-' || last == '–' || last == '—';
  }

  // ---------------------------------------------------------------- metadata values

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})(?:-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})(?::(\\d{2})((?:[.,]\\d+)?))?"
              + "\\s?(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[([^\\]]+)])?)?)?");

  private static final Pattern PDF =
      Pattern.compile(
          "D:(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?"
              + "(?:(Z)(?:00'?00'?)?|([+-])(\\d{2})'?(?:(\\d{2})'?)?)?");

  /**
   * The date of a metadata value: ISO 8601 / RFC 3339 ({@code 2015-10-06}, {@code 2024-06}, {@code
   * 2021-11-10T09:30:00.000+01:00}, a fraction of a second dropped), a PDF date ({@code
   * D:20191119093000+01'00'}), RFC 822 ({@code Tue, 19 Nov 2019 09:30:00 GMT}) or any shape of the
   * text grammar; {@code null} when it is none. A time that is a date field's default is no time:
   * noon UTC ({@code T12:00:00Z}, {@code T12:00:00.000Z}) and a midnight without offset ({@code
   * T00:00:00}) give the date alone.
   */
  public static Timestamp value(String text) {
    if (text == null) {
      return null;
    }
    String v = Text.strip(text);
    if (v.isEmpty() || firstDigit(v, 0) < 0) {
      return null;
    }
    try {
      Matcher iso = ISO.matcher(v);
      if (iso.matches()) {
        return iso(iso);
      }
      Matcher pdf = PDF.matcher(v);
      if (pdf.matches()) {
        return pdf(pdf);
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return null; // 2021-02-30, 25:99, an unknown zone
    }
    Found found = wholeLine(v);
    return found == null ? null : found.timestamp();
  }

  private static Timestamp iso(Matcher m) {
    int year = num(m.group(1));
    int month = num(m.group(2));
    if (m.group(3) == null) {
      return Timestamp.ofMonth(YearMonth.of(year, month));
    }
    LocalDate date = LocalDate.of(year, month, num(m.group(3)));
    if (m.group(4) == null) {
      return Timestamp.ofDate(date);
    }
    boolean seconds = m.group(6) != null;
    LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)), seconds ? num(m.group(6)) : 0);
    ZoneOffset offset = offset(m.group(8));
    if (isDefault(time, offset, m.group(9))) {
      return Timestamp.ofDate(date);
    }
    return moment(
        date.atTime(time),
        seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE,
        offset,
        m.group(9));
  }

  private static Timestamp pdf(Matcher m) {
    int year = num(m.group(1));
    if (m.group(2) == null) {
      return null; // a year alone is no date
    }
    int month = num(m.group(2));
    if (m.group(3) == null) {
      return Timestamp.ofMonth(YearMonth.of(year, month));
    }
    LocalDate date = LocalDate.of(year, month, num(m.group(3)));
    if (m.group(4) == null) {
      return Timestamp.ofDate(date);
    }
    boolean seconds = m.group(6) != null;
    LocalTime time =
        LocalTime.of(
            num(m.group(4)),
            m.group(5) == null ? 0 : num(m.group(5)),
            seconds ? num(m.group(6)) : 0);
    ZoneOffset offset = null;
    if (m.group(7) != null) {
      offset = ZoneOffset.UTC;
    } else if (m.group(8) != null) {
      int hours = num(m.group(9));
      int minutes = m.group(10) == null ? 0 : num(m.group(10));
      offset =
          m.group(8).equals("-")
              ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
              : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
    if (isDefault(time, offset, null)) {
      return Timestamp.ofDate(date);
    }
    return moment(
        date.atTime(time),
        seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE,
        offset,
        null);
  }

  /** Noon UTC or a midnight without offset: what a date field gives when only a date was set. */
  private static boolean isDefault(LocalTime time, ZoneOffset offset, String zone) {
    if (zone != null) {
      return false;
    }
    return time.equals(LocalTime.NOON) && ZoneOffset.UTC.equals(offset)
        || time.equals(LocalTime.MIDNIGHT) && offset == null;
  }

  // ---------------------------------------------------------------- helpers

  private static int firstDigit(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c > 0x7f && Character.isDigit(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where a date holding the digit at {@code digit} may begin at the earliest: the start of the
   * words before it that can open a date, a weekday and a month ({@code Monday, October 30}).
   */
  private static int wordStartBefore(String line, int digit) {
    int start = digit;
    int i = digit;
    for (int words = 0; words < 4; words++) {
      int j = i;
      while (j > 0 && !Character.isLetter(line.charAt(j - 1))) {
        j--;
        if (i - j > 4) {
          return start;
        }
      }
      int end = j;
      while (j > 0
          && (Character.isLetter(line.charAt(j - 1))
              || line.charAt(j - 1) == '-' && j > 1 && Character.isLetter(line.charAt(j - 2)))) {
        j--;
      }
      if (j == end || !opensDate(line.substring(j, end).toLowerCase(Locale.ROOT))) {
        return start;
      }
      start = j;
      i = j;
    }
    return start;
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
                Pattern.quote(String.valueOf(first))
                    + group.stream()
                        .map(w -> w.substring(1))
                        // Longest first, then alphabetical: "september" before "sep", one order.
                        .sorted(
                            Comparator.comparing(String::length).reversed().thenComparing(w -> w))
                        .map(w -> w.isEmpty() ? "" : Pattern.quote(w))
                        .collect(Collectors.joining("|", "(?:", ")"))));
    return any.toString();
  }
}
