package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The date in words: the table of {@code date-words.txt} (ten languages and none, every precision,
 * with and without offset and zone), the issue's own examples, and properties over generated
 * timestamps.
 */
class DateWordsTest {

  private record Row(String language, String iso, String words) {}

  private static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = DateWordsTest.class.getResourceAsStream("date-words.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|", 3);
        String language = cells[0].strip();
        rows.add(
            new Row(language.equals("-") ? null : language, cells[1].strip(), cells[2].strip()));
      }
    }
    return rows;
  }

  @Test
  void theTableOfTenLanguagesAndEveryPrecision() throws IOException {
    List<Row> rows = table();
    Set<Timestamp.Precision> precisions = EnumSet.noneOf(Timestamp.Precision.class);
    Set<String> languages = new java.util.HashSet<>();
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      Timestamp t = Timestamp.parse(row.iso);
      precisions.add(t.precision());
      languages.add(String.valueOf(row.language));
      String words = DateWords.format(t, row.language);
      if (!words.equals(row.words)) {
        wrong.add(row.language + " " + row.iso + ": \"" + words + "\", not \"" + row.words + "\"");
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(EnumSet.allOf(Timestamp.Precision.class), precisions);
    assertEquals(11, languages.size(), "ten languages and none: " + languages);
  }

  @Test
  void theIssuesExamplesComeOutAsWritten() {
    Timestamp t = Timestamp.parse("2023-10-28T13:25");
    assertEquals("28 October 2023, 13:25", DateWords.format(t, "en-GB"));
    assertEquals("28 October 2023, 13:25", DateWords.format(t, null));
    assertEquals("28. Oktober 2023, 13:25", DateWords.format(t, "de"));
    assertEquals("2023年10月28日 13:25", DateWords.format(t, "ja"));
    Timestamp berlin = Timestamp.parse("2023-10-28T13:25+02:00[Europe/Berlin]");
    assertEquals("28 October 2023, 13:25 CEST", DateWords.format(berlin, "en-GB"));
    assertEquals("28. Oktober 2023, 13:25 MESZ", DateWords.format(berlin, "de"));
  }

  @Test
  void aLanguageWithoutDateDataTakesTheWordsOfNoLanguage() {
    Timestamp t = Timestamp.parse("2024-06-03");
    assertEquals(DateWords.format(t, null), DateWords.format(t, "tlh"));
    assertEquals(DateWords.format(t, null), DateWords.format(t, "x-private"));
    assertEquals("3 June 2024", DateWords.format(t, "und"));
  }

  @Test
  void aMonthLeavesOutTheDayAndWhatBelongsToIt() {
    assertEquals("MMMM y", DateWords.month("MMMM d, y").replace("LLLL", "MMMM"));
    assertEquals("LLLL 'de' y", DateWords.month("d 'de' MMMM 'de' y"));
    assertEquals("y年M月", DateWords.month("y年M月d日"));
    assertEquals("y년 M월", DateWords.month("y년 M월 d일"));
    assertEquals("LLLL y", DateWords.month("d. MMMM y"));
    assertEquals("2023년 10월", DateWords.format(Timestamp.parse("2023-10"), "ko"));
  }

  @Test
  void theWordsShowTheTimestampOrAnEditedOne() {
    Timestamp t = Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]");
    assertTrue(DateWords.shows(DateWords.format(t, "zh-CN"), t, "zh-CN"));
    // words of another CLDR version, read by the date grammar, still show it
    assertTrue(DateWords.shows("October 28, 2023 at 1:25 PM", t, "en"));
    assertTrue(DateWords.shows("28 October 2023, 13:25 China Standard Time", t, "en"));
    // edited: another day, another minute, a date alone for a time
    assertFalse(DateWords.shows("29 October 2023, 13:25", t, "en"));
    assertFalse(DateWords.shows("28 October 2023, 13:26", t, "en"));
    assertFalse(DateWords.shows("28 October 2023", t, "en"));
    assertFalse(DateWords.shows("no date here", t, "en"));
    Timestamp month = Timestamp.parse("2024-06");
    assertTrue(DateWords.shows("Juni 2024", month, "de"));
    assertFalse(DateWords.shows("3. Juni 2024", month, "de"));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(
            "en", "en-GB", "en-US", "de", "de-AT", "fr", "fr-CA", "es", "ja", "zh", "zh-CN",
            "zh-TW", "ar", "ar-EG", "fa", "he", "ru", "hi", "ko", "th", "pl", "tr", "ur", "und")
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<Timestamp> timestamps() {
    return Releases.timestamp();
  }

  @Property(tries = 400)
  void theWordsAreOneLineOfModelTextThatShowsTheTimestamp(
      @ForAll("timestamps") Timestamp t, @ForAll("languages") String language) {
    String words = DateWords.format(t, language);
    assertNull(Text.problem(words), words);
    assertFalse(words.isBlank());
    assertEquals(words, Text.strip(words));
    assertTrue(DateWords.shows(words, t, language), words);
  }
}
