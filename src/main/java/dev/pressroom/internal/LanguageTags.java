package dev.pressroom.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises the language tags documents declare to BCP 47 as the model holds them: {@code DE} →
 * {@code de}, {@code en_US} → {@code en-US}, {@code zh-hans-cn} → {@code zh-Hans-CN}, {@code deu} →
 * {@code de}, {@code en-EN} → {@code en} (EN is no region). What survives is a known ISO 639
 * language, an optional script and an optional ISO 3166 or UN M.49 region; variants and extensions
 * are left out, and a tag without a known language ({@code english}, {@code x-default}, {@code
 * und}) is no tag.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * A normalised declaration.
   *
   * @param declared the value as the document wrote it
   * @param tag the normalised tag, or {@code null} when nothing valid was declared
   */
  public record Normalised(String declared, String tag) {
    /** Whether the tag differs from the declaration by more than letter case. */
    public boolean corrected() {
      return tag != null && !tag.equalsIgnoreCase(declared.strip());
    }

    /** Whether something was declared but no valid tag could be made of it. */
    public boolean dropped() {
      return tag == null && !declared.isBlank();
    }
  }

  private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
  private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());
  private static final Map<String, String> ALPHA3 = alpha3();

  private static Map<String, String> alpha3() {
    Map<String, String> map = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        map.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException e) {
        // a code without an alpha-3 form
      }
    }
    // ISO 639-3 individual languages that stand for their macrolanguage's two-letter code
    map.putAll(
        Map.of(
            "cmn", "zh", "arb", "ar", "pes", "fa", "zsm", "ms", "swh", "sw", "ekk", "et", "lvs",
            "lv", "nob", "nb", "azj", "az", "uzn", "uz"));
    map.put("khk", "mn");
    map.put("plt", "mg");
    map.put("ydd", "yi");
    // bibliographic alpha-3 codes
    map.putAll(
        Map.of(
            "ger", "de", "fre", "fr", "dut", "nl", "chi", "zh", "gre", "el", "per", "fa", "cze",
            "cs", "rum", "ro", "slo", "sk", "alb", "sq"));
    return Map.copyOf(map);
  }

  /** The two-letter code of an ISO 639 alpha-3 code ({@code deu}, {@code cmn}), or {@code null}. */
  public static String fromAlpha3(String code) {
    return code == null ? null : ALPHA3.get(code.toLowerCase(Locale.ROOT));
  }

  /** Normalises a declared value; {@code null} declares nothing. */
  public static Normalised normalise(String declared) {
    if (declared == null) {
      return new Normalised("", null);
    }
    return new Normalised(declared, tag(declared));
  }

  private static String tag(String declared) {
    String v = declared.strip().replace('_', '-');
    int cut = indexOfAny(v, ",; ");
    if (cut >= 0) {
      v = v.substring(0, cut); // Content-Language lists: the first
    }
    String[] parts = v.split("-", -1);
    String language = parts[0].toLowerCase(Locale.ROOT);
    if (language.length() == 3 && ALPHA3.containsKey(language)) {
      language = ALPHA3.get(language);
    }
    if (language.length() != 2 || !isAlpha(language)) {
      return null;
    }
    language = new Locale(language).getLanguage(); // legacy codes: iw → he, in → id
    if (!LANGUAGES.contains(language)) {
      return null;
    }
    StringBuilder out = new StringBuilder(language);
    int i = 1;
    if (i < parts.length && parts[i].length() == 4 && isAlpha(parts[i])) {
      String script = parts[i].toLowerCase(Locale.ROOT);
      out.append('-').append(Character.toUpperCase(script.charAt(0))).append(script, 1, 4);
      i++;
    }
    if (i < parts.length) {
      String region = parts[i].toUpperCase(Locale.ROOT);
      if ((region.length() == 2 && REGIONS.contains(region))
          || (region.length() == 3 && region.chars().allMatch(c -> c >= '0' && c <= '9'))) {
        out.append('-').append(region);
      }
    }
    return out.toString();
  }

  /** The language subtag of a valid tag ({@code en} of {@code en-US}). */
  public static String language(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }

  private static boolean isAlpha(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
