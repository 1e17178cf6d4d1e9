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

  /** Whether the model forbids {@code cp} anywhere: controls but tab, line separators. */
  public static boolean isForbidden(int cp) {
    if (cp == '\t') {
      return false;
    }
    return cp <= 0x1F
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE
        || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
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
