package dev.pressroom.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * PDF renders timed by the thread's CPU time rather than the clock: on a shared machine, where
 * JMH's wall-clock figures spread by ±100 %, the CPU time one render takes is still steady to a few
 * per cent. Prints the best of five rounds for the seed and for the {@link ScriptBenchmark}
 * releases.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     dev.pressroom.bench.CpuTimeRenders [WARM-UP] [RENDERS] [SCRIPT ...]
 * </pre>
 */
public final class CpuTimeRenders {
  private CpuTimeRenders() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int renders = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    String[] scripts =
        args.length > 2
            ? java.util.Arrays.copyOfRange(args, 2, args.length)
            : new String[] {"Latin", "Letterhead", "Arabic", "Hebrew", "Devanagari", "Thai"};
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String script : scripts) {
      ScriptBenchmark state = new ScriptBenchmark();
      state.script = script;
      state.setUp();
      for (int i = 0; i < warmUp; i++) {
        state.render();
      }
      double best = Double.MAX_VALUE;
      int bytes = 0;
      for (int round = 0; round < 5; round++) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < renders; i++) {
          bytes = state.render();
        }
        best = Math.min(best, (threads.getCurrentThreadCpuTime() - start) / 1e6 / renders);
      }
      System.out.printf(
          Locale.ROOT, "%-11s %.3f ms CPU per render (%,d bytes)%n", script, best, bytes);
    }
  }
}
