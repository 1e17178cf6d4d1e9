package dev.pressroom.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells the language of a text, in two stages, and says nothing rather than guess.
 *
 * <ol>
 *   <li>The script of its letters: Han → {@code zh}, Han with kana → {@code ja}, Hangul → {@code
 *       ko}, Greek → {@code el}, Hebrew → {@code he}, Thai → {@code th}, and the other scripts that
 *       one language writes (Georgian, Armenian, Bengali, Tamil, Telugu, Kannada, Malayalam,
 *       Gujarati, Gurmukhi, Khmer, Lao, Sinhala, Myanmar, Ethiopic, Tibetan, Oriya).
 *   <li>For Latin, Cyrillic, Arabic and Devanagari text, Apache OpenNLP's language detector and its
 *       103-language model ({@code langdetect-183}), choosing among the languages of that script.
 * </ol>
 *
 * A text gives no language when it has too few letters (fewer than {@value #MIN_SCRIPT_LETTERS} in
 * one script, fewer than {@value #MIN_STATISTICAL_LETTERS} for the second stage), when no script
 * has most of its letters, or when the model's best language is not clearly ahead of the next.
 *
 * <p>The model (about 10 MB) is loaded once per class loader, on the first text that needs the
 * second stage. OpenNLP logs through SLF4J: when the application has no SLF4J provider, the
 * property {@code slf4j.internal.verbosity} is set to {@code ERROR} first (unless already set), so
 * that SLF4J does not print its "no providers" notice. Thread-safe.
 */
public final class LanguageDetector {
  private LanguageDetector() {}

  static final int MIN_SCRIPT_LETTERS = 12;
  static final int MIN_STATISTICAL_LETTERS = 40;

  /** The model's best language must be this many times as likely as the next. */
  private static final double MARGIN = 1.25;

  /** Letters the statistical stage reads at most: more says little more and costs time. */
  private static final int MAX_STATISTICAL_CHARS = 3000;

  private static final Map<UnicodeScript, String> ONE_LANGUAGE_SCRIPTS = oneLanguageScripts();

  private static Map<UnicodeScript, String> oneLanguageScripts() {
    Map<UnicodeScript, String> map = new EnumMap<>(UnicodeScript.class);
    map.put(UnicodeScript.HANGUL, "ko");
    map.put(UnicodeScript.GREEK, "el");
    map.put(UnicodeScript.HEBREW, "he");
    map.put(UnicodeScript.THAI, "th");
    map.put(UnicodeScript.GEORGIAN, "ka");
    map.put(UnicodeScript.ARMENIAN, "hy");
    map.put(UnicodeScript.BENGALI, "bn");
    map.put(UnicodeScript.TAMIL, "ta");
    map.put(UnicodeScript.TELUGU, "te");
    map.put(UnicodeScript.KANNADA, "kn");
    map.put(UnicodeScript.MALAYALAM, "ml");
    map.put(UnicodeScript.GUJARATI, "gu");
    map.put(UnicodeScript.GURMUKHI, "pa");
    map.put(UnicodeScript.KHMER, "km");
    map.put(UnicodeScript.LAO, "lo");
    map.put(UnicodeScript.SINHALA, "si");
    map.put(UnicodeScript.MYANMAR, "my");
    map.put(UnicodeScript.ETHIOPIC, "am");
    map.put(UnicodeScript.TIBETAN, "bo");
    map.put(UnicodeScript.ORIYA, "or");
    return map;
  }

  /** The languages of the model written in a script other than Latin, by that script. */
  private static final Map<String, UnicodeScript> NON_LATIN =
      Map.ofEntries(
          Map.entry("ar", UnicodeScript.ARABIC),
          Map.entry("fa", UnicodeScript.ARABIC),
          Map.entry("ur", UnicodeScript.ARABIC),
          Map.entry("ps", UnicodeScript.ARABIC),
          Map.entry("ug", UnicodeScript.ARABIC),
          Map.entry("ru", UnicodeScript.CYRILLIC),
          Map.entry("uk", UnicodeScript.CYRILLIC),
          Map.entry("be", UnicodeScript.CYRILLIC),
          Map.entry("bg", UnicodeScript.CYRILLIC),
          Map.entry("mk", UnicodeScript.CYRILLIC),
          Map.entry("sr", UnicodeScript.CYRILLIC),
          Map.entry("kk", UnicodeScript.CYRILLIC),
          Map.entry("ky", UnicodeScript.CYRILLIC),
          Map.entry("mn", UnicodeScript.CYRILLIC),
          Map.entry("tg", UnicodeScript.CYRILLIC),
          Map.entry("tt", UnicodeScript.CYRILLIC),
          Map.entry("ba", UnicodeScript.CYRILLIC),
          Map.entry("cv", UnicodeScript.CYRILLIC),
          Map.entry("ce", UnicodeScript.CYRILLIC),
          Map.entry("os", UnicodeScript.CYRILLIC),
          Map.entry("hi", UnicodeScript.DEVANAGARI),
          Map.entry("mr", UnicodeScript.DEVANAGARI),
          Map.entry("ne", UnicodeScript.DEVANAGARI),
          Map.entry("sa", UnicodeScript.DEVANAGARI),
          Map.entry("el", UnicodeScript.GREEK),
          Map.entry("he", UnicodeScript.HEBREW),
          Map.entry("yi", UnicodeScript.HEBREW),
          Map.entry("zh", UnicodeScript.HAN),
          Map.entry("ja", UnicodeScript.HAN),
          Map.entry("ko", UnicodeScript.HANGUL),
          Map.entry("th", UnicodeScript.THAI));

  private static final Set<UnicodeScript> STATISTICAL =
      Set.of(
          UnicodeScript.LATIN,
          UnicodeScript.CYRILLIC,
          UnicodeScript.ARABIC,
          UnicodeScript.DEVANAGARI);

  /** The language of {@code text} as a BCP 47 tag ({@code en}, {@code zh}), or {@code null}. */
  public static String detect(String text) {
    // A release's first few thousand characters tell its language as well as all of them.
    if (text.length() > MAX_STATISTICAL_CHARS) {
      text = cut(text);
    }
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    int kana = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      // Latin letters, most of any release, without UnicodeScript's binary search.
      UnicodeScript script = cp < 0x250 ? UnicodeScript.LATIN : UnicodeScript.of(cp);
      if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        kana++;
        script = UnicodeScript.HAN; // Japanese mixes both: one group, told apart below
      } else if (script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED) {
        continue;
      }
      counts.merge(script, 1, Integer::sum);
      letters++;
    }
    UnicodeScript main = null;
    int most = 0;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        main = e.getKey();
        most = e.getValue();
      }
    }
    if (main == null || most < MIN_SCRIPT_LETTERS || most * 2 <= letters) {
      return null;
    }
    if (main == UnicodeScript.HAN) {
      return kana * 20 >= most ? "ja" : "zh";
    }
    String single = ONE_LANGUAGE_SCRIPTS.get(main);
    if (single != null) {
      return single;
    }
    if (!STATISTICAL.contains(main) || most < MIN_STATISTICAL_LETTERS) {
      return null;
    }
    return statistical(text, main);
  }

  /**
   * The language to record, of what a document declares and what its text shows: the declared tag
   * normalised ({@link LanguageTags}), unless a detection from enough text says another language,
   * which wins (Word's default {@code en-US} on Chinese text is {@code zh}). A declared tag that
   * agrees keeps its region ({@code en-US}). Each correction is told to {@code warnings}.
   *
   * @param declared the declared value as written, or {@code null}
   * @param text the document's text (title and paragraphs)
   * @param warnings receives one line for each correction, or {@code null} to detect without
   *     telling
   */
  public static String choose(String declared, String text, Consumer<String> warnings) {
    Consumer<String> warn = warnings == null ? w -> {} : warnings;
    LanguageTags.Normalised normalised = LanguageTags.normalise(declared);
    if (normalised.dropped()) {
      warn.accept("dropped the invalid language tag \"" + declared.strip() + "\"");
    } else if (normalised.corrected()) {
      warn.accept(
          "corrected the language tag \""
              + declared.strip()
              + "\" to \""
              + normalised.tag()
              + "\"");
    }
    String tag = normalised.tag();
    String detected = detect(text);
    if (detected == null) {
      return tag;
    }
    if (tag == null || LanguageTags.language(tag).equals(detected)) {
      return tag == null ? detected : tag;
    }
    warn.accept(
        "the declared language \""
            + tag
            + "\" is not the language of the text, which is \""
            + detected
            + "\"");
    return detected;
  }

  /**
   * Function words of the Latin-script languages releases are most often written in: text that uses
   * many of one language's and few of any other's is that language, at once, without the
   * statistical model (whose loading costs a second and 70 MB); anything less clear goes to the
   * model.
   */
  private static final Map<String, Set<String>> FUNCTION_WORDS =
      Map.of(
          "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on"),
          "de", Set.of("der", "die", "und", "das", "ist", "den", "mit", "von", "sich", "nicht"),
          "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour"),
          "es", Set.of("el", "los", "las", "y", "del", "que", "por", "una", "con", "para"),
          "it", Set.of("il", "di", "che", "della", "per", "gli", "una", "sono", "nel", "anche"),
          "nl", Set.of("het", "een", "van", "en", "dat", "niet", "zijn", "voor", "met", "ook"),
          "pt", Set.of("o", "os", "da", "do", "que", "em", "uma", "para", "com", "não"));

  private static final String[] FUNCTION_WORD_LANGUAGES = {
    "en", "de", "fr", "es", "it", "nl", "pt"
  };

  /**
   * Each function word and, as bits by index in {@link #FUNCTION_WORD_LANGUAGES}, its languages.
   */
  private static final Map<String, Integer> WORD_LANGUAGES = wordLanguages();

  private static Map<String, Integer> wordLanguages() {
    Map<String, Integer> map = new java.util.HashMap<>();
    for (int l = 0; l < FUNCTION_WORD_LANGUAGES.length; l++) {
      for (String word : FUNCTION_WORDS.get(FUNCTION_WORD_LANGUAGES[l])) {
        map.merge(word, 1 << l, (a, b) -> a | b);
      }
    }
    return Map.copyOf(map);
  }

  /** Function-word hits one language needs, and how many times the next language's. */
  private static final int CLEAR_HITS = 12;

  private static final int CLEAR_RATIO = 4;

  /** The Latin-script language many function words clearly show, or {@code null}. */
  static String byFunctionWords(String text) {
    int[] hits = new int[FUNCTION_WORD_LANGUAGES.length];
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        if (i - start <= 5) {
          String word = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
          Integer languages = WORD_LANGUAGES.get(word);
          if (languages != null) {
            for (int l = 0; l < hits.length; l++) {
              if ((languages & (1 << l)) != 0) {
                hits[l]++;
              }
            }
          }
        }
        start = -1;
      }
    }
    int best = 0;
    for (int l = 1; l < hits.length; l++) {
      if (hits[l] > hits[best]) {
        best = l;
      }
    }
    int second = 0;
    for (int l = 0; l < hits.length; l++) {
      if (l != best) {
        second = Math.max(second, hits[l]);
      }
    }
    return hits[best] >= CLEAR_HITS && hits[best] >= CLEAR_RATIO * second
        ? FUNCTION_WORD_LANGUAGES[best]
        : null;
  }

  private static String statistical(String text, UnicodeScript script) {
    if (script == UnicodeScript.LATIN) {
      String clear = byFunctionWords(text);
      if (clear != null) {
        return clear;
      }
    }
    LanguageDetectorME detector = Model.detector();
    if (detector == null) {
      return null;
    }
    String sample = text.length() > MAX_STATISTICAL_CHARS ? cut(text) : text;
    Language[] ranked = detector.predictLanguages(sample);
    String best = null;
    double first = 0;
    double second = 0;
    for (Language language : ranked) {
      String tag = LanguageTags.fromAlpha3(language.getLang());
      if (tag == null || NON_LATIN.getOrDefault(tag, UnicodeScript.LATIN) != script) {
        continue;
      }
      if (best == null) {
        best = tag;
        first = language.getConfidence();
      } else if (!tag.equals(best)) {
        second = language.getConfidence();
        break;
      }
    }
    return best != null && first >= second * MARGIN ? best : null;
  }

  private static String cut(String text) {
    int end = MAX_STATISTICAL_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  /** The model, loaded on first use; each thread its own detector over it. */
  private static final class Model {
    private static final LanguageDetectorModel MODEL = load();
    private static final ThreadLocal<LanguageDetectorME> DETECTORS =
        ThreadLocal.withInitial(() -> MODEL == null ? null : new LanguageDetectorME(MODEL));

    static LanguageDetectorME detector() {
      return DETECTORS.get();
    }

    private static LanguageDetectorModel load() {
      Slf4jNotice.quietenIfUnbound();
      // Through the class loader: the model is a resource of another jar (module), not ours.
      ClassLoader loader = LanguageDetector.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream("langdetect-183.bin")) {
        return in == null ? null : new LanguageDetectorModel(new BufferedInputStream(in));
      } catch (IOException | RuntimeException e) {
        return null; // no model: the script stage alone
      }
    }
  }
}
