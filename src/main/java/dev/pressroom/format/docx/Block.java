package dev.pressroom.format.docx;

import java.util.ArrayList;
import java.util.List;

/** One paragraph as {@link DocumentReader} found it: its style, visible text and looks. */
final class Block {
  /**
   * The visible text of one run, its character style and its looks.
   *
   * @param charStyle the run's character style id, or {@code null}
   * @param text the run's text
   * @param bold whether the run is bold, by its own properties or its styles
   * @param italic whether the run is italic, by its own properties or its character style
   * @param link the external target of the hyperlink the run is in, or {@code null}
   * @param ownBold whether the run's own properties make it bold ({@code w:b})
   * @param ownItalic whether the run's own properties make it italic ({@code w:i})
   */
  record Piece(
      String charStyle,
      String text,
      boolean bold,
      boolean italic,
      String link,
      boolean ownBold,
      boolean ownItalic) {}

  String style;
  int outline = -1;
  boolean numbered;

  /** A list item's level ({@code w:ilvl}, 0 at the top) and numbering ({@code w:numId}). */
  int listLevel;

  String numId;

  /** Whether its numbering counts (a number format other than bullets), once resolved. */
  boolean ordered;

  boolean centered;

  /** Whether the paragraph sets {@code w:contextualSpacing} itself. */
  boolean contextual;

  boolean markDeleted;
  boolean inTable;
  final StringBuilder text = new StringBuilder();
  final List<Piece> pieces = new ArrayList<>();
  boolean allBold = true;
  boolean anyText;
  int maxSize;
  String link;

  /** Whether the text is short enough to be a headline. */
  boolean isShort() {
    return text.length() <= 200;
  }
}
