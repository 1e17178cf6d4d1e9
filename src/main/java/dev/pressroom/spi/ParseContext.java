package dev.pressroom.spi;

import dev.pressroom.Limits;
import dev.pressroom.ParseWarning;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a parser is told besides the bytes: a name for the input (for messages), the limits to
 * enforce, and where to report what it repaired or left out.
 *
 * @param sourceName the input's name, such as a file name; {@code "<input>"} when unknown
 * @param limits the resource limits to enforce
 * @param warnings receives a {@link ParseWarning} for each repair a reader made; called on the
 *     parsing thread, in input order
 */
public record ParseContext(String sourceName, Limits limits, Consumer<ParseWarning> warnings) {

  private static final Consumer<ParseWarning> IGNORE = w -> {};

  /** A context; neither part may be {@code null}. */
  public ParseContext {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(warnings, "warnings");
  }

  /** A context that ignores warnings. */
  public ParseContext(String sourceName, Limits limits) {
    this(sourceName, limits, IGNORE);
  }

  /** A context with default limits. */
  public static ParseContext of(String sourceName) {
    return new ParseContext(sourceName, Limits.defaults());
  }

  /** A context for an unnamed input with default limits. */
  public static ParseContext defaults() {
    return of("<input>");
  }

  /** This context, sending warnings to {@code sink}. */
  public ParseContext withWarnings(Consumer<ParseWarning> sink) {
    return new ParseContext(sourceName, limits, sink);
  }
}
