package dev.pressroom.bench;

import dev.pressroom.ParseException;
import dev.pressroom.format.pdf.PdfParser;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * Reading PDFs on one warm thread: the seed as Pressroom renders it (through its structure tree),
 * and the same seed without its structure tree, read by its layout as a foreign PDF would be.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.openjdk.jmh.Main PdfParse -f 1 -wi 3 -i 5
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class PdfParseBenchmark {
  private final PdfParser parser = new PdfParser();
  private byte[] seedPdf;
  private byte[] untaggedSeedPdf;

  @Setup
  public void render() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfRenderer().render(Releases.seed(), out);
    seedPdf = out.toByteArray();
    untaggedSeedPdf = withProducer(seedPdf, "Some Other Tool");
  }

  /** The same PDF under another producer's name, so the parser reads it by layout. */
  private static byte[] withProducer(byte[] pdf, String producer) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      document.getDocumentInformation().setProducer(producer);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Benchmark
  public PressRelease seedThroughStructureTree() throws ParseException {
    return parser.parse(new ByteArrayInputStream(seedPdf), ParseContext.of("seed.pdf"));
  }

  @Benchmark
  public PressRelease seedByLayout() throws ParseException {
    return parser.parse(new ByteArrayInputStream(untaggedSeedPdf), ParseContext.of("seed.pdf"));
  }
}
