package dev.pressroom.format.pdf;

import java.net.URI;
import java.util.List;

/**
 * One block of text to lay out (breadcrumb, title, a paragraph, a list item, an action …): its
 * text, its look, and which structure element each piece of it belongs to.
 *
 * @param text the whole text of the block
 * @param pieces consecutive ranges of {@code text} with their element
 * @param style the look
 * @param indent how far every line starts right of the left margin, in points
 * @param label a list item's label, drawn on the first line {@code hang} points left of the text,
 *     or {@code null}
 * @param hang how far left of the text the label starts
 */
record Block(String text, List<Piece> pieces, Style style, float indent, Block label, float hang) {

  /**
   * A range of the block's text.
   *
   * @param start first index
   * @param end index after the last
   * @param tag the element it belongs to, or {@code null} for an artifact (separators)
   * @param where the model field, for error messages ({@code paragraphs[3]})
   * @param face the weight and slant it is set in
   * @param link the link it is part of, or {@code null}
   */
  record Piece(
      int start, int end, StructureTree.Tag tag, String where, FontChain.Face face, Link link) {

    /** A piece in the block's own face, not a link. */
    Piece(int start, int end, StructureTree.Tag tag, String where) {
      this(start, end, tag, where, null, null);
    }
  }

  /**
   * A link: the element its annotations belong to, where it leads, and its whole text (the
   * annotations' {@code /Contents}).
   */
  record Link(StructureTree.Tag tag, URI target, String text) {}

  /** A block at the left margin without a label. */
  Block(String text, List<Piece> pieces, Style style) {
    this(text, pieces, style, 0, null, 0);
  }

  /** A block that is one element. */
  static Block of(String text, StructureTree.Tag tag, String where, Style style) {
    return new Block(text, List.of(new Piece(0, text.length(), tag, where)), style);
  }

  /** Whether a piece of the block is (part of) a link. */
  boolean hasLinks() {
    for (Piece piece : pieces) {
      if (piece.link() != null) {
        return true;
      }
    }
    return false;
  }

  /** The face a piece is set in. */
  FontChain.Face face(Piece piece) {
    return piece.face() != null
        ? piece.face()
        : style.bold() ? FontChain.Face.BOLD : FontChain.Face.REGULAR;
  }

  /**
   * How a block looks.
   *
   * @param bold bold face
   * @param size font size in points
   * @param leading distance between baselines
   * @param rgb text colour, components 0 to 1
   * @param before space above the block
   * @param justify whether full lines are justified
   * @param ruleAbove whether a thin rule is drawn above the block
   */
  record Style(
      boolean bold,
      float size,
      float leading,
      float[] rgb,
      float before,
      boolean justify,
      boolean ruleAbove) {}
}
