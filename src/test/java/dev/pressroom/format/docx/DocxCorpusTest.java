package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Seeds;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real Word files of the shared corpus read as the releases a person sees in them. */
class DocxCorpusTest {

  private static PressRelease parse(String name) throws Exception {
    return Docx.parse(Files.readAllBytes(Seeds.corpusFile("docx/" + name)));
  }

  @Test
  void readsTheCambridgeDraftWithItsPropertiesDate() throws Exception {
    PressRelease release = parse("cambridge-2022-water-control-draft.docx");
    assertEquals("Deep learning for solving complex fluid dynamics problem.", release.title());
    // no date in the text: docProps/core.xml created is the only date source
    assertEquals(Timestamp.parse("2022-01-07"), release.timestamp());
    List<String> paragraphs = release.paragraphs();
    assertEquals(3, paragraphs.size(), paragraphs.toString());
    assertTrue(
        paragraphs
            .get(0)
            .startsWith(
                "The ability to control a floating object on the surface of water remotely"
                    + " through surface waves has numerous applications ranging from collecting"
                    + " marine debris to organic cell manipulation."),
        paragraphs.get(0));
    assertTrue(
        paragraphs.get(1).endsWith("(like a dog paddling to get its tennis ball from the pool)."));
    assertTrue(paragraphs.get(2).endsWith("in a laboratory setup."), paragraphs.get(2));
    assertEquals(List.of(), release.breadcrumb());
    assertEquals(List.of(), release.footerActions());
  }

  @Test
  void readsTheUrbanFuturePressReleaseWithItsDateline() throws Exception {
    PressRelease release = parse("urban-aws-hackathon-2019-building-heights-futurepr.docx");
    assertEquals(
        "New Machine Learning Methods Unlock Key Data for Affordable Housing Reform",
        release.title());
    // the visible dateline wins over docProps created 2019-10-10
    assertEquals(Timestamp.parse("2020-12-02"), release.timestamp());
    List<String> paragraphs = release.paragraphs();
    assertEquals(4, paragraphs.size(), paragraphs.toString());
    assertTrue(
        paragraphs
            .get(0)
            .startsWith(
                "December 2, 2020\u2014Shirley Green has lived in the same row house in"
                    + " Washington, DC\u2019s Petworth neighborhood for the past 40 years."),
        paragraphs.get(0));
    assertTrue(
        paragraphs
            .get(1)
            .startsWith(
                "The national building height dataset was released publicly last month by the"
                    + " Urban Institute."),
        paragraphs.get(1));
    assertTrue(
        paragraphs
            .get(2)
            .contains("according to Rob Velazquez, a city planner for the City of" + " Memphis"),
        paragraphs.get(2));
  }
}
