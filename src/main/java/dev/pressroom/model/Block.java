package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.util.List;
import java.util.Objects;

/**
 * One block of a release's body or boilerplate: a paragraph, a heading, a list or a quote.
 *
 * <pre>{@code
 * List<Block> body = List.of(
 *     Block.Paragraph.of("BERLIN, 14 May 2024 - The ministry today ..."),
 *     Block.Heading.of(2, "Highlights"),
 *     new Block.ItemList(false, List.of(ListItem.of("Faster"), ListItem.of("Smaller"))),
 *     new Block.Quote(List.of(Block.Paragraph.of("We are proud.")), "Jane Doe, Minister"));
 * }</pre>
 *
 * <p>Inline content is kept in its canonical form ({@link Inline#canonical}) and its plain text
 * follows the rule for every text of a release: one line, not empty, no whitespace at either end,
 * no control character but tab. A violation is an {@link IllegalArgumentException} whose message
 * names the place inside the block ({@code list[2]: text is empty}).
 */
public sealed interface Block {

  /** A paragraph of inline content. */
  record Paragraph(List<Inline> content) implements Block {
    /** A paragraph; its content is made canonical and checked. */
    public Paragraph {
      content = checked("paragraph", content);
    }

    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
      return new Paragraph(Inline.text(text));
    }

    /** Its plain text. */
    public String plainText() {
      return Inline.plainText(content);
    }
  }

  /**
   * A section heading inside the release.
   *
   * @param level 2, 3 or 4 (the release's title is the only level 1)
   * @param content its text
   */
  record Heading(int level, List<Inline> content) implements Block {
    /** A heading; the level must be 2 to 4. */
    public Heading {
      if (level < 2 || level > 4) {
        throw new IllegalArgumentException("heading level must be 2, 3 or 4, not " + level);
      }
      content = checked("heading", content);
    }

    /** A heading of plain text. */
    public static Heading of(int level, String text) {
      return new Heading(level, Inline.text(text));
    }

    /** Its plain text. */
    public String plainText() {
      return Inline.plainText(content);
    }
  }

  /**
   * A bulleted or numbered list.
   *
   * @param ordered whether its items are numbered
   * @param items at least one item; an item may hold one nested list, whose items hold none
   */
  record ItemList(boolean ordered, List<ListItem> items) implements Block {
    /** A list; it must have an item and at most one level of nesting. */
    public ItemList {
      Objects.requireNonNull(items, "list items are missing");
      if (items.isEmpty()) {
        throw new IllegalArgumentException("list has no items");
      }
      for (int i = 0; i < items.size(); i++) {
        ListItem item = items.get(i);
        if (item == null) {
          throw new IllegalArgumentException("list[" + i + "] is missing");
        }
      }
      items = List.copyOf(items);
    }

    /** Whether an item of this list holds a nested list. */
    boolean nests() {
      for (ListItem item : items) {
        if (item.sublist() != null) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A quotation of one or more paragraphs, optionally with who said it.
   *
   * @param paragraphs at least one
   * @param attribution the speaker, one line, or {@code null}
   */
  record Quote(List<Paragraph> paragraphs, String attribution) implements Block {
    /** A quote; it must have a paragraph, and the attribution is one clean line. */
    public Quote {
      Objects.requireNonNull(paragraphs, "quote paragraphs are missing");
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException("quote has no paragraphs");
      }
      for (int i = 0; i < paragraphs.size(); i++) {
        if (paragraphs.get(i) == null) {
          throw new IllegalArgumentException("quote[" + i + "] is missing");
        }
      }
      paragraphs = List.copyOf(paragraphs);
      if (attribution != null) {
        String problem = Text.problem(attribution);
        if (problem != null) {
          throw new IllegalArgumentException("quote attribution " + problem);
        }
      }
    }
  }

  /**
   * Inline content made canonical, with its plain text checked; {@code what} starts the message.
   */
  static List<Inline> checked(String what, List<Inline> content) {
    List<Inline> canonical = Inline.canonical(content);
    String problem = Text.problem(Inline.plainText(canonical));
    if (problem != null) {
      throw new IllegalArgumentException(what + " text " + problem);
    }
    return canonical;
  }
}
