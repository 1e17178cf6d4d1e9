package dev.pressroom.bench;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.spi.ReleaseRenderer;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A version-2 release against the seed in every format, one warm thread: {@code seed} is the seed
 * release, {@code rich} the same text laid out as a real release (a subtitle, headings, a quote
 * with attribution, a bulleted and a numbered list with a nested level, emphasis, strong and links,
 * a contact and boilerplate), within a few characters of the seed's length. Rendering and parsing
 * the rich one should cost at most 1.5 times the seed.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
 *     RichRelease -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RichReleaseBenchmark {
  @Param({"txt", "md", "docx", "pdf", "html", "json"})
  public String format;

  @Param({"seed", "rich"})
  public String release;

  private ReleaseRenderer renderer;
  private ReleaseParser parser;
  private PressRelease model;
  private byte[] file;

  @Setup
  public void setUp() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    renderer = pressroom.renderer(format).orElseThrow();
    parser = pressroom.parser(format).orElseThrow();
    model = release.equals("seed") ? Releases.seed() : Releases.richSeed();
    file = render();
    PressRelease read = parse();
    if (!read.equals(renderer.carried(model))) {
      throw new IllegalStateException(format + " does not read back the " + release + " release");
    }
  }

  @Benchmark
  public byte[] render() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    renderer.render(model, out);
    return out.toByteArray();
  }

  @Benchmark
  public PressRelease parse() throws Exception {
    return parser.parse(new ByteArrayInputStream(file), ParseContext.of("bench." + format));
  }
}
