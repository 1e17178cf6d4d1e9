package dev.pressroom.bench;

import dev.pressroom.RenderException;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Seed to PDF on one warm thread, next to minimal PDFBox programs that write the same lines with
 * the same Liberation fonts and no layout, tagging or metadata; and releases of 100 to 2,000
 * paragraphs, to show that time grows linearly.
 *
 * <pre>
 * mvn -B -q -o test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.openjdk.jmh.Main Pdf -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBenchmark {

  /** The seed and its lines as the renderer would show them (about 95 characters a line). */
  @State(Scope.Thread)
  public static class Seed {
    final PdfRenderer renderer = new PdfRenderer();
    final PressRelease release = Releases.seed();
    final List<String> lines = new ArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    TrueTypeFont regular;
    TrueTypeFont bold;

    @Setup
    public void setUp() throws IOException {
      lines.add(String.join(" > ", release.breadcrumb()));
      lines.add(release.timestamp().toString());
      for (String paragraph : release.paragraphs()) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          if (line.length() + word.length() > 95) {
            lines.add(line.toString().strip());
            line.setLength(0);
          }
          line.append(word).append(' ');
        }
        lines.add(line.toString().strip());
      }
      release.footerActions().forEach(a -> lines.add(a.label()));
      regular = new TTFParser().parse(new RandomAccessReadBuffer(font("Regular")));
      bold = new TTFParser().parse(new RandomAccessReadBuffer(font("Bold")));
    }
  }

  static InputStream font(String face) {
    return PdfBenchmark.class
        .getClassLoader()
        .getResourceAsStream("dev/pressroom/format/pdf/fonts/LiberationSerif-" + face + ".ttf");
  }

  @Benchmark
  public int seedToPdf(Seed seed) throws IOException, RenderException {
    seed.out.reset();
    seed.renderer.render(seed.release, seed.out);
    return seed.out.size();
  }

  /** What a straightforward PDFBox program does: load the fonts into each document. */
  @Benchmark
  public int pdfboxBaseline(Seed seed) throws IOException {
    try (PDDocument doc = new PDDocument();
        InputStream regular = font("Regular");
        InputStream bold = font("Bold")) {
      return baseline(
          seed, doc, PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true));
    }
  }

  /** The same, with the fonts parsed once and kept, as the renderer does. */
  @Benchmark
  public int pdfboxBaselineParsedFonts(Seed seed) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      return baseline(
          seed,
          doc,
          PDType0Font.load(doc, seed.regular, true),
          PDType0Font.load(doc, seed.bold, true));
    }
  }

  private static int baseline(Seed seed, PDDocument doc, PDFont regular, PDFont bold)
      throws IOException {
    int line = 0;
    while (line < seed.lines.size()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.newLineAtOffset(72, 770);
        content.setLeading(15.4f);
        if (line == 0) {
          content.setFont(bold, 21);
          content.showText(seed.release.title());
          content.newLine();
        }
        content.setFont(regular, 11);
        for (int n = 0; n < 45 && line < seed.lines.size(); n++) {
          content.showText(seed.lines.get(line++));
          content.newLine();
        }
        content.endText();
      }
    }
    seed.out.reset();
    doc.save(seed.out);
    return seed.out.size();
  }

  /** The seed's text as a version-2 release ({@link Releases#richSeed}). */
  @State(Scope.Thread)
  public static class Rich {
    final PdfRenderer renderer = new PdfRenderer();
    final ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PressRelease release;

    @Setup
    public void setUp() {
      release = Releases.richSeed();
    }
  }

  @Benchmark
  public int richSeedToPdf(Rich rich) throws IOException, RenderException {
    rich.out.reset();
    rich.renderer.render(rich.release, rich.out);
    return rich.out.size();
  }

  /** A release of many paragraphs cut from the seed's. */
  @State(Scope.Thread)
  public static class Long {
    @Param({"100", "1000", "2000"})
    int paragraphs;

    final PdfRenderer renderer = new PdfRenderer();
    final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    PressRelease release;

    @Setup
    public void setUp() {
      List<String> seed = Releases.seed().paragraphs();
      List<String> body = new ArrayList<>();
      for (int i = 0; i < paragraphs; i++) {
        body.add((i + 1) + ". " + seed.get(i % seed.size()));
      }
      release = Releases.seed().toBuilder().paragraphs(body).build();
    }
  }

  @Benchmark
  public int longReleaseToPdf(Long state) throws IOException, RenderException {
    state.out.reset();
    state.renderer.render(state.release, state.out);
    return state.out.size();
  }
}
