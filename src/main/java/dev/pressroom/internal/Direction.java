package dev.pressroom.internal;

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
