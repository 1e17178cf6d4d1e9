package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contact blocks are left out of the paragraphs: the model has no place for them. */
class ContactBlockTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Media contact: Jane Doe, +1 555 0100",
        "Contact: Jane Doe",
        "Press Contacts:",
        "Further information: Randal Markey, Media Adviser, (02) 6277 7220",
        "For more information, please contact:",
        "Media enquiries: press@example.org",
        "MEDIA CONTACT"
      })
  void leavesOutAContactBlockAfterTheBody(String head) throws Exception {
    PressRelease release =
        parse("Title\n\nThe body.\n\n" + head + "\nJane Doe\njane@example.org\n");
    assertEquals(List.of("The body."), release.paragraphs());
  }

  @Test
  void aBareContactHeadTakesTheNextBlockWithIt() throws Exception {
    PressRelease release =
        parse("Title\n\nThe body.\n\nMedia contact:\n\nJane Doe\n555 0100\n\nAbout Acme.\n");
    assertEquals(List.of("The body.", "About Acme."), release.paragraphs());
  }

  @Test
  void keepsTheContactAndTheBoilerplateAfterIt() throws Exception {
    PressRelease release =
        parse("Title\n\nThe body.\n\nContact: Jane Doe\n555 0100\n\nAbout Acme: we make tools.\n");
    assertEquals(List.of("The body."), release.paragraphs());
    assertEquals(
        List.of(new dev.pressroom.model.Contact("Jane Doe", null, null, null, "555 0100", null)),
        release.contacts());
    assertEquals(
        List.of("About Acme: we make tools."), PressRelease.plainLines(release.boilerplate()));
  }

  @Test
  void skipsAContactBlockAboveTheTitle() throws Exception {
    PressRelease release =
        parse("FOR IMMEDIATE RELEASE\nContact: Jane Doe\n555 0100\n\nAcme Ships\n\nBody.\n");
    assertEquals("Acme Ships", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void skipsABareContactHeadAboveTheTitleWithTheBlockAfterIt() throws Exception {
    PressRelease release =
        parse("FOR IMMEDIATE RELEASE\n\nContact:\n\nJane Doe\n555 0100\n\nAcme Ships\n\nBody.\n");
    assertEquals("Acme Ships", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void keepsAnEscapedContactHeadAsText() throws Exception {
    PressRelease release = parse("Title\n\n\\Contact: the ministry answers all letters.\n");
    assertEquals(List.of("Contact: the ministry answers all letters."), release.paragraphs());
  }
}
