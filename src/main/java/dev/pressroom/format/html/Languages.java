package dev.pressroom.format.html;

import dev.pressroom.internal.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * A foreign page's language: {@code <html lang>} (or {@code xml:lang}), then {@code
 * Content-Language}, {@code og:locale} or JSON-LD {@code inLanguage}; failing those, detected from
 * the release's text: the script (Han → {@code zh}, kana → {@code ja}, Hangul → {@code ko}, Arabic,
 * Hebrew, Cyrillic, Greek, Thai) and, for Latin text, the most frequent function words of English,
 * German, French, Spanish, Italian, Dutch and Portuguese. Nothing is guessed from too little text.
 */
final class Languages {
  private Languages() {}

  private static final Map<String, Set<String>> WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on"),
          "de", Set.of("der", "die", "und", "das", "ist", "den", "mit", "von", "sich", "nicht"),
          "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour"),
          "es", Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para"),
          "it", Set.of("il", "di", "che", "della", "per", "gli", "una", "sono", "nel", "anche"),
          "nl", Set.of("het", "een", "van", "en", "dat", "niet", "zijn", "voor", "met", "ook"),
          "pt", Set.of("o", "os", "da", "do", "que", "em", "uma", "para", "com", "não"));

  private static final List<String> ORDER = List.of("en", "de", "fr", "es", "it", "nl", "pt");

  static String find(Document doc, PageMeta meta, String text) {
    String[] declared = {
      doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
      doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("xml:lang"),
      meta.meta("content-language"),
      meta.meta("language"),
      meta.meta("og:locale"),
      meta.jsonLd.inLanguage
    };
    for (String d : declared) {
      String tag = tag(d);
      if (tag != null) {
        return tag;
      }
    }
    return detect(text);
  }

  /** A declared value as a BCP-47 tag ({@code en_US} → {@code en-US}), or {@code null}. */
  static String tag(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().replace('_', '-');
    int comma = v.indexOf(',');
    if (comma > 0) {
      v = v.substring(0, comma).trim();
    }
    return Text.isLanguageTag(v) ? v : null;
  }

  /** The language of a text by its script and function words, or {@code null}. */
  static String detect(String text) {
    int[] counts = new int[10];
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(cp)) {
        case HAN -> counts[0]++;
        case HIRAGANA, KATAKANA -> counts[1]++;
        case HANGUL -> counts[2]++;
        case ARABIC -> counts[3]++;
        case HEBREW -> counts[4]++;
        case CYRILLIC -> counts[5]++;
        case GREEK -> counts[6]++;
        case THAI -> counts[7]++;
        case LATIN -> counts[8]++;
        default -> counts[9]++;
      }
    }
    if (letters < 10) {
      return null;
    }
    if (counts[1] * 20 > letters) {
      return "ja";
    }
    String[] tags = {"zh", "ja", "ko", "ar", "he", "ru", "el", "th"};
    for (int s = 0; s < tags.length; s++) {
      if (s != 1 && counts[s] * 2 > letters) {
        return tags[s];
      }
    }
    return counts[8] * 2 > letters ? latin(text) : null;
  }

  private static String latin(String text) {
    int[] hits = new int[ORDER.size()];
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (int l = 0; l < ORDER.size(); l++) {
        if (WORDS.get(ORDER.get(l)).contains(word)) {
          hits[l]++;
        }
      }
    }
    int best = 0;
    int second = 0;
    for (int l = 1; l < hits.length; l++) {
      if (hits[l] > hits[best]) {
        best = l;
      }
    }
    for (int l = 0; l < hits.length; l++) {
      if (l != best) {
        second = Math.max(second, hits[l]);
      }
    }
    return hits[best] >= 3 && hits[best] >= second * 3 / 2 + 1 ? ORDER.get(best) : null;
  }
}
