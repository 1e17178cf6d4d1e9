package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hyphenation points of the TeX patterns, per language, loaded once. */
class HyphenationTest {
  private static String hyphenated(Hyphenation h, String word) {
    StringBuilder out = new StringBuilder(word);
    int[] points = h.points(word);
    for (int i = points.length - 1; i >= 0; i--) {
      out.insert(points[i], '-');
    }
    return out.toString();
  }

  @Test
  void englishWords() {
    Hyphenation en = Hyphenation.of("en");
    assertEquals("hy-phen-ation", hyphenated(en, "hyphenation"));
    assertEquals("re-spon-si-bil-i-ties", hyphenated(en, "responsibilities"));
    assertEquals("Com-mu-ni-ca-tion", hyphenated(en, "Communication"));
    assertEquals("as-so-ciate", hyphenated(en, "associate"), "the patterns' exception list");
    assertEquals("As-so-ciates", hyphenated(en, "Associates"));
    assertSame(en, Hyphenation.of("en-US"), "loaded once");
    assertNotNull(Hyphenation.of("en-GB"));
  }

  @Test
  void germanWords() {
    Hyphenation de = Hyphenation.of("de-DE");
    assertEquals(
        "Do-nau-dampf-schiff-fahrts-ge-sell-schaft",
        hyphenated(de, "Donaudampfschifffahrtsgesellschaft"));
    assertEquals("Öf-fent-lich-keits-ar-beit", hyphenated(de, "Öffentlichkeitsarbeit"));
    assertSame(de, Hyphenation.of("de-AT"), "one pattern set for every German");
  }

  @Test
  void everyLanguageWithPatternsHyphenatesWithoutFailing() {
    int loaded = 0;
    for (String language :
        List.of(
            "af", "as", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "en-GB", "eo", "es",
            "et", "eu", "fi", "fr", "fur", "ga", "gl", "grc", "gu", "hi", "hr", "hsb", "hu", "hy",
            "ia", "id", "is", "it", "kmr", "kn", "la", "lt", "lv", "ml", "mn", "mr", "nb", "nl",
            "nn", "no", "or", "pa", "pl", "pt", "rm", "ro", "ru", "sa", "sh", "sk", "sl", "sr",
            "sr-Latn", "sv", "ta", "te", "tk", "tr", "uk")) {
      Hyphenation h = Hyphenation.of(language);
      if (h != null) {
        loaded++;
        h.points("internationalization");
        h.points("\u0438\u043D\u0442\u0435\u0440\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B");
      }
    }
    assertTrue(loaded > 50, "languages with patterns: " + loaded);
  }

  @Test
  void languagesWithoutPatterns() {
    assertNull(Hyphenation.of(null));
    assertNull(Hyphenation.of("ja"));
    assertNull(Hyphenation.of("zh-CN"));
    assertNull(Hyphenation.of("ar"));
    assertNotNull(Hyphenation.of("fr"));
    assertNotNull(Hyphenation.of("ru"));
  }
}
