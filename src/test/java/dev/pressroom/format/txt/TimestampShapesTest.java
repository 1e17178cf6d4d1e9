package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Timestamp lines in the shapes people write, below or above the title. */
class TimestampShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-28 13:25          | 2023-10-28T13:25",
        "2023-10-28                | 2023-10-28",
        "2023-10-28 13:25:07       | 2023-10-28T13:25:07",
        "2023-10-28T13:25          | 2023-10-28T13:25",
        "2023-10-28 13:25 +08:00   | 2023-10-28T13:25+08:00",
        "2023-10-28 13:25 +08:00 [Asia/Shanghai] | 2023-10-28T13:25+08:00[Asia/Shanghai]",
        "2023-10-28 13:25 [Asia/Shanghai]        | 2023-10-28T13:25+08:00[Asia/Shanghai]",
        "2023-10-28T13:25:07Z      | 2023-10-28T13:25:07Z",
        "2023/10/28                | 2023-10-28",
        "2023/10/28 09:05          | 2023-10-28T09:05",
        "October 28, 2023          | 2023-10-28",
        "Oct. 28, 2023             | 2023-10-28",
        "Sept. 5, 2023             | 2023-09-05",
        "OCTOBER 28, 2023          | 2023-10-28",
        "Saturday, October 28, 2023 | 2023-10-28",
        "October 28, 2023 1:25 PM  | 2023-10-28T13:25",
        "October 28, 2023 at 12:05 a.m. | 2023-10-28T00:05",
        "May 4, 2003               | 2003-05-04",
        "28 October 2023           | 2023-10-28",
        "28th Oct 2023             | 2023-10-28",
        "10.11.2021                | 2021-11-10",
        "2023年10月28日            | 2023-10-28",
        "2023年10月28日 13:25      | 2023-10-28T13:25",
        "28. Oktober 2023          | 2023-10-28",
        "Samstag, 28. Oktober 2023 | 2023-10-28",
        "28 octobre 2023           | 2023-10-28",
        "28 de octubre de 2023     | 2023-10-28",
        "Date: 2023-10-28          | 2023-10-28",
        "Juni 2024                 | 2024-06",
        "2024 年 6 月              | 2024-06",
        "2024-06                   | 2024-06",
        "Tue, 19 Nov 2019 09:30:00 GMT | 2019-11-19T09:30:00Z",
      })
  void readsTheShapeBelowTheTitle(String line, String iso) throws Exception {
    PressRelease release = parse("Title\n\n" + line + "\n\nBody.\n");
    assertEquals(Timestamp.parse(iso), release.timestamp());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-10-28", "October 28, 2023", "10.11.2021", "2023年10月28日"})
  void readsATimestampAboveTheTitle(String line) throws Exception {
    PressRelease release = parse(line + "\n\nTitle\n\nBody.\n");
    assertEquals("Title", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "10/11/2021",
        "2023-02-30",
        "2023-10-28 25:00",
        "October 32, 2023",
        "2023-10-28 13:25 +09:00 [Asia/Shanghai]",
        "13:25",
        "In 2023",
        "31. Februar 2023"
      })
  void keepsAmbiguousOrImpossibleDatesAsText(String line) throws Exception {
    // (An "Updated:" line is not kept: see anUpdatedLineIsNeitherTheTimestampNorBody.)
    PressRelease release = parse("Title\n\n" + line + "\n\nBody.\n");
    assertNull(release.timestamp());
    assertEquals(List.of(line, "Body."), release.paragraphs());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-10-28                            | 2023-10-28",
        "2023-10-28T13:25                      | 2023-10-28 13:25",
        "2023-10-28T13:25:07                   | 2023-10-28 13:25:07",
        "2023-10-28T13:25:00                   | 2023-10-28 13:25:00",
        "2023-10-28T13:25Z                     | 2023-10-28 13:25 +00:00",
        "2023-10-28T13:25-05:30                | 2023-10-28 13:25 -05:30",
        "2023-10-28T13:25+08:00[Asia/Shanghai] | 2023-10-28 13:25 +08:00 [Asia/Shanghai]",
        "0033-01-02                            | 0033-01-02",
        "2024-06                               | 2024-06",
      })
  void writesEachPrecisionInItsOwnShape(String iso, String line) throws Exception {
    PressRelease release =
        PressRelease.builder().title("T").timestamp(Timestamp.parse(iso)).build();
    assertEquals("T\n\n" + line + "\n", TxtTesting.render(release));
    assertEquals(release, parse(TxtTesting.render(release)));
  }

  @Test
  void anUpdatedLineIsNeitherTheTimestampNorBody() throws Exception {
    PressRelease release = parse("Title\n\nUpdated: 2023-10-28\n\nBody.\n");
    assertNull(release.timestamp());
    assertEquals(List.of("Body."), release.paragraphs());
  }
}
