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

/**
 * Datelines give the timestamp when no timestamp line exists; their text stays in the paragraph.
 */
class DatelineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WASHINGTON, Oct. 27, 2023 -- The Senate voted today. | 2023-10-27",
        "Brussels, 19 November 2019 – The report ranks countries. | 2019-11-19",
        "SAN FRANCISCO, Oct. 6, 2015 — The foundation grows. | 2015-10-06",
        "AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- Hiber buys Srett. | 2024-03-19",
        "December 2, 2020—Today we launched the map. | 2020-12-02",
        "NEW YORK, NY, 2024-05-01 - Shares rose. | 2024-05-01",
        "Bern, 17.08.2007 - Rede von Bundesrat Moritz Leuenberger | 2007-08-17",
        "GENEVA - 27 June 2026 - The council met. | 2026-06-27",
        "GENEVA – 27 June 2026 – The council met. | 2026-06-27",
        "LONDON - PR Wire – 27 June 2026 - The council met. | 2026-06-27",
        "Bern­17.08.2007 – Die Rede. | 2007-08-17",
      })
  void readsTheDatelineAsTheTimestamp(String lede, String date) throws Exception {
    PressRelease release = parse("Headline\n\n" + lede + "\n\nMore text.\n");
    assertEquals(Timestamp.parse(date), release.timestamp());
    assertEquals(List.of(lede, "More text."), release.paragraphs());
  }

  @Test
  void looksForADatelineInTheFirstThreeParagraphs() throws Exception {
    PressRelease release =
        parse("Headline\n\nA subhead\n\nAnother line\n\nLONDON, 3 May 2023 -- Text.\n");
    assertEquals(Timestamp.parse("2023-05-03"), release.timestamp());
    PressRelease late = parse("Headline\n\nOne\n\nTwo\n\nThree\n\nLONDON, 3 May 2023 -- Text.\n");
    assertNull(late.timestamp());
  }

  @Test
  void prefersTheTimestampLineToTheDateline() throws Exception {
    PressRelease release =
        parse("Headline\n\n2023-10-28 09:00\n\nWASHINGTON, Oct. 27, 2023 -- Text.\n");
    assertEquals(Timestamp.parse("2023-10-28T09:00"), release.timestamp());
  }

  @Test
  void ignoresAnEscapedDateline() throws Exception {
    PressRelease release = parse("Headline\n\n\\WASHINGTON, Oct. 27, 2023 -- Text.\n");
    assertNull(release.timestamp());
    assertEquals(List.of("WASHINGTON, Oct. 27, 2023 -- Text."), release.paragraphs());
  }

  @Test
  void takesNoOrdinaryDashedSentenceForADateline() throws Exception {
    PressRelease release =
        parse("Headline\n\nThe Senator - who spoke first - said 2023 was good.\n");
    assertEquals(
        List.of("The Senator - who spoke first - said 2023 was good."), release.paragraphs());
    assertEquals("Headline", release.title());
  }

  @Test
  void derivesTheTitleFromALedeThatOpensTheText() throws Exception {
    String lede =
        "Washington, D.C. -- Senator Jane Roe (D-HI) today asked Mr. Brown about the loss of"
            + " funding when the agency was folded into the department.  She said more.";
    PressRelease release = parse(lede + "\nSecond paragraph.\n");
    assertEquals(
        "Senator Jane Roe (D-HI) today asked Mr. Brown about the loss of funding when the agency"
            + " was folded into the department",
        release.title());
    assertEquals(List.of(lede, "Second paragraph."), release.paragraphs());
    assertNull(release.timestamp());
  }

  @Test
  void derivesTheTitleAndTimestampFromADatedOpeningDateline() throws Exception {
    PressRelease release = parse("BERLIN, 10.11.2021 -- Die Bundespolizei meldet Erfolge.\n");
    assertEquals("Die Bundespolizei meldet Erfolge", release.title());
    assertEquals(Timestamp.parse("2021-11-10"), release.timestamp());
  }
}
