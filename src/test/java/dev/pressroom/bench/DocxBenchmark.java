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
 * The seed release to DOCX and back, the same text as a version-2 release (subtitle, headings, a
 * nested list, a quote, marks and links, a contact and boilerplate), and a DOCX of the seed made by
 * pandoc read by the shared reading pipeline, on one warm thread. Target: at most 2 ms per
 * operation, and the rich release within 1.5 times the seed.
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
  private PressRelease rich;
  private byte[] docx;
  private byte[] richDocx;
  private byte[] foreignDocx;

  @Setup
  public void setUp() throws IOException {
    seed = Releases.seed();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(seed, out);
    docx = out.toByteArray();
    rich = Releases.richSeed();
    out.reset();
    renderer.render(rich, out);
    richDocx = out.toByteArray();
    foreignDocx = pandocDocx(seed);
  }

  /** The seed as a DOCX another tool made: pandoc from the seed's Markdown, read by heuristics. */
  private static byte[] pandocDocx(PressRelease seed) throws IOException {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("docx-bench");
    java.nio.file.Path md = dir.resolve("seed.md");
    java.nio.file.Path out = dir.resolve("seed.docx");
    ByteArrayOutputStream markdown = new ByteArrayOutputStream();
    try {
      new dev.pressroom.format.md.MarkdownRenderer().render(seed, markdown);
      java.nio.file.Files.write(md, markdown.toByteArray());
      Process pandoc =
          new ProcessBuilder("pandoc", "-f", "markdown", "-o", out.toString(), md.toString())
              .redirectErrorStream(true)
              .start();
      pandoc.getInputStream().readAllBytes();
      if (pandoc.waitFor() != 0) {
        throw new IOException("pandoc failed");
      }
      return java.nio.file.Files.readAllBytes(out);
    } catch (InterruptedException e) {
      throw new IOException(e);
    } finally {
      java.nio.file.Files.deleteIfExists(md);
      java.nio.file.Files.deleteIfExists(out);
      java.nio.file.Files.delete(dir);
    }
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

  /** The seed's text as a version-2 release, rendered. */
  @Benchmark
  public byte[] renderRich() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    renderer.render(rich, out);
    return out.toByteArray();
  }

  /** The seed's text as a version-2 release, read back. */
  @Benchmark
  public PressRelease parseRich() throws ParseException {
    return parser.parse(new ByteArrayInputStream(richDocx), ParseContext.of("rich.docx"));
  }

  /** A DOCX pandoc made (needs pandoc on the PATH): the shared reading pipeline's path. */
  @Benchmark
  public PressRelease parseForeign() throws ParseException {
    return parser.parse(new ByteArrayInputStream(foreignDocx), ParseContext.of("pandoc.docx"));
  }
}
