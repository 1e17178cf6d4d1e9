package dev.pressroom.reading;

import java.util.Objects;

/**
 * Inline markup over a range of a block's text: emphasis, strong text or a link.
 *
 * @param start the first index in the block's text
 * @param end the index after the last
 * @param kind what the range is
 * @param target the link target as the source wrote it, {@code null} unless a link
 */
public record Span(int start, int end, Kind kind, String target) {

  /** The kinds of inline markup. */
  public enum Kind {
    EMPHASIS,
    STRONG,
    LINK
  }

  public Span {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span range " + start + ".." + end);
    }
  }
}
