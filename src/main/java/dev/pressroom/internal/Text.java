package dev.pressroom.internal;

/**
 * The project's one definition of what counts as structural whitespace and which characters a
 * release may hold. Parsers trim with {@link #strip}; the model validates with {@link #problem}.
 */
public final class Text {
  private Text() {}

  /**
   * Whether {@code cp} is whitespace for trimming purposes: Java whitespace, Unicode space
   * separators (U+00A0, U+3000, ...), the BOM U+FEFF and the zero-width space U+200B.
   */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0xFEFF
        || cp == 0x200B
        || cp == 0x180E;
  }

  /** Removes {@link #isSpace} characters from both ends. */
  public static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end) {
      int cp = s.codePointAt(start);
      if (!isSpace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = s.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(start, end);
  }

  /** Whether the string is empty or only {@link #isSpace} characters. */
  public static boolean isBlank(String s) {
    return strip(s).isEmpty();
  }

  /**
   * Collapses every run of {@link #isSpace} characters (tabs and NBSP included) to one ASCII space
   * and strips the ends; used by lenient parsers for text a person typed.
   */
  public static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * {@code s} with each character the model forbids ({@link #isForbidden}, lone surrogates
   * included) replaced by one space; {@code s} itself when it has none.
   */
  public static String forbiddenAsSpaces(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (isForbidden(cp)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append(' ');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? s : out.toString();
  }

  /** Whether the model forbids {@code cp} anywhere: controls but tab, line separators. */
  public static boolean isForbidden(int cp) {
    if (cp == '\t') {
      return false;
    }
    return cp <= 0x1F
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || isNoncharacter(cp)
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
  }

  /**
   * Whether {@code cp} is a noncharacter: U+FDD0 to U+FDEF and the last two code points of every
   * plane (U+FFFE, U+FFFF, U+1FFFE, ...). A surrogate code unit is not a code point and is not one.
   */
  public static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFE) == 0xFFFE && cp <= 0x10FFFF);
  }

  /**
   * Whether {@code cp} ends a line in text that other tools wrote: LF, CR, vertical tab (Word's
   * manual line break), form feed, NEL (U+0085) and the Unicode line and paragraph separators.
   */
  public static boolean isLineBreak(int cp) {
    return cp == '\n'
        || cp == '\r'
        || cp == 0x0B
        || cp == 0x0C
        || cp == 0x85
        || cp == 0x2028
        || cp == 0x2029;
  }

  /**
   * Whether {@code cp} is a space other than U+0020 and tab that shows as a plain space: U+00A0
   * NO-BREAK SPACE, U+3000 IDEOGRAPHIC SPACE, the en/em/thin/hair spaces U+2000 to U+200A, U+202F,
   * U+205F and U+1680 (the Unicode space separators). Foreign readers turn them into U+0020.
   */
  public static boolean isOddSpace(int cp) {
    return cp == 0xA0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200A)
        || cp == 0x202F
        || cp == 0x205F
        || cp == 0x3000;
  }

  /**
   * Whether {@code cp} is a character with no width and no meaning in running text, which foreign
   * readers drop: the zero-width space U+200B, the word joiner U+2060 and the byte order mark
   * U+FEFF inside text. The zero-width joiner and non-joiner (U+200C, U+200D) and the bidirectional
   * marks are not: they change how text shows (emoji sequences, Persian, Indic scripts, right to
   * left).
   */
  public static boolean isInvisible(int cp) {
    return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
  }

  /** U+00AD SOFT HYPHEN: where a word may be hyphenated; invisible unless a line breaks there. */
  public static final char SOFT_HYPHEN = '\u00AD';

  /**
   * The one rule for soft hyphens: whether the soft hyphen at {@code i} marks a word split across a
   * line break, that is only spaces and tabs stand between it and a {@link #isLineBreak line
   * break}. Such a soft hyphen is kept by text repair, and the line-joining pass joins the two
   * halves without a space and drops it; every other soft hyphen is invisible and is dropped.
   */
  public static boolean isSoftHyphenBreak(CharSequence s, int i) {
    if (s.charAt(i) != SOFT_HYPHEN) {
      return false;
    }
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (isLineBreak(c)) {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /** Whether {@code tag} is a well-formed BCP-47 language tag such as {@code zh-CN}. */
  public static boolean isLanguageTag(String tag) {
    return tag != null && LANGUAGE_TAG.matcher(tag).matches();
  }

  /**
   * Returns why {@code s} is not a valid single line of release text, or {@code null} when it is. A
   * valid line is non-empty, does not begin or end with {@link #isSpace} characters, and has no
   * {@link #isForbidden} character (unpaired surrogates included).
   */
  public static String problem(String s) {
    if (s == null) {
      return "is missing";
    }
    if (s.isEmpty()) {
      return "is empty";
    }
    if (isSpace(s.codePointAt(0)) || isSpace(s.codePointBefore(s.length()))) {
      return isBlank(s) ? "is blank" : "begins or ends with whitespace";
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, most of any release: every parse checks every character
      }
      int cp = s.codePointAt(i); // an unpaired surrogate comes back as itself, and is forbidden
      if (isForbidden(cp)) {
        return String.format(
            "has a forbidden character U+%04X at index %d%s",
            cp, i, cp == '\n' || cp == '\r' ? " (a line break)" : "");
      }
      if (cp > 0xFFFF) {
        i++;
      }
    }
    return null;
  }
}
