package dev.pressroom.reading;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import java.util.regex.Pattern;

/**
 * Datelines that open a wire release's first paragraph: a place, a date or both, then a dash.
 *
 * <pre>
 * WASHINGTON, Oct. 27, 2023 -- The Senate ...
 * Washington, D.C. -- Senator ...
 * Brussels, 19 November 2019 – The ...
 * AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- ...
 * December 2, 2020—Today ...
 * </pre>
 *
 * <p>The dash is {@code --}, an em or en dash, or a hyphen with spaces around it, within the first
 * {@value #MAX_PREFIX} characters. Before it: an optional {@code /agency/} or {@code (agency)},
 * then a date ({@link DateFinder}), a place, or a place, a comma and a date. A place is a few
 * capitalised words (with {@code and}, {@code of}, ... between them); without a date it must have a
 * comma ({@code Washington, D.C.}) or be in capitals ({@code WASHINGTON}), so that ordinary
 * sentences with a dash are not taken for datelines.
 */
public final class Datelines {
  private Datelines() {}

  /** The dash must come within this many characters. */
  public static final int MAX_PREFIX = 100;

  private static final Pattern AGENCY = Pattern.compile("\\s*(?:/[^/]{1,40}/|\\([^()]{1,40}\\))$");
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}.'’\\-]*";
  private static final Pattern PLACE =
      Pattern.compile(
          WORD + "(?:,? (?:" + WORD + "|and|&|of|on|upon|de|del|la|le|am|an|im|sur|en))*,?");

  /**
   * A dateline.
   *
   * @param end where the text after the dateline (and its dash) begins
   * @param date its date, or {@code null} when it names only a place
   */
  public record Dateline(int end, Timestamp date) {}

  /**
   * The date a whole line shows, perhaps after a date label ({@code Published:}, {@code Datum:}),
   * by the rule the timestamp pass reads date lines with; or {@code null}.
   */
  public static Timestamp dateLine(String line) {
    DateFinder.Found found = TimestampPass.dateLine(Text.strip(line));
    return found == null || found.updated() ? null : found.timestamp();
  }

  /** The dateline {@code text} begins with, or {@code null}. */
  public static Dateline find(String text) {
    int limit = Math.min(text.length(), MAX_PREFIX);
    int dash = -1;
    int after = -1;
    for (int i = 0; i < limit && dash < 0; i++) {
      char c = text.charAt(i);
      if (c == '\u2014' || c == '\u2013') {
        dash = i;
        after = i + 1;
      } else if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
        dash = i;
        after = i + 2;
      } else if (c == '-'
          && i > 0
          && Text.isSpace(text.charAt(i - 1))
          && (i + 1 == text.length() || Text.isSpace(text.charAt(i + 1)))) {
        dash = i;
        after = i + 1;
      }
    }
    if (dash <= 0) {
      return null;
    }
    String prefix = Text.collapse(text.substring(0, dash));
    prefix = AGENCY.matcher(prefix).replaceFirst("");
    if (prefix.isEmpty()) {
      return null;
    }
    Timestamp date = null;
    String place = prefix;
    DateFinder.Found found = trailingDate(prefix);
    if (found != null) {
      date = found.timestamp();
      place = Text.strip(prefix.substring(0, found.start()));
      if (place.endsWith(",")) {
        place = Text.strip(place.substring(0, place.length() - 1));
      }
    }
    if (!place.isEmpty()) {
      if (place.length() > 60 || !PLACE.matcher(place).matches()) {
        return null;
      }
      if (date == null
          && place.indexOf(',') < 0
          && (place.length() < 3 || !place.equals(place.toUpperCase(java.util.Locale.ROOT)))) {
        return null;
      }
    }
    while (after < text.length() && Text.isSpace(text.charAt(after))) {
      after++;
    }
    return new Dateline(after, date);
  }

  /** The date that ends {@code text}, or {@code null}. */
  private static DateFinder.Found trailingDate(String text) {
    DateFinder.Found found = DateFinder.find(text);
    while (found != null && found.end() != text.length()) {
      int next = found.start() + 1;
      found = null;
      for (int i = next; i < text.length() && found == null; i++) {
        DateFinder.Found at = DateFinder.at(text, i);
        if (at != null && at.end() == text.length()) {
          found = at;
        }
      }
    }
    return found;
  }
}
