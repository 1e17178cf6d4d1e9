package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;
import java.util.Set;

/** Judging and deriving headlines in text that has no marked title. */
final class Headlines {
  private Headlines() {}

  /** A derived title longer than this is cut at a word and ends with an ellipsis. */
  static final int MAX_DERIVED = 240;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
          "hon", "rev", "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Whether a line is in capitals: it has at least two letters and none in lower case. */
  static boolean allCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * A title for a release that has none, from its lede: the first sentence (without a final
   * period), cut at a word after {@value #MAX_DERIVED} characters.
   */
  static String fromLede(String lede) {
    String sentence = Text.strip(lede.substring(0, sentenceEnd(lede)));
    if (sentence.endsWith(".")) {
      sentence = Text.strip(sentence.substring(0, sentence.length() - 1));
    }
    if (sentence.length() > MAX_DERIVED) {
      int cut = sentence.lastIndexOf(' ', MAX_DERIVED);
      sentence = Text.strip(sentence.substring(0, cut > 0 ? cut : MAX_DERIVED)) + "…";
    }
    return sentence;
  }

  /** The index just after the first sentence's end mark, or the text's length. */
  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end == text.length()) {
        return end;
      }
      if (!Text.isSpace(text.charAt(end)) || (c == '.' && isAbbreviation(text, i))) {
        continue;
      }
      int next = end;
      while (next < text.length() && Text.isSpace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && !Character.isLowerCase(text.codePointAt(next))) {
        return end;
      }
    }
    return text.length();
  }

  /**
   * Whether the period at {@code dot} ends an initial ({@code K.}), {@code U.S.} or {@code Sen.}.
   */
  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !Text.isSpace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0 && word.length() <= 6) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }
}
