package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date shapes {@link PdfDateLine} reads in foreign PDFs. */
class PdfDateLineReaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Brussels, 19 November 2019 – The Sustainable Development | 2019-11-19",
        "Prepared by Aubrey Moore, May 23, 2021 | 2021-05-23",
        "2023-10-28 13:25 | 2023-10-28T13:25",
        "2023-10-28T13:25:07 | 2023-10-28T13:25:07",
        "2023/10/28 | 2023-10-28",
        "WASHINGTON, Oct. 27, 2023 -- The | 2023-10-27",
        "October 28, 2023 | 2023-10-28",
        "28 October 2023 | 2023-10-28",
        "1st March 2024, 09:30 | 2024-03-01T09:30",
        "Sept. 3, 2020 | 2020-09-03",
        "10.11.2021 | 2021-11-10",
        "2023年10月28日 | 2023-10-28",
        "Posted 2023-10-28 at 13:25 | 2023-10-28T13:25",
        "Berlin, 28. Oktober 2023 um 13:25 | 2023-10-28T13:25",
        "10. März 2021 | 2021-03-10",
        "Paris, le 5 juin 2021 | 2021-06-05",
        "2023 年 10 月 28 日 | 2023-10-28",
        "2023年10月28日 13：25 | 2023-10-28T13:25",
        "２０２３年１０月２８日 | 2023-10-28",
        "10. 11. 2021 | 2021-11-10",
        "2023-10/28 | 2023-10-28",
        "Published28 October 2023 | 2023-10-28",
        "2023-10-28 25:99 | 2023-10-28",
      })
  void readsDatesInTheirCommonShapes(String line, String expected) {
    assertEquals(expected, PdfDateLine.find(line).timestamp().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Since the surveys started in October 2020, the proportion",
        "31 February 2021",
        "2021-13-01",
        "Call +32 (0)2 738 7484",
        "Link to report (Live 19 November 00:01 CET)",
        "Order 12023年10月28日",
      })
  void findsNoDateWhereThereIsNone(String line) {
    assertNull(PdfDateLine.find(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"Brussels, 19 November 2019 – x | 10", "Prepared by A. Moore, May 23, 2021 | 22"})
  void saysWhereTheDateStarts(String line, int start) {
    assertEquals(start, PdfDateLine.find(line).start());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Monday, May 23, 2021 | 0",
        "WASHINGTON, Monday, May 23, 2021 | 12",
        "Posted on Monday, May 23, 2021 | 10",
        "WASHINGTON Monday, May 23, 2021 | 11",
      })
  void aWeekdayBelongsToTheHeaderDate(String line, int start) {
    assertEquals(start, PdfDateLine.header(line).start());
  }

  @Test
  void aLineOfAWeekdayAndADateIsOnlyADate() {
    assertTrue(PdfDateLine.isDateOnly("Monday, 30 October 2023"));
    assertTrue(PdfDateLine.isDateOnly("Published: Montag, 30. Oktober 2023"));
    assertNull(PdfDateLine.header("WASHINGTON May 23, 2021"));
    assertNull(PdfDateLine.header("Posted on May 23, 2021"));
  }
}
