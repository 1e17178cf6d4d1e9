package dev.pressroom.format.pdf;

import io.github.nianna.api.Hyphenator;
import io.github.nianna.api.HyphenatorProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a word of a language may be hyphenated: Liang's algorithm ({@code io.github.nianna:
 * hyphenator}) over the TeX hyphenation patterns of hyph-utf8 ({@code hyph-LANG.tex}, as the jar
 * {@code org.daisy.dotify:dotify.hyphenator.impl} carries them). A language's patterns are read the
 * first time a release of that language needs them, once per class loader, and shared by all
 * threads; a language without patterns has no hyphenation.
 */
final class Hyphenation {
  private static final String PATTERNS = "org/daisy/dotify/hyphenator/impl/resource-files/utf8/";

  private static final Map<String, Optional<Hyphenation>> LOADED = new ConcurrentHashMap<>();

  private final Hyphenator hyphenator;
  private final Map<String, int[]> exceptions; // the file's \hyphenation{…} words, lower case

  private Hyphenation(Hyphenator hyphenator, Map<String, int[]> exceptions) {
    this.hyphenator = hyphenator;
    this.exceptions = exceptions;
  }

  /** The hyphenation of a BCP 47 language, or {@code null} when there are no patterns for it. */
  static Hyphenation of(String language) {
    if (language == null || language.isEmpty()) {
      return null;
    }
    String file = patternFile(Locale.forLanguageTag(language));
    if (file == null) {
      return null;
    }
    return LOADED.computeIfAbsent(file, Hyphenation::load).orElse(null);
  }

  /**
   * The indexes of {@code word} (letters only) before which a hyphen may go, ascending; empty when
   * there are none.
   */
  int[] points(String word) {
    int[] known = found.get(word);
    if (known != null) {
      return known.clone();
    }
    int[] points = exceptions.get(word.toLowerCase(Locale.ROOT));
    if (points == null) {
      List<Integer> indexes = hyphenator.hyphenateToken(word).hyphenIndexes();
      points = new int[indexes.size()];
      for (int i = 0; i < points.length; i++) {
        points[i] = indexes.get(i);
      }
      java.util.Arrays.sort(points);
    }
    if (found.size() < REMEMBERED) {
      found.put(word, points);
    }
    return points.clone();
  }

  /** How many words' points are remembered per language (a few hundred kilobytes at most). */
  private static final int REMEMBERED = 8192;

  /** The points of words hyphenated before, while there are fewer than {@link #REMEMBERED}. */
  private final Map<String, int[]> found = new ConcurrentHashMap<>();

  /** The hyph-utf8 file for a language: its spelling, script or region where it has several. */
  static String patternFile(Locale locale) {
    String language = locale.getLanguage();
    String region = locale.getCountry();
    String script = locale.getScript();
    String name =
        switch (language) {
          case "" -> null;
          case "de" -> "de-1996"; // the reformed spelling, in Switzerland too
          case "en" -> region.equals("US") || region.isEmpty() ? "en-us" : "en-gb";
          case "el" -> "el-monoton";
          case "mn" -> "mn-cyrl";
          case "sr" -> script.equals("Latn") ? "sh-latn" : "sr-cyrl";
          case "sh", "bs" -> script.equals("Cyrl") ? "sh-cyrl" : "sh-latn";
          case "hr" -> "hr";
          case "no" -> "nb";
          case "zh" -> null; // the pinyin patterns are for Latin text, not Chinese
          default -> language;
        };
    if (name == null) {
      return null;
    }
    String file = PATTERNS + "hyph-" + name + ".tex";
    return Hyphenation.class.getClassLoader().getResource(file) == null ? null : file;
  }

  private static Optional<Hyphenation> load(String file) {
    try (InputStream in = Hyphenation.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        return Optional.empty();
      }
      List<String> patterns = new ArrayList<>();
      Map<String, int[]> exceptions = new java.util.HashMap<>();
      read(in, patterns, exceptions);
      if (patterns.isEmpty()) {
        return Optional.empty();
      }
      // TeX's \lefthyphenmin and \righthyphenmin: 2 and 3 for English, 2 and 2 elsewhere
      int right = file.contains("hyph-en-") ? 3 : 2;
      return Optional.of(
          new Hyphenation(
              new Hyphenator(patterns, new HyphenatorProperties(2, right)),
              Map.copyOf(exceptions)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      return Optional.empty(); // patterns the hyphenator cannot take: no hyphenation, as without
    }
  }

  /**
   * Reads a TeX pattern file: the words of its {@code \patterns{…}} into {@code patterns}, and
   * those of its {@code \hyphenation{…}} (words with their hyphens, {@code as-so-ciate}) into
   * {@code exceptions}, by the word without hyphens; comments are left out.
   */
  static void read(InputStream in, List<String> patterns, Map<String, int[]> exceptions)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String> into = null; // the words of the group being read
    List<String> hyphenated = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int comment = line.indexOf('%');
      if (comment >= 0) {
        line = line.substring(0, comment);
      }
      while (!line.isEmpty()) {
        if (into == null) {
          int p = line.indexOf("\\patterns{");
          int h = line.indexOf("\\hyphenation{");
          if (p < 0 && h < 0) {
            break;
          }
          boolean isPatterns = p >= 0 && (h < 0 || p < h);
          into = isPatterns ? patterns : hyphenated;
          line = line.substring(line.indexOf('{', isPatterns ? p : h) + 1);
          continue;
        }
        int close = line.indexOf('}');
        String body = close >= 0 ? line.substring(0, close) : line;
        for (String word : body.trim().split("\\s+")) {
          if (!word.isEmpty() && !word.startsWith("\\")) {
            into.add(word);
          }
        }
        if (close < 0) {
          break;
        }
        into = null;
        line = line.substring(close + 1);
      }
    }
    for (String word : hyphenated) {
      StringBuilder plain = new StringBuilder();
      List<Integer> points = new ArrayList<>();
      for (int i = 0; i < word.length(); i++) {
        if (word.charAt(i) == '-') {
          points.add(plain.length());
        } else {
          plain.append(word.charAt(i));
        }
      }
      exceptions.put(
          plain.toString().toLowerCase(Locale.ROOT),
          points.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
