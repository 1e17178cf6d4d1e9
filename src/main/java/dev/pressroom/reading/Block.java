package dev.pressroom.reading;

import java.util.List;
import java.util.Objects;

/**
 * One block of a foreign document, in reading order: its text and what the source says about it.
 *
 * <p>The text is as the source gave it, except that readers fold their own markup away: it may hold
 * line breaks ({@code \n}) where the source broke lines inside the block (hard-wrapped plain text,
 * PDF lines), which the line-joining pass joins; it is never {@code null} and may be blank only for
 * {@link Kind#RULE}.
 *
 * @param kind what the source says the block is
 * @param text the block's text
 * @param level a heading's level (1 to 6), a list item's nesting depth (0 at the top), else 0
 * @param marker a list item's marker as written ({@code •}, {@code 1.}); {@code —} on a quote block
 *     that the source marks as the quote's attribution (an HTML quote's {@code <footer>}); else
 *     {@code null}
 * @param spans inline markup over ranges of {@code text}, in order
 * @param layout how it looks
 * @param place where it is in the source, for warnings and errors ({@code line 12}, {@code page 2},
 *     {@code word/document.xml, paragraph 5}), or {@code null}
 * @param literal whether the source marks the text as meant literally (a plain-text line escaped
 *     with a backslash, a Markdown paragraph whose first character is escaped): no convention
 *     (banner, end mark, date line, contact head) is read into it
 */
public record Block(
    Kind kind,
    String text,
    int level,
    String marker,
    List<Span> spans,
    Layout layout,
    String place,
    boolean literal) {

  /** What the source says a block is. */
  public enum Kind {
    /** Running text, or anything the source does not qualify. */
    PARAGRAPH,
    /** A heading of {@link #level()}; level 1 is the document's top heading. */
    HEADING,
    /** An item of a list. */
    LIST_ITEM,
    /** A block quotation. */
    QUOTE,
    /** The text of one table cell. */
    TABLE_CELL,
    /** A figure or table caption. */
    CAPTION,
    /** Preformatted text or code. */
    PREFORMATTED,
    /** A thematic break (a horizontal rule): no text. */
    RULE
  }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    spans = spans == null ? List.of() : List.copyOf(spans);
    layout = layout == null ? Layout.NONE : layout;
  }

  /** A block that is not literal. */
  public Block(
      Kind kind,
      String text,
      int level,
      String marker,
      List<Span> spans,
      Layout layout,
      String place) {
    this(kind, text, level, marker, spans, layout, place, false);
  }

  /** A plain paragraph block with no layout. */
  public static Block paragraph(String text, String place) {
    return new Block(Kind.PARAGRAPH, text, 0, null, List.of(), Layout.NONE, place);
  }

  /** A heading block with no layout. */
  public static Block heading(int level, String text, String place) {
    return new Block(Kind.HEADING, text, level, null, List.of(), Layout.NONE, place);
  }

  /** This block with other text (spans dropped, since their ranges no longer hold). */
  public Block withText(String newText) {
    return new Block(kind, newText, level, marker, List.of(), layout, place, literal);
  }

  /** This block as another kind. */
  public Block withKind(Kind newKind) {
    return new Block(newKind, text, level, marker, spans, layout, place, literal);
  }

  /** This block at another place (for a block split off another). */
  public Block withPlace(String newPlace) {
    return new Block(kind, text, level, marker, spans, layout, newPlace, literal);
  }

  /** Whether conventions may be read into this block: it is not literal and not preformatted. */
  public boolean plain() {
    return !literal && kind != Kind.PREFORMATTED;
  }
}
