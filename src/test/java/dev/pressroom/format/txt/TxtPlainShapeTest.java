package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static dev.pressroom.format.txt.TxtTesting.render;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented plain shape of a version-2 release, line by line, and what it reads back to. */
class TxtPlainShapeTest {

  private static final URI PLAN = URI.create("https://example.org/plan");

  static PressRelease rich() {
    return PressRelease.builder()
        .breadcrumb("HOME", "News")
        .title("Harbour Opens New Ferry Terminal")
        .subtitle("Two berths and a waiting hall")
        .timestamp(Timestamp.parse("2023-10-28"))
        .block(
            new Block.Paragraph(
                List.of(
                    new Inline.Text("The terminal opens on "),
                    new Inline.Emphasis(Inline.text("Monday")),
                    new Inline.Text("; see "),
                    new Inline.Link(Inline.text("the plan"), PLAN),
                    new Inline.Text(" or "),
                    new Inline.Link(Inline.text(PLAN.toString()), PLAN),
                    new Inline.Text("."))))
        .block(Block.Heading.of(2, "Highlights"))
        .block(
            new Block.ItemList(
                false,
                List.of(
                    new ListItem(
                        Inline.text("Two berths"),
                        new Block.ItemList(
                            true, List.of(ListItem.of("cars"), ListItem.of("foot")))),
                    ListItem.of("A waiting hall"))))
        .block(Block.Heading.of(3, "Timetable"))
        .block(new Block.ItemList(true, List.of(ListItem.of("Buy a ticket"), ListItem.of("Board"))))
        .block(Block.Heading.of(4, "Voices"))
        .block(
            new Block.Quote(
                List.of(Block.Paragraph.of("We waited ten years."), Block.Paragraph.of("Now.")),
                "Jane Doe, Mayor"))
        .contact(
            new Contact(
                "Jane Doe",
                "Press Officer",
                "City of Example",
                "press@example.org",
                "+49 30 1234 5678",
                URI.create("https://example.org/press")))
        .contact(new Contact(null, null, "Port Authority", null, "(202) 555-0100", null))
        .boilerplateBlock(Block.Paragraph.of("The City of Example runs the harbour."))
        .footerAction(FooterAction.of("Print"))
        .build();
  }

  @Test
  void writesEveryPartInItsPlace() {
    assertEquals(
        String.join(
            "\n",
            "HOME > News",
            "Harbour Opens New Ferry Terminal",
            "\u2014 Two berths and a waiting hall",
            "",
            "2023-10-28",
            "",
            "The terminal opens on Monday; see [the plan] <https://example.org/plan> or"
                + " <https://example.org/plan>.",
            "",
            "Highlights",
            "==========",
            "",
            "\u2022 Two berths",
            "  1. cars",
            "  2. foot",
            "\u2022 A waiting hall",
            "",
            "Timetable",
            "---------",
            "",
            "1. Buy a ticket",
            "2. Board",
            "",
            "Voices",
            "~~~~~~",
            "",
            "> We waited ten years.",
            ">",
            "> Now.",
            "\u2014 Jane Doe, Mayor",
            "",
            "Media contacts:",
            "Name: Jane Doe",
            "Role: Press Officer",
            "Organization: City of Example",
            "Email: press@example.org",
            "Phone: +49 30 1234 5678",
            "Web: https://example.org/press",
            "",
            "Organization: Port Authority",
            "Phone: (202) 555-0100",
            "",
            "About the organization:",
            "",
            "The City of Example runs the harbour.",
            "",
            "<Print>",
            ""),
        render(rich()));
  }

  @Test
  void readsItBackAsCarried() throws Exception {
    PressRelease carried = new TxtRenderer().carried(rich());
    assertEquals(carried, parse(render(rich())));
    // emphasis is the only thing plain text drops: the words stay, the links too
    assertEquals(rich().paragraphs(), carried.paragraphs());
    Block.Paragraph first = (Block.Paragraph) carried.body().get(0);
    assertEquals(
        List.of(
            new Inline.Text("The terminal opens on Monday; see "),
            new Inline.Link(Inline.text("the plan"), PLAN),
            new Inline.Text(" or "),
            new Inline.Link(Inline.text(PLAN.toString()), PLAN),
            new Inline.Text(".")),
        first.content());
  }

