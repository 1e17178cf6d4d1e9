package dev.pressroom;

import java.util.Objects;

/**
 * Something a parser repaired or left out while reading a document it did not write: mojibake
 * repaired, a control character dropped, an invalid language tag corrected, a link to a scheme the
 * model does not allow kept as text. The release is still valid; the warning says what differs from
 * the bytes.
 *
 * @param source the input's name, as in the {@link dev.pressroom.spi.ParseContext}
 * @param location where in the input ({@code line 3}, {@code page 2}), or {@code null}
 * @param message what was repaired or left out, one line
 */
public record ParseWarning(String source, String location, String message) {

  public ParseWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location == null ? source + ": " + message : source + ": " + location + ": " + message;
  }
}
