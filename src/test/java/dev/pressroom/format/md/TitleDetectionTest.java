package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headline of hand-written Markdown: front matter, else the first heading, else a line. */
class TitleDetectionTest {

  @Test
  void readsAnAtxHeading() throws Exception {
    PressRelease release = Md.parse("# City Opens New Library ##\n\nThe library opens today.\n");
    assertEquals("City Opens New Library", release.title());
    assertEquals(List.of("The library opens today."), release.paragraphs());
  }

  @Test
  void readsASetextHeading() throws Exception {
    PressRelease release = Md.parse("City Opens New Library\n======================\n\nBody.\n");
    assertEquals("City Opens New Library", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void takesTheFirstLevelOneHeadingAfterOtherBlocks() throws Exception {
    PressRelease release = Md.parse("FOR IMMEDIATE RELEASE\n\n# The Title\n\nBody.\n");
    assertEquals("The Title", release.title());
    assertEquals(List.of("Body."), release.paragraphs(), "the banner is left out");
  }

  @Test
  void flattensMarkupInTheHeading() throws Exception {
    assertEquals(
        "Big news & more from ACME",
        Md.parse("# **Big** _news_ &amp; more from [ACME](https://acme.example)\n").title());
  }

  @Test
  void takesALowerHeadingWhenItComesFirst() throws Exception {
    PressRelease release = Md.parse("## Quarterly Results\n\nRevenue rose.\n");
    assertEquals("Quarterly Results", release.title());
    assertEquals(List.of("Revenue rose."), release.paragraphs());
  }

  @Test
  void takesAShortFirstLineWhenThereIsNoHeading() throws Exception {
    PressRelease release = Md.parse("Quarterly Results\n\nRevenue rose.\n");
    assertEquals("Quarterly Results", release.title());
    assertEquals(List.of("Revenue rose."), release.paragraphs());
  }

  @Test
  void laterHeadingsAreSectionsAndAnAboutSectionIsTheBoilerplate() throws Exception {
    dev.pressroom.model.PressRelease release =
        Md.parse("# T\n\nBody.\n\n## Plans\n\nMore.\n\n## About ACME\n\nACME makes things.\n");
    assertEquals(List.of("Body.", "Plans", "More."), release.paragraphs());
    assertEquals(dev.pressroom.model.Block.Heading.of(2, "Plans"), release.body().get(1));
    assertEquals(
        List.of(
            dev.pressroom.model.Block.Heading.of(2, "About ACME"),
            dev.pressroom.model.Block.Paragraph.of("ACME makes things.")),
        release.boilerplate());
  }

  @Test
  void noTextAtAllIsAParseException() {
    assertThrows(ParseException.class, () -> Md.parse(""));
    assertThrows(ParseException.class, () -> Md.parse("<!-- nothing to show -->\n"));
  }

  @Test
  void aLoneParagraphIsTheLedeAndGivesTheTitle() throws Exception {
    PressRelease release = Md.parse("Just one paragraph of text. And a second sentence.\n");
    assertEquals("Just one paragraph of text", release.title());
    assertEquals(
        List.of("Just one paragraph of text. And a second sentence."), release.paragraphs());
  }
}
