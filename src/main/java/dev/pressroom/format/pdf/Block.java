package dev.pressroom.format.pdf;

import java.net.URI;
import java.util.List;

/**
 * One block of text to lay out (breadcrumb, title, timestamp, a paragraph or an action): its text,
 * its look, and which structure element each piece of it belongs to.
 *
 * @param text the whole text of the block
 * @param pieces consecutive ranges of {@code text} with their element
 * @param style the look
 * @param target the link target of an action, or {@code null}
 */
record Block(String text, List<Piece> pieces, Style style, URI target) {

  /**
   * A range of the block's text.
   *
   * @param start first index
   * @param end index after the last
   * @param tag the element it belongs to, or {@code null} for an artifact (separators)
   * @param where the model field, for error messages ({@code paragraphs[3]})
   */
  record Piece(int start, int end, StructureTree.Tag tag, String where) {}

  /** A block that is one element. */
  static Block of(String text, StructureTree.Tag tag, String where, Style style) {
    return new Block(text, List.of(new Piece(0, text.length(), tag, where)), style, null);
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
