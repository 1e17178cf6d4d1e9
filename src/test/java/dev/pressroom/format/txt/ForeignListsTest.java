package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.Block;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bulleted and numbered lines of a text Pressroom did not write become the model's lists. */
class ForeignListsTest {

  @Test
  void bulletsAndNumbersBecomeLists() throws Exception {
    PressRelease release =
        parse(
            "Harbour Opens Terminal\n\nThe terminal has:\n\n"
                + "- Two berths\n"
                + "    - one for cars\n"
                + "- A waiting hall that is large\n"
                + "  and bright\n\n"
                + "Steps:\n"
                + "1) Buy a ticket\n"
                + "2) Board\n\n"
                + "\u2022 Fast\n\u2022 Cheap\n\nThe end.\n");
    assertEquals(
        List.of(
            Block.Paragraph.of("The terminal has:"),
            new Block.ItemList(
                false,
                List.of(
                    new ListItem(
                        List.of(new dev.pressroom.model.Inline.Text("Two berths")),
                        new Block.ItemList(false, List.of(ListItem.of("one for cars")))),
                    ListItem.of("A waiting hall that is large and bright"))),
            Block.Paragraph.of("Steps:"),
            new Block.ItemList(true, List.of(ListItem.of("Buy a ticket"), ListItem.of("Board"))),
            new Block.ItemList(false, List.of(ListItem.of("Fast"), ListItem.of("Cheap"))),
            Block.Paragraph.of("The end.")),
        release.body());
  }

  @Test
  void endMarksRulesAndNumbersInTextAreNoItems() throws Exception {
    PressRelease release = parse("Title\n\n1.5 million came.\n\n* * *\n\n-30-\n\nleft out\n");
    assertEquals(List.of("1.5 million came.", "* * *"), release.paragraphs());
  }

  @Test
  void ourOwnListsReadTheSameWhenEdited() throws Exception {
    // a hand-edited copy (an extra blank line at the end) is read leniently, lists kept
    PressRelease release =
        PressRelease.builder()
            .title("Title")
            .paragraph("Body.")
            .block(new Block.ItemList(false, List.of(ListItem.of("one"), ListItem.of("two"))))
            .build();
    PressRelease edited = parse(TxtTesting.render(release) + "\n");
    assertEquals(release.body(), edited.body());
  }
}
