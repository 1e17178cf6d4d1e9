package dev.pressroom.reading;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;

/**
 * The context's limits on what the body became: at most {@link Limits#maxParagraphs()} paragraphs,
 * each at most {@link Limits#maxParagraphChars()} characters. A breach is a {@link
 * LimitExceededException} naming the block's place.
 */
final class LimitsPass implements Pass {
  @Override
  public void apply(Draft draft) throws LimitExceededException {
    Limits limits = draft.context.limits();
    int count = 0;
    for (Block block : draft.blocks) {
      if (!Assembler.isParagraph(block)) {
        continue;
      }
      if (++count > limits.maxParagraphs()) {
        throw new LimitExceededException(
            block.place(),
            "more paragraphs than the limit of "
                + limits.maxParagraphs()
                + " (raise Limits.maxParagraphs)");
      }
      if (block.text().length() > limits.maxParagraphChars()) {
        throw new LimitExceededException(
            block.place(),
            "paragraph is longer than the limit of "
                + limits.maxParagraphChars()
                + " characters (raise Limits.maxParagraphChars)");
      }
    }
  }
}
