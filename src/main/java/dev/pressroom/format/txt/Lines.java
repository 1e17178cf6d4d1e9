package dev.pressroom.format.txt;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits decoded text into {@link Line}s: at LF, CRLF, CR, NEL, U+2028 and U+2029; each line's ends
 * stripped by {@link Text#strip} (so NBSP, U+3000 and stray BOMs go), its inner text kept exactly.
 * A line longer than {@link Limits#maxParagraphChars} is a {@link LimitExceededException}; a
 * control character inside a line is a {@link ParseException} naming its line and column.
 */
final class Lines {
  private Lines() {}

  static List<Line> split(String text, Limits limits) throws ParseException {
    List<Line> lines = new ArrayList<>(64);
    int start = 0;
    int number = 1;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && !isBreak(text.charAt(end))) {
        end++;
      }
      lines.add(line(text, start, end, number++, limits));
      if (end >= length) {
        break;
      }
      boolean crlf = text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n';
      start = end + (crlf ? 2 : 1);
      if (start == length) {
        break;
      }
    }
    return lines;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static Line line(String text, int start, int end, int number, Limits limits)
      throws ParseException {
    if (end - start > limits.maxParagraphChars()) {
      throw new LimitExceededException(
          ParseException.position(number, 0),
          "line is longer than the limit of "
              + limits.maxParagraphChars()
              + " characters (raise Limits.maxParagraphChars)");
    }
    int indent = 0;
    int from = start;
    while (from < end) {
      int cp = text.codePointAt(from);
      if (!Text.isSpace(cp)) {
        break;
      }
      indent += cp == '\t' ? 4 : cp == 0xFEFF || cp == 0x200B ? 0 : 1;
      from += Character.charCount(cp);
    }
    String stripped = Text.strip(text.substring(from, end));
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      if (Text.isForbidden(cp)) {
        throw ParseException.at(
            number,
            text.codePointCount(start, from + i) + 1,
            String.format("forbidden character U+%04X (a control character or noncharacter)", cp));
      }
      i += Character.charCount(cp);
    }
    return new Line(number, stripped, indent);
  }
}
