package dev.pressroom.format.html;

import dev.pressroom.internal.Text;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text as a browser shows it on a page we did not write: runs of HTML whitespace (space, tab, line
 * feed, carriage return, form feed) fold to one space, soft hyphens (U+00AD) and characters a
 * release may not hold are dropped, the ends are trimmed with {@link Text#strip} (NBSP, U+3000 and
 * BOM included). Inner NBSP and U+3000 stay: a browser does not fold them either.
 */
final class PageText {
  private PageText() {}

  /** Unrendered template placeholders such as {@code {0}}, {@code ${x}} or {@code {{x}}}. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{\\{?[A-Za-z0-9_.]*}}?");

  /** The cleaned form of raw page text; empty when nothing visible is left. */
  static String clean(String raw) {
    return clean(raw, NO_RANGES, NO_RANGES);
  }

  private static final int[] NO_RANGES = {};

  /**
   * {@link #clean} of {@code raw}, with the ranges {@code starts[k]..ends[k]} (offsets into {@code
   * raw}) moved, in place, onto the cleaned text: a range starts at its first visible character and
   * ends after its last one, so folded and trimmed spaces fall outside it.
   */
  static String clean(String raw, int[] starts, int[] ends) {
    int n = raw.length();
    boolean ranges = starts.length > 0;
    int[] at = ranges ? new int[n + 1] : null; // cleaned index of each raw char kept, else -1
    int[] before = ranges ? new int[n + 1] : null; // cleaned length before raw char i
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; ) {
      int cp = raw.codePointAt(i);
      int width = Character.charCount(cp);
      if (ranges) {
        for (int k = 0; k < width; k++) {
          before[i + k] = out.length();
          at[i + k] = -1;
        }
      }
      if (cp != 0xAD) {
        if (cp == ' '
            || cp == '\t'
            || cp == '\n'
            || cp == '\r'
            || cp == '\f'
            || Text.isForbidden(cp)) {
          space = true;
        } else {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          if (ranges) {
            at[i] = out.length();
          }
          out.appendCodePoint(cp);
        }
      }
      i += width;
    }
    String cleaned = out.toString();
    String stripped = Text.strip(cleaned);
    if (!ranges) {
      return stripped;
    }
    before[n] = out.length();
    at[n] = out.length();
    for (int i = n - 1; i >= 0; i--) {
      if (at[i] < 0) {
        at[i] = at[i + 1];
      }
    }
    int lead = stripped.isEmpty() ? 0 : cleaned.indexOf(stripped);
    for (int k = 0; k < starts.length; k++) {
      starts[k] = clamp(at[Math.min(starts[k], n)] - lead, stripped.length());
      ends[k] = clamp(before[Math.min(ends[k], n)] - lead, stripped.length());
    }
    return stripped;
  }

  private static int clamp(int i, int length) {
    return Math.max(0, Math.min(length, i));
  }

  /** The cleaned visible text of an element (scripts and styles are removed beforehand). */
  static String of(Element element) {
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              raw.append(text.getWholeText());
            } else if (node instanceof Element e && (e.nameIs("br") || e.isBlock())) {
              raw.append(' ');
            }
          }
        },
        element);
    return clean(raw.toString());
  }

  /** Whether {@code cp} is a CJK ideograph, kana or Hangul syllable. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * {@link #weight} of {@link #clean}{@code (raw)}, up to the spaces at the ends, without copying.
   */
  static int rawWeight(String raw) {
    int n = 0;
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c <= ' ') {
        space = true;
      } else if (c != 0xAD) {
        n += (space ? 1 : 0) + (c >= 0x2E80 && !Character.isSurrogate(c) && isCjk(c) ? 3 : 1);
        space = false;
      }
    }
    return n;
  }

  /** A length that counts a CJK character like a short word, for comparing amounts of text. */
  static int weight(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c >= 0x2E80 && !Character.isSurrogate(c) && isCjk(c) ? 3 : 1;
    }
    return n;
  }
}
