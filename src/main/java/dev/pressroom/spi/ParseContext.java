package dev.pressroom.spi;

import dev.pressroom.Limits;
import java.util.Objects;

/**
 * What a parser is told besides the bytes: a name for the input (for messages) and the limits to
 * enforce.
 *
 * @param sourceName the input's name, such as a file name; {@code "<input>"} when unknown
 * @param limits the resource limits to enforce
 */
public record ParseContext(String sourceName, Limits limits) {

  /** A context; neither part may be {@code null}. */
  public ParseContext {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(limits, "limits");
  }

  /** A context with default limits. */
  public static ParseContext of(String sourceName) {
    return new ParseContext(sourceName, Limits.defaults());
  }

  /** A context for an unnamed input with default limits. */
  public static ParseContext defaults() {
    return of("<input>");
  }
}
