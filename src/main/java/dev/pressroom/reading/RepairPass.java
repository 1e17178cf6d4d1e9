package dev.pressroom.reading;

/**
 * Text repair: mojibake, stray control characters, odd spaces. The first pass; it changes nothing
 * yet.
 */
final class RepairPass implements Pass {
  @Override
  public void apply(Draft draft) {}
}
