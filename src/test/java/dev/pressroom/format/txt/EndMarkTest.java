package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End marks end the body; what follows is not body text. */
class EndMarkTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"###", "# # #", "-END-", "- END -", "-30-", "- 30 -", "-ends-", "#####"})
  void endsTheBodyAtTheMark(String mark) throws Exception {
    PressRelease release =
        parse("Title\n\nLast paragraph.\n\n" + mark + "\n\nAbout Acme\nAcme makes widgets.\n");
    assertEquals(List.of("Last paragraph."), release.paragraphs());
  }

  @Test
  void endsTheBodyAtAMarkRightUnderTheText() throws Exception {
    PressRelease release = parse("Title\n\nLast paragraph.\n###\nNotes to editors.\n");
    assertEquals(List.of("Last paragraph."), release.paragraphs());
  }

  @Test
  void stillReadsFooterActionsAfterTheMark() throws Exception {
    PressRelease release = parse("Title\n\nText.\n\n-30-\n\nBoilerplate.\n\n<Print>\n");
    assertEquals(List.of("Text."), release.paragraphs());
    assertEquals(List.of(FooterAction.of("Print")), release.footerActions());
  }

  @Test
  void keepsAnEscapedMarkAsAParagraph() throws Exception {
    PressRelease release = parse("Title\n\n\\###\n\nMore.\n");
    assertEquals(List.of("###", "More."), release.paragraphs());
  }
}
