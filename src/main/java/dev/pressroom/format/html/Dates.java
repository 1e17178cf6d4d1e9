package dev.pressroom.format.html;

import dev.pressroom.model.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates: machine forms from meta tags, JSON-LD and {@code datetime} attributes
 * ({@link #machine}), and the shapes people write on pages ({@link #find}): {@code 2020-09-27
 * 09:08}, {@code 2023/10/28}, {@code 10.11.2021}, {@code 2023年10月28日}, {@code October 28, 2023},
 * {@code 28 October 2023}, {@code 10. November 2021}. A timestamp keeps the precision it was
 * written with; fractions of a second are dropped.
 */
final class Dates {
  private Dates() {}

  /** A date found in a line: the timestamp and where it was. */
  record Found(Timestamp timestamp, int start, int end) {}

  private static final Pattern MACHINE =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?.*",
          Pattern.DOTALL);

  private static final String TIME = "(?:,?\\s*(?:um\\s*)?(\\d{1,2})[:：](\\d{2})(?::(\\d{2}))?)?";

  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAMES;

  static {
    StringBuilder names = new StringBuilder();
    MONTHS.keySet().stream()
        .sorted((a, b) -> b.length() - a.length() != 0 ? b.length() - a.length() : a.compareTo(b))
        .forEach(n -> names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(n)));
    MONTH_NAMES = names.toString();
  }

  private static final Pattern YMD =
      Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)" + TIME);
  private static final Pattern DMY =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)" + TIME);
  private static final Pattern CJK =
      Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*" + TIME);
  private static final Pattern MDY =
      Pattern.compile(
          "(?i)(?<![\\p{L}])(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)" + TIME);
  private static final Pattern DMONTHY =
      Pattern.compile(
          "(?i)(?<![\\d\\p{L}])(\\d{1,2})\\.?\\s+("
              + MONTH_NAMES
              + ")\\.?,?\\s+(\\d{4})(?!\\d)"
              + TIME);

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

  /** The first date a person wrote in {@code line}, or null. */
  static Found find(String line) {
    Found best = null;
    for (Pattern p : new Pattern[] {YMD, CJK, DMY, MDY, DMONTHY}) {
      Matcher m = p.matcher(line);
      while (m.find()) {
        Timestamp t = fromMatch(p, m);
        if (t != null) {
          if (best == null || m.start() < best.start()) {
            best = new Found(t, m.start(), m.end());
          }
          break;
        }
      }
    }
    return best;
  }

  private static Timestamp fromMatch(Pattern p, Matcher m) {
    if (p == YMD) {
      return build(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7), null);
    }
    if (p == CJK) {
      return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
    }
    if (p == DMY) {
      return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), null);
    }
    if (p == MDY) {
      Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
      return build(m.group(3), "" + month, m.group(2), m.group(4), m.group(5), m.group(6), null);
    }
    Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
    return build(m.group(3), "" + month, m.group(1), m.group(4), m.group(5), m.group(6), null);
  }

  private static Timestamp build(
      String y, String mo, String d, String h, String mi, String s, String offset) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      if (date.getYear() < 1) {
        return null;
      }
      if (h == null) {
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

  private static Map<String, Integer> months() {
    Map<String, Integer> m = new TreeMap<>();
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
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return m;
  }
}
