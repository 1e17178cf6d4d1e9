package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.Seeds;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The corpus score ({@link CorpusScore}) may only go up: the floor is today's figure, raised as the
 * readers improve. The table is printed so that the build log shows what failed.
 */
class CorpusScoreTest {
  /** The score on the shared corpus the last time a reader improved; the README quotes it. */
  private static final double FLOOR = 0.99;

  @Test
  void corpusScoreDoesNotDrop() {
    Path corpus = Seeds.corpus("txt").getParent();
    CorpusScore.Result result = CorpusScore.score(corpus);
    System.out.print(result.report());
    assertTrue(
        result.score() >= FLOOR,
        "corpus score " + result.score() + " fell below " + FLOOR + ":\n" + result.report());
  }
}
