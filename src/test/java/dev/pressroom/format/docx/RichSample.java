package dev.pressroom.format.docx;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.util.List;

/** A version-2 release with every construct, for the external-reader tests. */
final class RichSample {
  private RichSample() {}

  static List<Inline> text(String s) {
    return Inline.text(s);
  }

  static final PressRelease RELEASE =
      PressRelease.builder()
          .breadcrumb("HOME", "News")
          .title("Ministry opens the new port")
          .subtitle("A deck under the headline")
          .timestamp(Timestamp.parse("2024-06-14T09:30"))
          .language("en")
          .block(
              new Block.Paragraph(
                  List.of(
                      new Inline.Text("BERLIN - The ministry "),
                      new Inline.Strong(text("today")),
                      new Inline.Text(" opened the "),
                      new Inline.Emphasis(text("new")),
                      new Inline.Text(" port, see "),
                      new Inline.Link(
                          text("the plan"), URI.create("https://example.org/plan?a=1&b=2")),
                      new Inline.Text(" and "),
                      new Inline.Strong(List.of(new Inline.Emphasis(text("both marks")))),
                      new Inline.Text("."))))
          .block(Block.Heading.of(2, "Highlights"))
          .block(
              new Block.ItemList(
                  false,
                  List.of(
                      ListItem.of("Faster ships"),
                      new ListItem(
                          text("Smaller costs"),
                          new Block.ItemList(
                              true,
                              List.of(ListItem.of("First step"), ListItem.of("Second step")))),
                      ListItem.of("Cleaner water"))))
          .block(new Block.ItemList(true, List.of(ListItem.of("One"), ListItem.of("Two"))))
          .block(Block.Heading.of(3, "What was said"))
          .block(
              new Block.Quote(
                  List.of(
                      Block.Paragraph.of("We are proud of this port."),
                      new Block.Paragraph(
                          List.of(
                              new Inline.Text("It is "),
                              new Inline.Emphasis(text("ours")),
                              new Inline.Text(".")))),
                  "Jane Doe, Minister"))
          .block(Block.Heading.of(4, "Background"))
          .block(Block.Paragraph.of("The port was planned in 2019."))
          .contact(
              new Contact(
                  "Jane Roe",
                  "Press Officer",
                  "Ministry of Examples",
                  "press@example.org",
                  "+49 30 1234 5678",
                  URI.create("https://example.org/press")))
          .contact(new Contact(null, null, "Press Office", "office@example.org", null, null))
          .boilerplateBlock(Block.Heading.of(3, "About the ministry"))
          .boilerplateBlock(Block.Paragraph.of("The ministry builds ports."))
          .footerAction(new FooterAction("Print", URI.create("https://example.org/print")))
          .build();
}
