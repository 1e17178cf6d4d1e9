package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Banners such as FOR IMMEDIATE RELEASE are skipped; after one, the capitalised headline wins. */
class BannerTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "FOR IMMEDIATE RELEASE",
        "For Immediate Release:",
        "PRESS RELEASE",
        "Media Release",
        "NEWS RELEASE",
        "Joint Press Release",
        "Media Statement",
        "EMBARGOED UNTIL 00:01 GMT, 5 MAY 2003",
        "For release on delivery"
      })
  void skipsABannerAboveTheTitle(String banner) throws Exception {
    PressRelease release =
        parse(banner + "\n\nCity Opens New Library\n\nThe library opens today.\n");
    assertEquals("City Opens New Library", release.title());
    assertEquals(List.of("The library opens today."), release.paragraphs());
  }

  @Test
  void skipsABannerBelowTheTitle() throws Exception {
    PressRelease release =
        parse("City Opens New Library\n\nFOR IMMEDIATE RELEASE\n\n2024-01-05\n\nText.\n");
    assertEquals(Timestamp.parse("2024-01-05"), release.timestamp());
    assertEquals(List.of("Text."), release.paragraphs());
  }

  @Test
  void takesTheCapitalisedHeadlineAfterIssuerAndDateLines() throws Exception {
    String text =
        """
        Media Release

        The Hon Jane Citizen MP Minister for Transport

        March 3, 2021

        NEW RAIL LINK TO OPEN NEXT YEAR

        The western rail link will open to passengers in 2022.
        """;
    PressRelease release = parse(text);
    assertEquals("NEW RAIL LINK TO OPEN NEXT YEAR", release.title());
    assertEquals(Timestamp.parse("2021-03-03"), release.timestamp());
    assertEquals(
        List.of("The western rail link will open to passengers in 2022."),
        release.paragraphs(),
        "the issuer line above the headline is masthead, not body");
  }

  @Test
  void takesTheFirstLineAfterABannerWhenNoCapitalisedHeadlineFollows() throws Exception {
    PressRelease release =
        parse("FOR IMMEDIATE RELEASE\n\nAcme Ships Widget 2\n\nA faster widget\n\nBody.\n");
    assertEquals("Acme Ships Widget 2", release.title());
    assertEquals(List.of("A faster widget", "Body."), release.paragraphs());
  }

  @Test
  void keepsAnEscapedBannerAsText() throws Exception {
    PressRelease release = parse("Title\n\n\\FOR IMMEDIATE RELEASE\n");
    assertEquals(List.of("FOR IMMEDIATE RELEASE"), release.paragraphs());
  }
}
