package dev.pressroom.bench;

import dev.pressroom.ParseException;
import dev.pressroom.format.txt.TxtParser;
import dev.pressroom.format.txt.TxtRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * txt parse of the seed's bytes and txt render of the seed's release, one thread; the target is
 * 20,000 releases a second each. Run from the repository root:
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main Txt -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TxtBenchmark {
  private final TxtParser parser = new TxtParser();
  private final TxtRenderer renderer = new TxtRenderer();
  private final ParseContext context = ParseContext.of("seed.txt");
  private byte[] seedBytes;
  private PressRelease seed;

  @Setup
  public void setUp() throws IOException {
    seedBytes = Files.readAllBytes(Seeds.seedFile());
    seed = Releases.seed();
  }

  @Benchmark
  public PressRelease parseSeed() throws ParseException {
    return parser.parse(new ByteArrayInputStream(seedBytes), context);
  }

  @Benchmark
  public byte[] renderSeed() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    renderer.render(seed, out);
    return out.toByteArray();
  }
}
