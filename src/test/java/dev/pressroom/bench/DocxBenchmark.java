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
    rich = rich(seed);
    out.reset();
    renderer.render(rich, out);
    richDocx = out.toByteArray();
    foreignDocx = pandocDocx(seed);
  }

  /**
   * The seed's text as a version-2 release shaped the way press offices write one: a subtitle, the
   * dateline in bold, a link and an emphasis in some paragraphs, section headings, one bulleted
   * list with a nested numbered list, a quote with its attribution, a contact and the boilerplate.
   * Its text is the seed's, so it is as long.
   */
  public static PressRelease rich(PressRelease seed) {
    java.util.List<String> p = seed.paragraphs();
    java.util.List<dev.pressroom.model.Block> body = new java.util.ArrayList<>();
    java.net.URI link = java.net.URI.create("https://www.fmprc.gov.cn/mfa_eng/");
    for (int i = 0; i < p.size(); i++) {
      String text = p.get(i);
      int cut = text.indexOf(' ', Math.min(text.length() - 1, 24));
      boolean marked = i % 3 == 0 && cut > 0;
      java.util.List<dev.pressroom.model.Inline> content =
          !marked
              ? dev.pressroom.model.Inline.text(text)
              : java.util.List.of(
                  i == 0
                      ? new dev.pressroom.model.Inline.Strong(
                          dev.pressroom.model.Inline.text(text.substring(0, cut)))
                      : new dev.pressroom.model.Inline.Link(
                          java.util.List.of(
                              new dev.pressroom.model.Inline.Emphasis(
                                  dev.pressroom.model.Inline.text(text.substring(0, cut)))),
                          link),
                  new dev.pressroom.model.Inline.Text(text.substring(cut)));
      if (i == 2) {
        body.add(dev.pressroom.model.Block.Heading.of(2, "The talks"));
      }
      if (i == p.size() - 3) {
        body.add(dev.pressroom.model.Block.Heading.of(3, "What was agreed"));
      }
      if (i == 4) {
        body.add(
            new dev.pressroom.model.Block.ItemList(
                false,
                java.util.List.of(
                    new dev.pressroom.model.ListItem(
                        content,
                        new dev.pressroom.model.Block.ItemList(
                            true,
                            java.util.List.of(
                                dev.pressroom.model.ListItem.of("first"),
                                dev.pressroom.model.ListItem.of("second")))),
                    dev.pressroom.model.ListItem.of("Exchanges between the peoples"))));
      } else if (i == 6) {
        body.add(
            new dev.pressroom.model.Block.Quote(
                java.util.List.of(new dev.pressroom.model.Block.Paragraph(content)), "Wang Yi"));
      } else {
        body.add(new dev.pressroom.model.Block.Paragraph(content));
      }
    }
    return seed.toBuilder()
        .subtitle("Talks in Washington")
        .body(body)
        .contact(
            new dev.pressroom.model.Contact(
                "Press Office",
                null,
                "Ministry of Foreign Affairs",
                "press@example.org",
                null,
                link))
        .boilerplate(
            java.util.List.of(dev.pressroom.model.Block.Paragraph.of("The ministry informs.")))
        .build();
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
