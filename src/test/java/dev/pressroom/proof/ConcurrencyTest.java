package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.RenderException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parsers and renderers are documented as thread-safe: shared instances used from 8 threads, many
 * times over, give exactly the bytes and models one thread gives.
 */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 4;

  @TestFactory
  Stream<DynamicTest> eightThreadsGiveTheSameBytesAsOne() {
    return Formats.roundTripping().stream()
        .map(format -> DynamicTest.dynamicTest(format, () -> check(format)));
  }

  private static void check(String format) throws Exception {
    List<PressRelease> releases = new ArrayList<>();
    releases.add(Releases.seed());
    releases.addAll(Formats.sample(Releases.release(0, 8), 15, 7));
    List<byte[]> expected = new ArrayList<>();
    List<PressRelease> parsedAlone = new ArrayList<>();
    List<PressRelease> renderable = new ArrayList<>();
    for (PressRelease release : releases) {
      try {
        byte[] bytes = Formats.PRESSROOM.render(release, format);
        expected.add(bytes);
        renderable.add(release);
        parsedAlone.add(Formats.PRESSROOM.parse(bytes, format, "alone"));
      } catch (RenderException e) {
        // not every generated text can be shown in every format (fonts); skip it here
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        futures.add(
            pool.submit(
                (Callable<Void>)
                    () -> {
                      List<Integer> order = new ArrayList<>();
                      for (int i = 0; i < renderable.size(); i++) {
                        order.add(i);
                      }
                      for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new Random(seed * 100 + round));
                        for (int i : order) {
                          byte[] bytes = Formats.PRESSROOM.render(renderable.get(i), format);
                          assertArrayEquals(expected.get(i), bytes, format + " release " + i);
                          assertEquals(
                              parsedAlone.get(i),
                              Formats.PRESSROOM.parse(bytes, format, "thread"),
                              format + " release " + i);
                        }
                      }
                      return null;
                    }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
