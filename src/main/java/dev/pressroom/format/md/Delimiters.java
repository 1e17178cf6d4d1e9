package dev.pressroom.format.md;

/**
 * Finds the {@code *}, {@code _} and {@code ~} delimiter runs that could take part in emphasis (or
 * GFM strikethrough) and marks them for escaping. A run matters only if it can open and some later
 * run of the same character can close, or it can close and some earlier run can open; every other
 * run is literal in any CommonMark reader and is left alone.
 *
 * <p>Flanking is judged under the 0.29 spec (punctuation = Unicode P), the 0.31 spec (punctuation =
 * P and S, so emoji and currency count) and the broadest reading some readers make (punctuation =
 * anything but letters, digits, marks and whitespace, so a format character such as U+200E counts:
 * pandoc's CommonMark reader closes {@code _} before one), with both the spec's and Java's idea of
 * whitespace; a run is escaped if any of these readings lets it act.
 */
final class Delimiters {
  private Delimiters() {}

  private static final int OPEN = 1;
  private static final int CLOSE = 2;

  static void mark(String text, char delimiter, boolean[] escape) {
    int first = text.indexOf(delimiter);
    if (first < 0) {
      return;
    }
    int n = text.length();
    // Runs as [start, end, role] triples, in order.
    int[] runs = new int[24];
    int count = 0;
    for (int i = first; i >= 0; i = text.indexOf(delimiter, i)) {
      int end = i;
      while (end < n && text.charAt(end) == delimiter) {
        end++;
      }
      int before = i == 0 ? -1 : text.codePointBefore(i);
      int after = end == n ? -1 : text.codePointAt(end);
      if (count * 3 + 3 > runs.length) {
        runs = java.util.Arrays.copyOf(runs, runs.length * 2);
      }
      runs[count * 3] = i;
      runs[count * 3 + 1] = end;
      runs[count * 3 + 2] = role(delimiter, before, after);
      count++;
      i = end;
    }
    boolean openerBefore = false;
    for (int r = 0; r < count; r++) {
      int role = runs[r * 3 + 2];
      boolean act = (role & CLOSE) != 0 && openerBefore;
      if (!act && (role & OPEN) != 0) {
        for (int later = r + 1; later < count && !act; later++) {
          act = (runs[later * 3 + 2] & CLOSE) != 0;
        }
      }
      if (act) {
        for (int k = runs[r * 3]; k < runs[r * 3 + 1]; k++) {
          escape[k] = true;
        }
      }
      openerBefore |= (role & OPEN) != 0;
    }
  }

  /** OPEN and/or CLOSE if any reading lets the run open or close. */
  private static int role(char delimiter, int before, int after) {
    int role = 0;
    for (int ws = 0; ws < 2; ws++) {
      for (int p = 0; p < 3; p++) {
        boolean wsBefore = isWhitespace(before, ws);
        boolean wsAfter = isWhitespace(after, ws);
        boolean pBefore = isPunctuation(before, p);
        boolean pAfter = isPunctuation(after, p);
        boolean left = !wsAfter && (!pAfter || wsBefore || pBefore);
        boolean right = !wsBefore && (!pBefore || wsAfter || pAfter);
        boolean open = delimiter == '_' ? left && (!right || pBefore) : left;
        boolean close = delimiter == '_' ? right && (!left || pAfter) : right;
        role |= (open ? OPEN : 0) | (close ? CLOSE : 0);
      }
    }
    return role;
  }

  private static boolean isWhitespace(int cp, int reading) {
    if (cp < 0) {
      return true; // the start and end of the line count as whitespace
    }
    if (reading == 0) {
      return cp == '\t'
          || cp == '\n'
          || cp == '\f'
          || cp == '\r'
          || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }
    return Character.isWhitespace(cp);
  }

  private static boolean isPunctuation(int cp, int reading) {
    if (cp < 0) {
      return false;
    }
    if (cp < 128) {
      return MarkdownEscaper.isAsciiPunctuation((char) cp);
    }
    if (reading == 2) {
      return switch (Character.getType(cp)) {
        case Character.NON_SPACING_MARK,
            Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK ->
            false;
        default -> !Character.isLetterOrDigit(cp) && !Character.isWhitespace(cp);
      };
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      case Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.OTHER_SYMBOL ->
          reading >= 1;
      default -> false;
    };
  }
}
