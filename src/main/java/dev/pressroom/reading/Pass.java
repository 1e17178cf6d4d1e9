package dev.pressroom.reading;

import dev.pressroom.ParseException;

/** One step of {@link Assembler}: reads and changes the {@link Draft}. */
interface Pass {
  /**
   * Applies this step.
   *
   * @throws ParseException when the document cannot make a release (no title anywhere, a limit)
   */
  void apply(Draft draft) throws ParseException;
}
