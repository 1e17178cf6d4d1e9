package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The dates {@link DateFinder} reads in lines of files Pressroom did not write. */
class DateFinderTest {

  private static String found(String line) {
    DateFinder.Found found = DateFinder.find(line);
    assertNotNull(found, line);
    return found.timestamp().toString();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "numeric | 2023-10-28 | 2023-10-28",
        "numeric | 2023/10/28 | 2023-10-28",
        "numeric | 2023.10.28 | 2023-10-28",
        "numeric | 2023-7-4 | 2023-07-04",
        "numeric | 2023-10/28 | 2023-10-28",
        "numeric | 10.11.2021 | 2021-11-10",
        "numeric | 1.2.2021 | 2021-02-01",
        "numeric | 10. 11. 2021 | 2021-11-10",
        "CJK | 2023年10月28日 | 2023-10-28",
        "CJK | 2023 年 10 月 28 日 | 2023-10-28",
        "CJK | ２０２３年１０月２８日 | 2023-10-28",
        "CJK | 发布时间：2020年9月7日 | 2020-09-07",
        "month first | October 28, 2023 | 2023-10-28",
        "month first | Oct. 27, 2023 | 2023-10-27",
        "month first | Oct 27 2023 | 2023-10-27",
        "month first | Sept. 3, 2020 | 2020-09-03",
        "month first | May 23rd, 2021 | 2021-05-23",
        "month first | Monday, October 30th, 2023 | 2023-10-30",
        "month first | MONDAY OCTOBER 30, 2023 | 2023-10-30",
        "month first | Montag, Oktober 30, 2023 | 2023-10-30",
        "day first | 28 October 2023 | 2023-10-28",
        "day first | 1st March 2024 | 2024-03-01",
        "day first | 28th Oct. 2023 | 2023-10-28",
        "day first | 19 November, 2019 | 2019-11-19",
        "day first | 28. Oktober 2023 | 2023-10-28",
        "day first | 10. März 2021 | 2021-03-10",
        "day first | 1. Dez. 2022 | 2022-12-01",
        "day first | 3. Jänner 2022 | 2022-01-03",
        "day first | Montag, 30. Oktober 2023 | 2023-10-30",
        "day first | Saturday 28 October 2023 | 2023-10-28",
        "day first | 5 juin 2021 | 2021-06-05",
        "day first | 12 août 2021 | 2021-08-12",
        "day first | 7 septiembre 2022 | 2022-09-07",
        "with a time | 2023-10-28 13:25 | 2023-10-28T13:25",
        "with a time | 2023-10-28T13:25:07 | 2023-10-28T13:25:07",
        "with a time | 2023-10-28 9:05 | 2023-10-28T09:05",
        "with a time | Posted 2023-10-28 at 13:25 | 2023-10-28T13:25",
        "with a time | October 28, 2023, 13:25 | 2023-10-28T13:25",
        "with a time | October 28, 2023 at 1:25 | 2023-10-28T01:25",
        "with a time | 28. Oktober 2023 um 13:25 | 2023-10-28T13:25",
        "with a time | 28. Oktober 2023, 13:25:07 Uhr | 2023-10-28T13:25:07",
        "with a time | 10.11.2021 13:25 | 2021-11-10T13:25",
        "with a time | 2023年10月28日 13：25 | 2023-10-28T13:25",
        "with a time | 2023年10月28日13:25 | 2023-10-28T13:25",
      })
  void findsDatesInEveryShape(String shape, String line, String expected) {
    assertEquals(expected, found(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31 February 2021",
        "February 29, 2023",
        "2021-13-01",
        "2023-02-30",
        "31.04.2023",
        "0000-01-01",
        "0000-01-01 13:25",
        "2023年2月30日",
      })
  void rejectsDaysThatDoNotExist(String line) {
    assertNull(DateFinder.find(line));
  }

  @Test
  void goesOnPastADayThatDoesNotExist() {
    assertEquals("2023-03-01", found("31.02.2023 or rather 01.03.2023"));
  }

  @Test
  void keepsTheDateWhenTheTimeDoesNotExist() {
    DateFinder.Found found = DateFinder.find("2023-10-28 25:99 CET");
    assertEquals(new DateFinder.Found(Timestamp.parse("2023-10-28"), 0, 10), found);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty | ''",
        "no digits | No date in this line.",
        "no day | Since the surveys started in October 2020, the proportion",
        "a phone number | Call +32 (0)2 738 7484",
        "no year | Link to report (Live 19 November 00:01 CET)",
        "a month inside a word | The Mayor 5, 2023 report",
        "a misspelt month | 'Sepember 3, 2020'",
        "an order no one can tell | 10/11/2021",
        "a longer number | 12023-10-28",
        "a longer number | 2023-10-285",
        "a longer number | 'October 28, 20234'",
        "a longer number | 112.10.2021",
        "a longer number | 12023年10月28日",
      })
  void findsNoDateWhereThereIsNone(String why, String line) {
    assertNull(DateFinder.find(line));
  }

  @Test
  void ignoresMonthNamesInsideWords() {
    assertNull(DateFinder.find("xOctober 28, 2023"));
    assertEquals(
        new DateFinder.Found(Timestamp.parse("2023-10-28"), 7, 23),
        DateFinder.find("Summer October 28, 2023"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Brussels, 19 November 2019 – The report | 10 | 26",
        "Prepared by A. Moore, May 23, 2021 | 22 | 34",
        "WASHINGTON, Monday, Oct. 30, 2023 -- The | 12 | 33",
        "Published: 2023-10-28 13:25, updated later | 11 | 27",
        "Veröffentlicht am 10. November 2021 | 18 | 35",
      })
  void reportsWhereTheDateWas(String line, int start, int end) {
    DateFinder.Found found = DateFinder.find(line);
    assertEquals(start, found.start(), "start");
    assertEquals(end, found.end(), "end");
  }

  @Test
  void findsTheDateThatBeginsFirst() {
    assertEquals("2023-10-28", found("From 28 October 2023 to 2024-01-02"));
    assertEquals("2024-01-02", found("From 2024-01-02 to 28 October 2023"));
  }

  @Test
  void readsADateOnlyWhereAskedWithAt() {
    assertEquals(
        new DateFinder.Found(Timestamp.parse("2023-10-28"), 6, 16, DateFinder.Label.PUBLISHED),
        DateFinder.at("Date: 2023-10-28", 6));
    assertNull(DateFinder.at("Date: 2023-10-28", 0));
    assertNull(DateFinder.at("Date: 2023-10-28", 5));
    assertNull(DateFinder.at("", 0));
    // What stands before the index still counts: 2023 is the end of a longer number here.
    assertNull(DateFinder.at("12023-10-28", 1));
  }

  /** A way of writing a date. */
  enum Shape {
    ISO(d -> String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
    SLASHED(d -> String.format("%04d/%d/%d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
    YEAR_FIRST_DOTTED(
        d -> String.format("%04d.%02d.%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
    DAY_FIRST_DOTTED(
        d -> String.format("%d.%d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())),
    CJK(d -> String.format("%04d年%d月%d日", d.getYear(), d.getMonthValue(), d.getDayOfMonth())),
    MONTH_FIRST(
        d ->
            String.format("%s %d, %04d", month(d, Locale.ENGLISH), d.getDayOfMonth(), d.getYear())),
    MONTH_FIRST_ABBREVIATED(
        d ->
            String.format(
                "%s. %d %04d",
                month(d, Locale.ENGLISH).substring(0, 3), d.getDayOfMonth(), d.getYear())),
    MONTH_FIRST_WITH_WEEKDAY(
        d ->
            String.format(
                "%s, %s %s, %04d",
                weekday(d, Locale.ENGLISH),
                month(d, Locale.ENGLISH),
                ordinal(d.getDayOfMonth()),
                d.getYear())),
    DAY_FIRST(
        d -> String.format("%d %s %04d", d.getDayOfMonth(), month(d, Locale.ENGLISH), d.getYear())),
    DAY_FIRST_ORDINAL(
        d ->
            String.format(
                "%s %s. %04d",
                ordinal(d.getDayOfMonth()), month(d, Locale.ENGLISH).substring(0, 3), d.getYear())),
    GERMAN(
        d ->
            String.format(
                "%s, %d. %s %04d",
                weekday(d, Locale.GERMAN),
                d.getDayOfMonth(),
                month(d, Locale.GERMAN),
                d.getYear())),
    FRENCH(
        d -> String.format("%d %s %04d", d.getDayOfMonth(), month(d, Locale.FRENCH), d.getYear()));

    final Function<LocalDate, String> writer;

    Shape(Function<LocalDate, String> writer) {
      this.writer = writer;
    }

    private static String month(LocalDate d, Locale locale) {
      return d.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    private static String weekday(LocalDate d, Locale locale) {
      return d.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    private static String ordinal(int day) {
      String suffix =
          day / 10 == 1
              ? "th"
              : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
      return day + suffix;
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.of(" ", "T", ", ", " at ", " um ");
  }

  @Property
  void findsEveryDateBackInEveryShape(@ForAll("dates") LocalDate date, @ForAll Shape shape) {
    String written = shape.writer.apply(date);
    String line = "Published: " + written + " -- The text";
    assertEquals(
        new DateFinder.Found(
            Timestamp.ofDate(date), 11, 11 + written.length(), DateFinder.Label.PUBLISHED),
        DateFinder.find(line),
        line);
  }

  @Property
  void findsEveryDateAndTimeBackInEveryShape(
      @ForAll("dates") LocalDate date,
      @ForAll Shape shape,
      @ForAll("times") String separator,
      @ForAll int secondOfDay,
      @ForAll boolean seconds) {
    LocalDateTime at =
        date.atStartOfDay()
            .plusSeconds(Math.floorMod(secondOfDay, 86_400))
            .withSecond(seconds ? Math.floorMod(secondOfDay, 60) : 0);
    String time =
        seconds
            ? String.format("%d:%02d:%02d", at.getHour(), at.getMinute(), at.getSecond())
            : String.format("%02d:%02d", at.getHour(), at.getMinute());
    String written = shape.writer.apply(date) + separator + time;
    Timestamp expected =
        Timestamp.of(at, seconds ? Timestamp.Precision.SECOND : Timestamp.Precision.MINUTE);
    assertEquals(
        new DateFinder.Found(expected, 0, written.length()),
        DateFinder.find(written + ". More"),
        written);
  }

  @Test
  void readsNoTimeOutOfALongerNumber() {
    assertEquals(
        new DateFinder.Found(Timestamp.parse("2023-10-28"), 0, 10),
        DateFinder.find("2023-10-28 13:255"));
  }
}
