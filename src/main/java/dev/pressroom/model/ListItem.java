package dev.pressroom.model;

import java.util.List;

/**
 * One item of a {@link Block.ItemList}: inline content and, optionally, one nested list.
 *
 * @param content the item's text
 * @param sublist a nested list whose items have no list of their own, or {@code null}
 */
public record ListItem(List<Inline> content, Block.ItemList sublist) {
  /** An item; its content is made canonical and checked, and a nested list may not nest. */
  public ListItem {
    content = Block.checked("list item", content);
    if (sublist != null && sublist.nests()) {
      throw new IllegalArgumentException(
          "list item's nested list has a list of its own; one level of nesting is allowed");
    }
  }

  /** An item of plain text with no nested list. */
  public static ListItem of(String text) {
    return new ListItem(Inline.text(text), null);
  }

  /** Its plain text. */
  public String plainText() {
    return Inline.plainText(content);
  }
}
