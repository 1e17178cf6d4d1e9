package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;

/**
 * One input line with its ends stripped ({@link Text#strip}), its 1-based number and its
 * indentation width. Its {@link LineKind} is worked out once, on demand.
 */
final class Line {
  final int number;
  final String text;
  final int indent;
  private LineKind kind;

  Line(int number, String text, int indent) {
    this.number = number;
    this.text = text;
    this.indent = indent;
  }

  /** Whether the line is empty; a lone escape backslash counts as an (escaped) empty line. */
  boolean blank() {
    return text.isEmpty() || text.equals("\\");
  }

  /** Whether the line begins with the escape backslash: its content is taken literally. */
  boolean escaped() {
    return !text.isEmpty() && text.charAt(0) == '\\';
  }

  /** The line's text with one leading escape backslash removed (and the ends stripped again). */
  String content() {
    return escaped() ? Text.strip(text.substring(1)) : text;
  }

  /** What an unescaped line would be read as; {@link LineKind#PLAIN} for escaped lines. */
  LineKind kind() {
    if (kind == null) {
      kind = escaped() ? LineKind.PLAIN : Classifier.kind(text);
    }
    return kind;
  }
}
