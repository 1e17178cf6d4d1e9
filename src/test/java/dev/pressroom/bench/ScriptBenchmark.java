package dev.pressroom.bench;

import dev.pressroom.RenderException;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.Logo;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.print.StyleException;
import dev.pressroom.testing.Logos;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Scripts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * PDF rendering of the seed (Latin: the fast path, with kerning; Latin-en: the same in English,
 * hyphenated; Letterhead: the seed on a letterhead with a logo) against releases of the seed's
 * length in a script that is shaped: every paragraph of the seed replaced by sample text of the
 * same length. The shaped ones use the Noto faces of Debian's fonts-noto-core.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main \
 *     ScriptBenchmark -f 1 -wi 3 -w 1s -i 5 -r 1s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScriptBenchmark {
  @Param({"Latin", "Latin-en", "Letterhead", "Arabic", "Hebrew", "Devanagari", "Thai"})
  public String script;

  private PdfRenderer renderer;
  private PressRelease release;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);

  @Setup
  public void setUp() {
    PressRelease seed = Releases.seed();
    if (script.startsWith("Latin")) {
      renderer = new PdfRenderer();
      // Latin-en: the seed in English, so that its lines are hyphenated
      release = script.equals("Latin") ? seed : seed.toBuilder().language("en").build();
      return;
    }
    if (script.equals("Letterhead")) {
      // the seed on a letterhead with a PNG logo: the image is made once, with the renderer
      try {
        PrintStyle style =
            PrintStyle.builder()
                .organization("Ministry of Examples")
                .logo(Logo.of(Logos.png(), "logo.png"))
                .immediateRelease(true)
                .build();
        renderer = PdfRenderer.builder().style(style).build();
      } catch (StyleException e) {
        throw new IllegalStateException(e);
      }
      release = seed;
      return;
    }
    Scripts.Sample sample = Scripts.sample(script);
    renderer = PdfRenderer.builder().addFont(sample.regular()).addFont(sample.bold()).build();
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : seed.paragraphs()) {
      paragraphs.add(ofLength(sample.text(), paragraph.length()));
    }
    release =
        PressRelease.builder()
            .breadcrumb(seed.breadcrumb())
            .title(ofLength(sample.text(), seed.title().length()))
            .timestamp(seed.timestamp())
            .language(sample.language())
            .paragraphs(paragraphs)
            .footerActions(seed.footerActions())
            .build();
  }

  /** The sample repeated and cut at a space to about {@code length} characters. */
  static String ofLength(String sample, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(text.length() == 0 ? "" : " ").append(sample);
    }
    int cut = text.lastIndexOf(" ", length);
    return text.substring(0, cut > 0 ? cut : text.length()).strip();
  }

  @Benchmark
  public int render() throws IOException, RenderException {
    out.reset();
    renderer.render(release, out);
    return out.size();
  }
}
