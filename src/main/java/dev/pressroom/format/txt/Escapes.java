package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The backslash escapes inside breadcrumb segments and action labels: {@code \>}, {@code \<} and
 * {@code \\} stand for {@code >}, {@code <} and {@code \}; a backslash before anything else is kept
 * as it is.
 */
final class Escapes {
  private Escapes() {}

  /** {@code text} with {@code >}, {@code <} and {@code \} escaped. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '>' || c == '<' || c == '\\') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append('\\');
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Undoes {@link #escape}. */
  static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isEscapable(char c) {
    return c == '>' || c == '<' || c == '\\';
  }

  /** The index of the first {@code target} not escaped by a backslash, from {@code from}, or -1. */
  static int indexOfUnescaped(String text, char target, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
        i++;
      } else if (c == target) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits at every unescaped {@code >} that has whitespace before it and whitespace or the line
   * end after it; the parts are stripped but not unescaped. One part means no such separator.
   */
  static List<String> splitTrail(String line) {
    List<String> parts = new ArrayList<>(4);
    int start = 0;
    int at = indexOfUnescaped(line, '>', 0);
    while (at >= 0) {
      boolean spaced =
          at > 0
              && Text.isSpace(line.charAt(at - 1))
              && (at + 1 == line.length() || Text.isSpace(line.charAt(at + 1)));
      if (spaced) {
        parts.add(Text.strip(line.substring(start, at)));
        start = at + 1;
      }
      at = indexOfUnescaped(line, '>', at + 1);
    }
    parts.add(Text.strip(line.substring(start)));
    return parts;
  }
}
