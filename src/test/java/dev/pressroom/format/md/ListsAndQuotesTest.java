package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void orderedItemsKeepTheirNumbers() throws Exception {
    assertEquals(
        List.of("3) Third.", "4) Fourth."),
        Md.parse("# T\n\n3) Third.\n4) Fourth.\n").paragraphs());
    assertEquals(List.of("1. One.", "2. Two."), Md.parse("# T\n\n1. One.\n1. Two.\n").paragraphs());
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
