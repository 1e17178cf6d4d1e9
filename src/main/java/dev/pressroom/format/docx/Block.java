package dev.pressroom.format.docx;

import java.util.ArrayList;
import java.util.List;

/** One paragraph as {@link DocumentReader} found it: its style, visible text and looks. */
final class Block {
  /** The visible text of one run and its character style. */
  record Piece(String charStyle, String text) {}

  String style;
  int outline = -1;
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
