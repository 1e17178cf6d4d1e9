package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.DateFinder.Label;
import dev.pressroom.model.Timestamp;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one date grammar: names in many languages, months alone, labels, datelines and metadata
 * values, and that no input makes it throw or report a range outside its line.
 */
class DateGrammarTest {

  private static String found(String line) {
    DateFinder.Found found = DateFinder.find(line);
    assertNotNull(found, line);
    return found.timestamp().toString();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | Saturday, October 28, 2023 | 2023-10-28",
        "en | Sat, 28 Oct 2023 | 2023-10-28",
        "en-GB | 3 Sept 2020 | 2020-09-03",
        "de | Samstag, 28. Oktober 2023 | 2023-10-28",
        "de | Sa., 28. Okt. 2023 | 2023-10-28",
        "de | 28. Oktober 2023 | 2023-10-28",
        "de | 3. März 2021 | 2021-03-03",
        "de | 3. Marz 2021 | 2021-03-03",
        "de-AT | 3. Jänner 2022 | 2022-01-03",
        "fr | samedi 28 octobre 2023 | 2023-10-28",
        "fr | 1er juin 2021 | 2021-06-01",
        "fr | 3 févr. 2021 | 2021-02-03",
        "fr | 3 fevrier 2021 | 2021-02-03",
        "fr | 15 août 2021 | 2021-08-15",
        "es | sábado, 28 de octubre de 2023 | 2023-10-28",
        "es | 7 de septiembre de 2022 | 2022-09-07",
        "es | 7 sept 2022 | 2022-09-07",
        "it | 28 ottobre 2023 | 2023-10-28",
        "it | sabato 3 maggio 2025 | 2025-05-03",
        "nl | zaterdag 28 oktober 2023 | 2023-10-28",
        "nl | 12 maart 2021 | 2021-03-12",
        "pt | 5 de março de 2021 | 2021-03-05",
        "pt | 28 de outubro de 2023 | 2023-10-28",
        "zh | 2023年10月28日 | 2023-10-28",
        "zh | 2023年10月28日（星期六） | 2023-10-28",
        "zh | 2023年10月28日 星期六 13:25 | 2023-10-28T13:25",
        "ja | 2023年10月28日(土曜日) | 2023-10-28",
      })
  void readsMonthAndWeekdayNamesOfEveryLanguage(String language, String line, String expected) {
    assertEquals(expected, found(line), language);
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(
        List.of("en", "de", "fr", "es", "it", "nl", "pt").stream()
            .map(Locale::forLanguageTag)
            .toList());
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Every month's full and short CLDR name, with its weekday, reads back in every language. */
  @Property
  void readsTheJdksOwnNamesBack(
      @ForAll("dates") LocalDate date, @ForAll("locales") Locale locale, @ForAll boolean full) {
    TextStyle style = full ? TextStyle.FULL : TextStyle.SHORT;
    String month = date.getMonth().getDisplayName(style, locale);
    String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    String written = weekday + ", " + date.getDayOfMonth() + ". " + month + " " + date.getYear();
    DateFinder.Found found = DateFinder.find("Am " + written + " hat");
    assertNotNull(found, written);
    assertEquals(Timestamp.ofDate(date), found.timestamp(), written);
    assertEquals(3, found.start(), written);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "June 2024 | 2024-06",
        "Juni 2024 | 2024-06",
        "juin 2024 | 2024-06",
        "junio de 2024 | 2024-06",
        "Okt. 2024 | 2024-10",
        "2024 年 6 月 | 2024-06",
        "2024年6月 | 2024-06",
        "Date: June 2024 | 2024-06",
        "Published June 2024. | 2024-06",
        "BERLIN, Juni 2024 – Die Stadt | 2024-06",
      })
  void readsAMonthAloneAtMonthPrecision(String line, String expected) {
    DateFinder.Found found = DateFinder.find(line);
    assertNotNull(found, line);
    assertEquals(Timestamp.parse(expected), found.timestamp());
    assertEquals(Timestamp.Precision.MONTH, found.timestamp().precision());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Since the surveys started in October 2020, the proportion",
        "The surveys started in October 2020.",
        "Oct 2024",
        "June 2024 was warm and dry",
        "2024年6月的数据",
        "Tickets sold out 2024",
      })
  void readsNoMonthAloneInRunningText(String line) {
    assertNull(DateFinder.find(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-28 | NONE",
        "Published: 2023-10-28 | PUBLISHED",
        "Posted on Monday, May 23, 2021 | PUBLISHED",
        "Date: 10.11.2021 | PUBLISHED",
        "Veröffentlicht am 10. November 2021 | PUBLISHED",
        "Publié le 5 juin 2021 | PUBLISHED",
        "Publicado el 7 de septiembre de 2022 | PUBLISHED",
        "发布时间：2020年9月7日 | PUBLISHED",
        "Updated: 2024-01-05 | UPDATED",
        "Last updated 5 May 2023 | UPDATED",
        "Last updated on 5 May 2023 | UPDATED",
        "Aktualisiert am 28. Oktober 2023 | UPDATED",
        "Stand: 12.03.2024 | UPDATED",
        "Mis à jour le 5 juin 2021 | UPDATED",
        "Actualizado: 7 de septiembre de 2022 | UPDATED",
        "更新时间：2020年9月7日 | UPDATED",
        "We stand by 12.03.2024 | NONE",
      })
  void saysWhatTheLabelBeforeADateCallsIt(String line, Label label) {
    DateFinder.Found found = DateFinder.find(line);
    assertNotNull(found, line);
    assertEquals(label, found.label(), line);
    assertEquals(label == Label.UPDATED, found.updated());
  }

  @Test
  void neverTakesAnUpdatedDateForThePublishedOne() {
    assertEquals(
        "2023-10-28",
        DateFinder.published("Updated: 2024-01-05 | Published: 2023-10-28").timestamp().toString());
    assertEquals(
        "2023-10-28",
        DateFinder.published("Published 2023-10-28, updated 2024-01-05").timestamp().toString());
    assertNull(DateFinder.published("Last updated: 2024-01-05"));
    assertEquals(2, DateFinder.all("Updated: 2024-01-05 | Published: 2023-10-28").size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "October 28, 2023 1:25 PM | 2023-10-28T13:25",
        "October 28, 2023 at 12:05 a.m. | 2023-10-28T00:05",
        "2023-10-28 13:25 +08:00 | 2023-10-28T13:25+08:00",
        "2023-10-28 13:25 [Asia/Shanghai] | 2023-10-28T13:25+08:00[Asia/Shanghai]",
        "2023-10-28T13:25:07Z | 2023-10-28T13:25:07Z",
        "2023-10-28 13:25 UTC+08:00 | 2023-10-28T13:25+08:00",
        "Tue, 19 Nov 2019 09:30:00 GMT | 2019-11-19T09:30:00Z",
        "Tue, 19 Nov 2019 09:30:00 +0100 | 2019-11-19T09:30:00+01:00",
        "28. Oktober 2023, 13:25 Uhr | 2023-10-28T13:25",
      })
  void readsTimesOffsetsAndZones(String line, String expected) {
    assertEquals(expected, found(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2015-10-06 | 2015-10-06",
        "2024-06 | 2024-06",
        "2015-10-06T12:00:00.000Z | 2015-10-06",
        "2015-10-06T12:00:00Z | 2015-10-06",
        "2015-10-06T12:00Z | 2015-10-06",
        "2015-10-06T00:00:00 | 2015-10-06",
        "2015-10-06T00:00:00Z | 2015-10-06T00:00:00Z",
        "2015-10-06T12:00:00+02:00 | 2015-10-06T12:00:00+02:00",
        "2015-10-06T12:30:00.000Z | 2015-10-06T12:30:00Z",
        "2021-11-10T09:30:00.000+01:00 | 2021-11-10T09:30:00+01:00",
        "2021-11-10 09:30 +0100 | 2021-11-10T09:30+01:00",
        "2023-10-28T13:25:00+08:00[Asia/Shanghai] | 2023-10-28T13:25:00+08:00[Asia/Shanghai]",
        "D:20191119093000+01'00' | 2019-11-19T09:30:00+01:00",
        "D:20191119093000-05'00 | 2019-11-19T09:30:00-05:00",
        "D:20191119093000Z00'00' | 2019-11-19T09:30:00Z",
        "D:20191119120000Z | 2019-11-19",
        "D:20191119 | 2019-11-19",
        "D:201911 | 2019-11",
        "Tue, 19 Nov 2019 09:30:00 GMT | 2019-11-19T09:30:00Z",
        "28 October 2023 | 2023-10-28",
        "  2023-10-28  | 2023-10-28",
      })
  void readsMetadataValues(String value, String expected) {
    assertEquals(Timestamp.parse(expected), DateFinder.value(value), value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2021-02-30", "2021-13", "D:2019", "D:20190230", "yesterday", "", "13:25"})
  void readsNoDateOfAValueThatIsNone(String value) {
    assertNull(DateFinder.value(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31 February 2021",
        "31. Februar 2021",
        "31 février 2021",
        "31 de febrero de 2021",
        "2021年2月31日",
        "February 31, 2021",
        "31.02.2021"
      })
  void aDayThatDoesNotExistIsNoDate(String line) {
    assertNull(DateFinder.find(line));
    assertNull(DateFinder.wholeLine(line));
    assertNull(DateFinder.value(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bern, 17.08.2007 - Rede von Bundesrat Moritz | 2007-08-17 | Rede von Bundesrat Moritz",
        "GENEVA - 27 June 2026 - The council met | 2026-06-27 | The council met",
        "GENEVA – 27 June 2026 – The council met | 2026-06-27 | The council met",
        "LONDON - PR Wire – 27 June 2026 - The council met | 2026-06-27 | The council met",
        "Bern\u00AD17.08.2007 – Die Rede | 2007-08-17 | Die Rede",
        "WASHINGTON, Oct. 27, 2023 -- The Senate | 2023-10-27 | The Senate",
        "AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- Hiber | 2024-03-19 | Hiber",
        "December 2, 2020—Today we | 2020-12-02 | Today we",
        "Paris, le 5 juin 2021 – Le ministre | 2021-06-05 | Le ministre",
        "BERLIN, Montag, 30. Oktober 2023 – Die Stadt | 2023-10-30 | Die Stadt",
        "Berlin (ots), 28.10.2023 - Die Polizei | 2023-10-28 | Die Polizei",
        "BERLIN, Juni 2024 – Die Stadt | 2024-06 | Die Stadt",
        "NEW YORK, NY, 2024-05-01 - Shares rose. | 2024-05-01 | Shares rose.",
      })
  void readsDatelines(String text, String date, String rest) {
    DateFinder.Dateline dateline = DateFinder.dateline(text);
    assertNotNull(dateline, text);
    assertNotNull(dateline.date(), text);
    assertEquals(Timestamp.parse(date), dateline.date().timestamp(), text);
    assertEquals(rest, text.substring(dateline.end()), text);
  }

  @Test
  void readsAPlaceAloneAsAnUndatedDateline() {
    String text = "Washington, D.C. -- Senator Roe said";
    DateFinder.Dateline dateline = DateFinder.dateline(text);
    assertNull(dateline.date());
    assertEquals("Senator Roe said", text.substring(dateline.end()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The Senator - who spoke first - said 2023 was good.",
        "The law of October 28, 2023 - applies from today.",
        "In the week of 28 October 2023 – a long one – we met.",
        "October 28, 2023 was a Saturday.",
      })
  void takesNoSentenceForADateline(String text) {
    DateFinder.Dateline dateline = DateFinder.dateline(text);
    assertTrue(dateline == null || dateline.date() == null, text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-28 | 2023-10-28",
        "Date: 2023-10-28 9:05 | 2023-10-28T09:05",
        "Published: 2023-10-28 at 13:25 | 2023-10-28T13:25",
        "  Montag, 30. Oktober 2023. | 2023-10-30",
        "Juni 2024 | 2024-06",
        "发布时间：2020年9月7日 | 2020-09-07",
      })
  void readsALineThatIsOnlyADate(String line, String expected) {
    assertEquals(Timestamp.parse(expected), DateFinder.wholeLine(line).timestamp(), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-10-28 was a Saturday",
        "The report of 2023-10-28",
        "Title: 2023-10-28",
        "13:25",
        "In 2023"
      })
  void readsNoLineWithMoreThanADateAsOnlyADate(String line) {
    assertNull(DateFinder.wholeLine(line));
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "2023",
                "-",
                "--",
                "–",
                "—",
                "\u00AD",
                "10",
                "28",
                "1",
                ".",
                ",",
                ":",
                "年",
                "月",
                "日",
                "October",
                "Okt.",
                "juin",
                "de",
                "Updated:",
                "Published",
                "Stand:",
                "T",
                "13:25",
                "+08:00",
                "[Asia/Shanghai]",
                "[",
                "PM",
                "Z",
                "D:",
                "GMT",
                "Monday",
                "Sa.",
                "BERLIN",
                "Bern",
                " ",
                "  ",
                "/wire/",
                "(ots)",
                "２０２３",
                "星期六",
                "ſep",
                "İ",
                "\u0301",
                "😀"),
            Arbitraries.strings().ofMaxLength(6));
    return piece.list().ofMaxSize(14).map(parts -> String.join("", parts));
  }

  /** No line makes the grammar throw, and every date it reports lies within its line. */
  @Property(tries = 3000)
  void neverThrowsAndKeepsEveryRangeInItsLine(@ForAll("lines") String line) {
    for (DateFinder.Found found : DateFinder.all(line)) {
      assertTrue(found.start() >= 0 && found.start() < found.end(), line);
      assertTrue(found.end() <= line.length(), line);
    }
    DateFinder.Found first = DateFinder.find(line);
    if (first != null) {
      assertTrue(first.end() <= line.length(), line);
      assertEquals(first, DateFinder.at(line, first.start()), line);
    }
    DateFinder.Found whole = DateFinder.wholeLine(line);
    if (whole != null) {
      assertTrue(whole.end() <= line.length(), line);
    }
    DateFinder.Dateline dateline = DateFinder.dateline(line);
    if (dateline != null) {
      assertTrue(dateline.end() <= line.length(), line);
    }
    DateFinder.value(line);
    DateFinder.published(line);
  }
}
