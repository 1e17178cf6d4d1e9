package dev.pressroom.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The project's one rule for the writing direction of a release and of each of its paragraphs, used
 * by every renderer that says the direction (PDF lays the text out by it, DOCX writes {@code
 * w:bidi}, HTML writes {@code dir}).
 *
 * <ul>
 *   <li>A release is right to left when its language is written right to left: a script subtag
 *       {@code Arab}, {@code Hebr}, {@code Syrc}, {@code Thaa}, {@code Nkoo}, {@code Adlm} or
 *       {@code Rohg}, or without a script subtag one of Arabic, Persian, Urdu, Hebrew, Yiddish,
 *       Pashto, Sindhi, Uyghur, Dhivehi, Central Kurdish and Syriac.
 *   <li>A paragraph of a right-to-left release is right to left when it has a right-to-left letter
 *       (an Arabic release's paragraph that starts with a Latin brand name is still Arabic).
 *   <li>A paragraph of any other release, or one without a letter of either direction, follows its
 *       first strong letter (Unicode's rule P2–P3); with none, it takes the release's direction.
 * </ul>
 */
public final class Direction {
  private Direction() {}

  private static final Set<String> RTL_SCRIPTS =
      Set.of("Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg", "Mand", "Samr");
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "fa", "ur", "he", "iw", "yi", "ji", "ps", "sd", "ug", "dv", "ckb", "syr");

  /** Whether a release in {@code language} (a BCP 47 tag, or {@code null}) is right to left. */
  public static boolean rightToLeftLanguage(String language) {
    if (language == null || language.isEmpty()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(language);
    if (!locale.getScript().isEmpty()) {
      return RTL_SCRIPTS.contains(locale.getScript());
    }
    return RTL_LANGUAGES.contains(locale.getLanguage());
  }

  /** Whether a paragraph of {@code text} in a release in {@code language} is right to left. */
  public static boolean rightToLeft(CharSequence text, String language) {
    boolean release = rightToLeftLanguage(language);
    if (release && hasRightToLeft(text)) {
      return true;
    }
    int first = firstStrong(text);
    return first == 0 ? release : first > 0;
  }

  /** Whether {@code text} has a right-to-left letter (bidi class R or AL). */
  public static boolean hasRightToLeft(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590 && isRightToLeft(Character.codePointAt(text, i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the code point is a right-to-left letter (bidi class R or AL). */
  public static boolean isRightToLeft(int cp) {
    byte d = Character.getDirectionality(cp);
    return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /**
   * Where {@code text}, a paragraph or a line of one, changes between right-to-left stretches and
   * the rest, for writers that mark right-to-left runs (DOCX {@code w:rtl}). A right-to-left
   * stretch starts at a right-to-left letter and ends after the last right-to-left letter before
   * the next left-to-right letter (bidi class L) or the end, with the marks and joiners that follow
   * that letter (classes NSM and BN, such as an Arabic vowel sign or U+200C): the spaces,
   * punctuation and digits between two right-to-left letters belong with them, those between a
   * right-to-left and a left-to-right letter do not. In a right-to-left paragraph ({@code
   * rightToLeft}) its two ends count as right-to-left letters, as they do in the Unicode bidi
   * algorithm, so that what comes before its first letter or after its last one, when that letter
   * is right to left, belongs with it.
   *
   * <pre>{@code
   * stretches("abc مرحبا، بكم def", false) = {0, 4, 14, 18}
   * // "abc " | "مرحبا، بكم" (right to left) | " def"
   * stretches("«مرحبا» 2023", false) = {0, 1, 6, 12}  // "«" | "مرحبا" | "» 2023"
   * stretches("«مرحبا» 2023", true) = {0, 0, 12}      // "" | "«مرحبا» 2023"
   * }</pre>
   *
   * @return the boundaries {@code 0 = b0 <= b1 < ... < bn = text.length()}; the stretch from {@code
   *     b[i]} to {@code b[i+1]} is right to left when {@code i} is odd, so the first is not (and is
   *     empty when the text starts right to left). Text without a right-to-left letter is one
   *     stretch, {@code {0, text.length()}}.
   */
  public static int[] stretches(CharSequence text, boolean rightToLeft) {
    int length = text.length();
    if (!hasRightToLeft(text)) {
      return new int[] {0, length};
    }
    int[] bounds = new int[8];
    int n = 1; // bounds[0] = 0
    int start = -1; // where the open right-to-left stretch starts, or -1
    int end = -1; // where it ends so far: after its last right-to-left letter and marks
    boolean strong = false; // whether a letter of either direction came before
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(text, i);
      int next = i + Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      if (isRightToLeft(cp)) {
        if (start < 0) {
          start = rightToLeft && !strong ? 0 : i;
        }
        end = next;
        strong = true;
      } else if (start >= 0
          && end == i
          && (d == Character.DIRECTIONALITY_NONSPACING_MARK
              || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL)) {
        end = next;
      } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        if (start >= 0) {
          bounds = add(add(bounds, n++, start), n++, end);
          start = -1;
        }
        strong = true;
      }
      i = next;
    }
    if (start >= 0) {
      bounds = add(add(bounds, n++, start), n++, rightToLeft ? length : end);
    }
    if (bounds[n - 1] != length) {
      bounds = add(bounds, n++, length);
    }
    return Arrays.copyOf(bounds, n);
  }

  private static int[] add(int[] bounds, int at, int value) {
    int[] out = at < bounds.length ? bounds : Arrays.copyOf(bounds, 2 * bounds.length);
    out[at] = value;
    return out;
  }

  /** 1 when the first strong letter is right to left, -1 when left to right, 0 with none. */
  private static int firstStrong(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      byte d = Character.getDirectionality(cp);
      if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return -1;
      }
      if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return 1;
      }
    }
    return 0;
  }
}
