package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NBSP, U+3000, tabs and stray BOMs at line ends are stripped; inner text is kept exactly. */
class OddSpacesTest {

  @Test
  void stripsNoBreakSpacesAroundTheBreadcrumbSeparatorAndActions() throws Exception {
    PressRelease release =
        parse("HOME\u00A0>\u00A0News & Events\nTitle\n\nBody.\n\n<Suggest>\n\u00A0 <Print>");
    assertEquals(List.of("HOME", "News & Events"), release.breadcrumb());
    assertEquals(
        List.of(FooterAction.of("Suggest"), FooterAction.of("Print")), release.footerActions());
  }

  @Test
  void stripsIdeographicSpacesAndTabsAtLineEnds() throws Exception {
    PressRelease release = parse("\t Title \u3000\n\n\u3000\u3000正文第一段。\u3000\n\n\tSecond.\t \n");
    assertEquals("Title", release.title());
    assertEquals(List.of("正文第一段。", "Second."), release.paragraphs());
  }

  @Test
  void stripsStrayByteOrderMarksAndZeroWidthSpacesAtLineEnds() throws Exception {
    PressRelease release = parse("\uFEFFTitle\u200B\n\n\u200BBody text.\uFEFF\n");
    assertEquals("Title", release.title());
    assertEquals(List.of("Body text."), release.paragraphs());
  }

  @Test
  void keepsInnerSpacingExactly() throws Exception {
    PressRelease release =
        parse("Two  spaces\n\nSevere  Acute\u00A0Respiratory\tSyndrome (SARS).\n");
    assertEquals("Two  spaces", release.title());
    assertEquals(List.of("Severe  Acute\u00A0Respiratory\tSyndrome (SARS)."), release.paragraphs());
  }

  @Test
  void treatsLinesOfOnlyOddSpacesAsBlank() throws Exception {
    PressRelease release = parse("Title\n\u00A0\u3000\t\nFirst.\n \u00A0 \nSecond.\n");
    assertEquals(List.of("First.", "Second."), release.paragraphs());
  }
}
