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
 * 20,000 releases a second each. {@code parseOwnSeed} reads the seed as the renderer writes it (the
 * exact path); {@code parseRich} and {@code renderRich} do the same for a version-2 release of the
 * seed's words (subtitle, headings, a list, a quote, links, a contact, boilerplate), which should
 * cost at most 1.5 times the seed. Run from the repository root:
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
  private byte[] ownSeedBytes;
  private PressRelease rich;
  private byte[] richBytes;

  @Setup
  public void setUp() throws IOException {
    seedBytes = Files.readAllBytes(Seeds.seedFile());
    seed = Releases.seed();
    ownSeedBytes = render(seed);
    rich = Releases.richSeed();
    richBytes = render(rich);
  }

  private byte[] render(PressRelease release) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    renderer.render(release, out);
    return out.toByteArray();
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

  @Benchmark
  public PressRelease parseOwnSeed() throws ParseException {
    return parser.parse(new ByteArrayInputStream(ownSeedBytes), context);
  }

  @Benchmark
  public PressRelease parseRich() throws ParseException {
    return parser.parse(new ByteArrayInputStream(richBytes), context);
  }

  @Benchmark
  public byte[] renderRich() throws IOException {
    return render(rich);
  }
}