  @Test
  void oneContactHasTheSingularHead() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .paragraph("Body.")
            .contact(Contact.of("Jane Doe", "press@example.org"))
            .build();
    assertEquals(
        "T\n\nBody.\n\nMedia contact:\nName: Jane Doe\nEmail: press@example.org\n",
        render(release));
    assertEquals(release, parse(render(release)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\u2022 looks like a bullet",
        "1. looks like a numbered item",
        "12. also",
        "> looks like a quote",
        ">",
        "Media contact:",
        "Media contacts:",
        "About the organization:"
      })
  void escapesAParagraphThatLooksLikeAMarker(String paragraph) throws Exception {
    PressRelease release =
        PressRelease.builder().title("T").paragraph(paragraph).paragraph("After.").build();
    assertEquals("T\n\n\\" + paragraph + "\n\nAfter.\n", render(release));
    assertEquals(release, parse(render(release)));
    PressRelease inBoilerplate =
        PressRelease.builder()
            .title("T")
            .boilerplateBlock(Block.Paragraph.of(paragraph))
            .contact(Contact.of("Jane", null))
            .build();
    assertEquals(inBoilerplate, parse(render(inBoilerplate)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1.5 million passengers",
        "\u2022no space after the bullet",
        "- a dash item is left as it is",
        "About the organization: more text",
        "Name: Jane Doe",
        "\u2014 a dash"
      })
  void leavesOtherParagraphsAsTheyAre(String paragraph) throws Exception {
    PressRelease release = PressRelease.builder().title("T").paragraph(paragraph).build();
    assertEquals("T\n\n" + paragraph + "\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void headingsOfMarkerTextStayHeadings() throws Exception {
    for (String text :
        List.of("Media contact:", "About the organization:", "\u2022 x", "<Print>")) {
      PressRelease release =
          PressRelease.builder().title("T").block(Block.Heading.of(2, text)).build();
      assertEquals(release, parse(render(release)), text);
    }
  }

  @Test
  void aTitleThatBeginsLikeTheSubtitleIsEscaped() throws Exception {
    PressRelease release =
        PressRelease.builder().breadcrumb("HOME").title("\u2014 dash").paragraph("x").build();
    assertEquals("HOME >\n\\\u2014 dash\n\nx\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void textThatLooksLikeALinkIsEscapedAndBackslashesElsewhereStay() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .paragraph("see [the plan] <https://example.org/plan> and <https://example.org/>")
            .paragraph("a \\ b \\\\ c \\[x] d <e>")
            .build();
    assertEquals(
        "T\n\nsee [the plan] \\<https://example.org/plan> and \\<https://example.org/>\n\n"
            + "a \\ b \\\\ c \\[x] d <e>\n",
        render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void backslashesRightBeforeALinkAreDoubled() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .block(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("a\\"),
                        new Inline.Link(Inline.text("b]"), PLAN),
                        new Inline.Text(" \\\\[c] <https://example.org/>"))))
            .build();
    assertEquals(
        "T\n\na\\\\[b\\]] <https://example.org/plan> \\\\[c] \\<https://example.org/>\n",
        render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void aBracketBeforeARealLinkIsEscaped() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .block(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("\\[x] "),
                        new Inline.Link(Inline.text(PLAN.toString()), PLAN))))
            .build();
    // the text's backslash doubled, the bracket escaped, and the line's own escape before them
    assertEquals("T\n\n\\\\\\\\[x] <https://example.org/plan>\n", render(release));
    assertEquals(release, parse(render(release)));
  }

  @Test
  void aFileOfTheSeedsShapeWithBackslashesReadsAsBefore() throws Exception {
    assertEquals(List.of("x \\\\<Print> \\[y]"), parse("T\n\nx \\\\<Print> \\[y]\n").paragraphs());
  }
}
