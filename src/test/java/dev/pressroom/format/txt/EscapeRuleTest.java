package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static dev.pressroom.format.txt.TxtTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines that would be misread are written with one leading backslash, and read back exactly. */
class EscapeRuleTest {

  private static PressRelease body(String paragraph, Timestamp timestamp) {
    return PressRelease.builder().title("T").timestamp(timestamp).paragraph(paragraph).build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "<Print>",
        "<Share> https://example.org/share",
        "2023-10-28 13:25",
        "October 28, 2023",
        "10.11.2021",
        "2023年10月28日",
        "FOR IMMEDIATE RELEASE",
        "Media Release",
        "###",
        "-END-",
        "-30-",
        "Media contact: Jane Doe",
        "Further information: the ministry",
        "\\already a backslash",
        "\\"
      })
  void escapesAParagraphThatWouldBeMisread(String paragraph) throws Exception {
    PressRelease release = body(paragraph, Timestamp.parse("2023-10-28"));
    assertEquals("T\n\n2023-10-28\n\n\\" + paragraph + "\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Ordinary text.",
        "HOME > News & Events",
        "a < b and c > d",
        "Press the <Print> button.",
        "In 2023-10-28 13:25 the rain stopped.",
        "WASHINGTON, Oct. 27, 2023 -- The Senate voted.",
        "Washington, D.C. -- The Senator spoke.",
        "Contact us any time.",
        "## Heading-like"
      })
  void leavesOrdinaryParagraphsAlone(String paragraph) throws Exception {
    PressRelease release = body(paragraph, Timestamp.parse("2023-10-28"));
    assertEquals("T\n\n2023-10-28\n\n" + paragraph + "\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void escapesADatedDatelineOnlyWhenThereIsNoTimestamp() throws Exception {
    String lede = "WASHINGTON, Oct. 27, 2023 -- The Senate voted.";
    PressRelease release = body(lede, null);
    assertEquals("T\n\n\\" + lede + "\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "HOME > News & Events",
        "WASHINGTON, Oct. 27, 2023 -- The Senate voted.",
        "Washington, D.C. -- Senator Akaka spoke.",
        "2023-10-28",
        "<Print>",
        "FOR IMMEDIATE RELEASE",
        "###",
        "Contact: Jane",
        "\\x"
      })
  void escapesATitleThatWouldBeMisread(String title) throws Exception {
    PressRelease release = PressRelease.builder().title(title).paragraph("Body.").build();
    assertEquals("\\" + title + "\n\nBody.\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void escapesAngleBracketsAndBackslashesInBreadcrumbSegments() throws Exception {
    PressRelease release =
        PressRelease.builder().breadcrumb("<Home>", "a > b", "c\\d").title("T").build();
    assertEquals("\\<Home\\> > a \\> b > c\\\\d\nT\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void escapesAngleBracketsAndBackslashesInActionLabels() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .footerAction(FooterAction.of("<Print> \\ me"))
            .footerAction(new FooterAction("a>b", URI.create("https://example.org/p?a=1&b=2")))
            .build();
    assertEquals(
        "T\n\n<\\<Print\\> \\\\ me>\n<a\\>b> https://example.org/p?a=1&b=2\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void removesExactlyOneBackslash() throws Exception {
    PressRelease release = parse("T\n\n\\\\\\<Print>\n");
    assertEquals(List.of("\\\\<Print>"), release.paragraphs());
  }
}
