package dev.pressroom.bench;

import dev.pressroom.format.md.MarkdownParser;
import dev.pressroom.format.md.MarkdownRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed to Markdown and back, one thread; the target is 20,000 releases/s each way. {@code
 * parseHandEdited} reads the same file with one byte changed, so that the fast path for our own
 * output refuses it and flexmark and snakeyaml-engine do the whole work.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main Markdown -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MarkdownBenchmark {
  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final MarkdownParser parser = new MarkdownParser();
  private PressRelease seed;
  private byte[] markdown;
  private byte[] handEdited;

  @Setup
  public void setUp() throws Exception {
    seed = Releases.seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(seed, out);
    markdown = out.toByteArray();
    // An extra space after the title key: still the same release, no longer our exact shape.
    handEdited =
        new String(markdown, StandardCharsets.UTF_8)
            .replaceFirst("title: ", "title:  ")
            .getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public byte[] render() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    renderer.render(seed, out);
    return out.toByteArray();
  }

  @Benchmark
  public PressRelease parse() throws Exception {
    return parser.parse(new ByteArrayInputStream(markdown), ParseContext.defaults());
  }

  @Benchmark
  public PressRelease parseHandEdited() throws Exception {
    return parser.parse(new ByteArrayInputStream(handEdited), ParseContext.defaults());
  }
}
