package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.Block;
import dev.pressroom.model.ListItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each list item is one paragraph; block quotes give the paragraphs inside them. */
class ListsAndQuotesTest {

  @Test
  void eachBulletItemIsOneParagraphWithoutItsMarker() throws Exception {
    assertEquals(
        List.of("Intro:", "First point.", "Second *point*."),
        Md.parse("# T\n\nIntro:\n\n- First point.\n* Second \\*point\\*.\n").paragraphs());
  }

  @Test
  void orderedItemsMakeANumberedList() throws Exception {
    assertEquals(
        List.of(new Block.ItemList(true, List.of(ListItem.of("Third."), ListItem.of("Fourth.")))),
        Md.parse("# T\n\n3) Third.\n4) Fourth.\n").body());
    assertEquals(
        List.of(new Block.ItemList(true, List.of(ListItem.of("One."), ListItem.of("Two.")))),
        Md.parse("# T\n\n1. One.\n1. Two.\n").body());
  }

  @Test
  void looseItemParagraphsJoinAndNestedListsFollow() throws Exception {
    assertEquals(
        List.of("Item one. More of one.", "Nested a.", "Nested b.", "Item two."),
        Md.parse(
                "# T\n\n- Item one.\n\n  More of one.\n  - Nested a.\n  - Nested b.\n- Item two.\n")
            .paragraphs());
  }

  @Test
  void blockQuotesGiveTheirParagraphs() throws Exception {
    assertEquals(
        List.of("A subheadline.", "Quoted one.", "Quoted two.", "Body."),
        Md.parse("# T\n\n> A subheadline.\n\n> Quoted one.\n>\n> > Quoted\n> > two.\n\nBody.\n")
            .paragraphs());
  }
}
