package dev.pressroom.bench;

import dev.pressroom.ParseException;
import dev.pressroom.format.docx.DocxParser;
import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * The seed release to DOCX and back, on one warm thread. Target: at most 2 ms per operation.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main Docx -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class DocxBenchmark {
  private final DocxRenderer renderer = new DocxRenderer();
  private final DocxParser parser = new DocxParser();
  private PressRelease seed;
  private byte[] docx;

  @Setup
  public void setUp() throws IOException {
    seed = Releases.seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(seed, out);
    docx = out.toByteArray();
  }

  @Benchmark
  public byte[] render() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    renderer.render(seed, out);
    return out.toByteArray();
  }

  @Benchmark
  public PressRelease parse() throws ParseException {
    return parser.parse(new ByteArrayInputStream(docx), ParseContext.of("seed.docx"));
  }
}
