package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real plain-text releases from the shared corpus (skipped when it is absent): the title and
 * timestamp a reader sees, and sentences of the body.
 */
class TxtCorpusTest {

  private static PressRelease read(String name) throws Exception {
    Path file = Seeds.corpusFile("txt/" + name);
    return TxtTesting.parse(Files.readAllBytes(file));
  }

  @Test
  void readsTheMinisterialMediaRelease() throws Exception {
    PressRelease release = read("auparl-2003-patterson-sars-test.txt");
    assertEquals("AUSTRALIA JOINS THE FIGHT AGAINST SARS", release.title());
    assertEquals(Timestamp.parse("2003-05-04"), release.timestamp());
    assertEquals(
        "Australian researchers will be encouraged to join international efforts in developing a"
            + " fast and reliable test for Severe  Acute Respiratory Syndrome (SARS).",
        release.paragraphs().get(0),
        "the minister's line above the headline is masthead, not body");
    assertTrue(
        release
            .paragraphs()
            .contains(
                "\"It is fortunate that so far there have been no definite cases of SARS found in"
                    + " Australia,\" Senator Patterson said."));
    assertEquals(11, release.paragraphs().size());
    assertTrue(
        release
            .paragraphs()
            .get(10)
            .startsWith("\"The successful consortium will need to develop national protocols"));
    for (String paragraph : release.paragraphs()) {
      assertFalse(paragraph.startsWith("Further information:"), "contact block left out");
      assertFalse(paragraph.equals("Media Release"), "banner left out");
    }
  }

  @Test
  void readsTheAllCapsHeadlineOverIndentedParagraphs() throws Exception {
    PressRelease release = read("ussenate-grassley-2004-renewable-tax.txt");
    assertEquals("SENATE PASSES SEN. GRASSLEY'S RENEWABLE ENERGY TAX PACKAGE", release.title());
    assertNull(release.timestamp());
    assertTrue(
        release
            .paragraphs()
            .get(0)
            .startsWith("Sen. Chuck Grassley, chairman of the Committee on Finance, today called"));
    assertEquals(
        "* Tax incentives aimed at improving the energy efficiency of homes.",
        release.paragraphs().get(9));
    assertEquals(13, release.paragraphs().size());
  }

  @Test
  void readsTheCrlfReleaseThatOpensWithItsDateline() throws Exception {
    PressRelease release = read("ussenate-akaka-2006-fema-mitigation-crlf.txt");
    assertEquals(
        "Senator Daniel K. Akaka (D-HI) today questioned former Federal Emergency Management"
            + " Agency (FEMA) Director Michael Brown on the loss of mitigation…",
        release.title(),
        "a title derived from the lede is headline-sized: cut at a word after 150 characters");
    assertNull(release.timestamp());
    assertEquals(6, release.paragraphs().size());
    assertTrue(
        release.paragraphs().get(0).startsWith("Washington, D.C. -- Senator Daniel K. Akaka"));
    assertEquals(
        "Senator Akaka is a senior member of the Homeland Security and Governmental Affairs"
            + " Committee, which is conducting an investigation into the response to Hurricane"
            + " Katrina.",
        release.paragraphs().get(5));
    for (String paragraph : release.paragraphs()) {
      assertFalse(paragraph.contains("\r"), "no CR left in a paragraph");
    }
  }

  @Test
  void everyCorpusReleaseSurvivesARoundTripThroughTxt() throws Exception {
    for (Path file : Seeds.corpusFiles("txt")) {
      PressRelease release = TxtTesting.parse(Files.readAllBytes(file));
      assertEquals(
          new dev.pressroom.format.txt.TxtRenderer().carried(release),
          TxtTesting.parse(TxtTesting.renderBytes(release)),
          file.toString());
    }
  }
}
