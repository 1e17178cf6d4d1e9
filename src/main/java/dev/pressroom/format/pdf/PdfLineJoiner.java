package dev.pressroom.format.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of a foreign PDF's paragraph back into one line, undoing hyphenation where it was
 * only line breaking. The rule, for a line {@code a} followed by a line {@code b}:
 *
 * <ol>
 *   <li>{@code a} ends with a soft hyphen (U+00AD), which a PDF only holds where a hyphen was
 *       drawn: before a lower-case letter it was a break inside a word, dropped and the halves
 *       joined ({@code Presse­|mitteilung} → {@code Pressemitteilung}) unless the hyphenated word
 *       appears elsewhere in the document; before anything else it is the visible hyphen it was
 *       drawn as ({@code Schmidt­|Traub} → {@code Schmidt-Traub}).
 *   <li>{@code a} ends with a hyphen right after a letter and {@code b} starts with a lower-case
 *       letter: the halves are joined without a space, and the hyphen
 *       <ul>
 *         <li>is kept when the hyphenated word appears elsewhere in the document ({@code
 *             long-|term} when {@code long-term} appears), else
 *         <li>is dropped when the joined word appears elsewhere ({@code develop-|ment}), else
 *         <li>is dropped only when the producer hyphenates automatically (TeX, InDesign), and kept
 *             otherwise: Word and LibreOffice do not hyphenate unless asked, so their line-end
 *             hyphens are real compounds ({@code low-|carbon}).
 *       </ul>
 *   <li>{@code a} ends with a hyphen after a letter or digit and {@code b} starts otherwise: joined
 *       without a space, the hyphen kept ({@code Schmidt-|Traub}, {@code COVID-|19}).
 *   <li>Either side is CJK, or {@code b} starts with closing punctuation: joined without a space.
 *   <li>Otherwise: joined with one space.
 * </ol>
 */
final class PdfLineJoiner {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)*");
  private static final String CLOSING = ".,;:!?)]}”’»";

  private final Set<String> words = new HashSet<>();
  private final boolean autoHyphenated;

  /**
   * @param lines every line of the document, whose words are the evidence for rule 2
   * @param autoHyphenated whether the producer hyphenates on its own
   */
  PdfLineJoiner(List<PdfTextLine> lines, boolean autoHyphenated) {
    this.autoHyphenated = autoHyphenated;
    for (PdfTextLine line : lines) {
      Matcher m = WORD.matcher(line.text());
      while (m.find()) {
        if (m.end() < line.text().length() && isHyphen(line.text().charAt(m.end()))) {
          continue; // the first half of a line-end break is no evidence
        }
        words.add(m.group().toLowerCase(Locale.ROOT).replace('\u2010', '-'));
      }
    }
  }

  /** {@code a} and {@code b} as one line. */
  String join(String a, String b) {
    a = softHyphens(a).stripTrailing();
    b = softHyphens(b).stripLeading();
    if (a.isEmpty() || b.isEmpty()) {
      return a + b;
    }
    char last = a.charAt(a.length() - 1);
    int first = b.codePointAt(0);
    if (last == '\u00AD') {
      String head = a.substring(0, a.length() - 1);
      boolean visible =
          !Character.isLowerCase(first)
              || words.contains(
                  (trailingLetters(head) + "-" + leadingLetters(b)).toLowerCase(Locale.ROOT));
      return visible ? head + "-" + b : head + b;
    }
    if (isHyphen(last) && a.length() >= 2) {
      int before = a.codePointBefore(a.length() - 1);
      if (Character.isLetter(before) && Character.isLowerCase(first)) {
        return keepHyphen(a, b) ? a + b : a.substring(0, a.length() - 1) + b;
      }
      if (Character.isLetterOrDigit(before)) {
        return a + b;
      }
    }
    if (isCjk(a.codePointBefore(a.length())) || isCjk(first) || CLOSING.indexOf(first) >= 0) {
      return a + b;
    }
    return a + " " + b;
  }

  private boolean keepHyphen(String a, String b) {
    String head = trailingLetters(a.substring(0, a.length() - 1));
    String tail = leadingLetters(b);
    String hyphenated = (head + "-" + tail).toLowerCase(Locale.ROOT);
    String joined = (head + tail).toLowerCase(Locale.ROOT);
    if (words.contains(hyphenated)) {
      return true;
    }
    if (words.contains(joined)) {
      return false;
    }
    return !autoHyphenated;
  }

  private static String trailingLetters(String s) {
    int i = s.length();
    while (i > 0 && Character.isLetter(s.codePointBefore(i))) {
      i -= Character.charCount(s.codePointBefore(i));
    }
    return s.substring(i);
  }

  private static String leadingLetters(String s) {
    int i = 0;
    while (i < s.length() && Character.isLetter(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return s.substring(0, i);
  }

  /**
   * A line's soft hyphens (U+00AD) as a reader saw them. Inside a line a PDF holds one only where a
   * hyphen was drawn, so between letters or digits it is that hyphen ({@code COVID­19} → {@code
   * COVID-19}); one followed by spaces is a word break that reached us joined ({@code Commis­
   * sioner} → {@code Commissioner}). One at the line's end is left for {@link #join}.
   */
  static String softHyphens(String line) {
    int at = line.indexOf('\u00AD');
    if (at < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    int end = line.length();
    while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\u00AD' || i == end - 1) {
        out.append(c);
        continue;
      }
      int next = i + 1;
      while (next < end && Character.isWhitespace(line.charAt(next))) {
        next++;
      }
      if (next > i + 1 && next < end && Character.isLowerCase(line.charAt(next))) {
        i = next - 1; // a break joined: drop the hyphen and the space
      } else if (i > 0
          && next == i + 1
          && next < end
          && Character.isLetterOrDigit(line.charAt(i - 1))
          && Character.isLetterOrDigit(line.charAt(next))) {
        out.append('-');
      }
    }
    return out.toString();
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010';
  }

  /** Han, kana, CJK punctuation and full-width forms: scripts written without spaces. */
  static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF);
  }
}
