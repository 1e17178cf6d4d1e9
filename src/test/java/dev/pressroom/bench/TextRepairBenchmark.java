package dev.pressroom.bench;

import dev.pressroom.internal.TextRepair;
import dev.pressroom.testing.Releases;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text repair of the seed's text (about 4,000 characters) on one warm thread: clean text takes the
 * fast path (one scan, no copy), a French text with accents the careful one, the seed as Latin-1
 * mojibake the repair itself.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.openjdk.jmh.Main TextRepair -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextRepairBenchmark {
  private String clean;
  private String accented;
  private String mojibake;

  @Setup
  public void setUp() {
    clean = String.join("\n", Releases.seed().paragraphs());
    accented =
        clean.replace("China", "Chine").replace("the ", "l’été ").replace("and ", "et déjà ");
    mojibake = new String(accented.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @Benchmark
  public String cleanText() {
    return TextRepair.repair(clean).text();
  }

  @Benchmark
  public String accentedText() {
    return TextRepair.repair(accented).text();
  }

  @Benchmark
  public String mojibakeText() {
    return TextRepair.repair(mojibake).text();
  }
}
