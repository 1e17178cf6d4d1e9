package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates from the front matter in the shapes people write, or from a date line near the top. */
class DateDetectionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-28 | 2023-10-28",
        "'2023-10-28' | 2023-10-28",
        "2023-10-28T13:25 | 2023-10-28T13:25",
        "\"2023-10-28T13:25:07\" | 2023-10-28T13:25:07",
        "'2015-10-06T12:30:00.000Z' | 2015-10-06T12:30:00Z",
        "2015-10-06T12:30:00.999Z | 2015-10-06T12:30:00Z",
        "2015-10-06 12:30:00 +0000 | 2015-10-06T12:30:00Z",
        "2015-10-06 12:30 -05:00 | 2015-10-06T12:30-05:00",
        "2023-10-28T13:25+08:00 | 2023-10-28T13:25+08:00",
        "2023-10-28T13:25+08:00[Asia/Shanghai] | 2023-10-28T13:25+08:00[Asia/Shanghai]",
        "2023-10-28T13:25[Asia/Shanghai] | 2023-10-28T13:25+08:00[Asia/Shanghai]",
        "2023-7-4 | 2023-07-04",
      })
  void readsFrontMatterDates(String yaml, String expected) throws Exception {
    assertEquals(
        Timestamp.parse(expected),
        Md.parse("---\ntitle: T\ndate: " + yaml + "\n---\n").timestamp());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "October 28, 2023 | 2023-10-28",
        "Oct. 28, 2023 | 2023-10-28",
        "28 October 2023 | 2023-10-28",
        "2023-10-28 | 2023-10-28",
        "2023-10-28 13:25 | 2023-10-28T13:25",
        "2023/10/28 | 2023-10-28",
        "10.11.2021 | 2021-11-10",
        "2023年10月28日 | 2023-10-28",
        "*May 4, 2003* | 2003-05-04",
        "Monday, October 30th, 2023 | 2023-10-30",
        "2023-10-28 13:25:07 | 2023-10-28T13:25:07",
        "2023-7-4 | 2023-07-04",
        "2023.10.28 | 2023-10-28",
        "October 28, 2023 at 13:25 | 2023-10-28T13:25",
        "28. Oktober 2023 um 13:25 | 2023-10-28T13:25",
        "2023 年 10 月 28 日 | 2023-10-28",
        "5 juin 2021 | 2021-06-05",
      })
  void readsADateLineUnderTheHeadline(String line, String expected) throws Exception {
    PressRelease release = Md.parse("# T\n\n" + line + "\n\nBody.\n");
    assertEquals(Timestamp.parse(expected), release.timestamp());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "**SAN FRANCISCO, Oct. 6, 2015** – The Foundation | 2015-10-06 | SAN FRANCISCO, Oct. 6,"
            + " 2015 – The Foundation",
        "*WASHINGTON, Oct. 27, 2023* -- The Senate | 2023-10-27 | WASHINGTON, Oct. 27, 2023 --"
            + " The Senate",
        "AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- Today | 2024-03-19 |"
            + " AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- Today",
        "Brussels, 19 November 2019 – The report | 2019-11-19 | Brussels, 19 November 2019 –"
            + " The report",
      })
  void readsDatelinesAndKeepsTheParagraph(String line, String expected, String paragraph)
      throws Exception {
    PressRelease release = Md.parse("# T\n\n" + line + "\n");
    assertEquals(Timestamp.parse(expected), release.timestamp());
    assertEquals(List.of(paragraph), release.paragraphs());
  }

  @Test
  void frontMatterIsTheOnlyMetadataWhenPresent() throws Exception {
    PressRelease release =
        Md.parse("---\ntitle: T\n---\n\nWASHINGTON, Oct. 27, 2023 -- Text.\n\n2023-10-28\n");
    assertNull(release.timestamp());
    assertEquals(List.of("WASHINGTON, Oct. 27, 2023 -- Text.", "2023-10-28"), release.paragraphs());
  }

  @Test
  void datesDeepInTheBodyAreNotTheDate() throws Exception {
    // Neither near the title nor at the end, after the text (where a date does date a release).
    PressRelease release =
        Md.parse("# T\n\nOne.\n\nTwo.\n\nThree.\n\nOctober 28, 2023\n\nFour.\n\nFive.\n\nSix.\n");
    assertNull(release.timestamp());
    assertEquals(7, release.paragraphs().size());
  }

  @Test
  void impossibleDatesAreNotDates() throws Exception {
    PressRelease release = Md.parse("# T\n\n31.02.2023\n");
    assertNull(release.timestamp());
    assertEquals(List.of("31.02.2023"), release.paragraphs());
  }

  @Test
  void readsADatelineWithAWeekdayOrATime() throws Exception {
    for (String line :
        List.of(
            "BERLIN, Montag, 30. Oktober 2023 – Die Stadt",
            "WASHINGTON, Monday, October 30, 2023 -- The Senate")) {
      PressRelease release = Md.parse("# T\n\n" + line + "\n");
      assertEquals(Timestamp.parse("2023-10-30"), release.timestamp(), line);
      assertEquals(List.of(line), release.paragraphs());
    }
    PressRelease timed = Md.parse("# T\n\nLONDON, 3 May 2023 13:25 -- Text.\n");
    assertEquals(Timestamp.parse("2023-05-03T13:25"), timed.timestamp());
  }
}
