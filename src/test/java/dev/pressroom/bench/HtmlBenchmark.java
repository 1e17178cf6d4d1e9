package dev.pressroom.bench;

import dev.pressroom.ParseException;
import dev.pressroom.RenderException;
import dev.pressroom.format.html.HtmlParser;
import dev.pressroom.format.html.HtmlRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * HTML speed on one warm thread: parsing a 100 KB press page (navigation menu, sidebar,
 * related-news list, share bar, cookie banner and footer around a long release; built here from
 * text we write) must take at most 5 ms, rendering the seed at most 0.2 ms.
 *
 * <pre>
 * mvn -B -q -o test-compile &amp;&amp; java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.openjdk.jmh.Main Html -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@State(Scope.Benchmark)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HtmlBenchmark {
  private final HtmlParser parser = new HtmlParser();
  private final HtmlRenderer renderer = new HtmlRenderer();
  private byte[] page;
  private PressRelease seed;

  @Setup
  public void setUp() throws ParseException {
    page = pressPage(100 * 1024);
    seed = Releases.seed();
    PressRelease read = parser.parse(new ByteArrayInputStream(page), ParseContext.defaults());
    if (read.paragraphs().size() < 20
        || !read.title().equals("Ministry Presents the National Rail Plan")) {
      throw new IllegalStateException("the benchmark page does not parse as intended: " + read);
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public PressRelease parse100KbPressPage() throws ParseException {
    return parser.parse(new ByteArrayInputStream(page), ParseContext.defaults());
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] renderSeed() throws IOException, RenderException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    renderer.render(seed, out);
    return out.toByteArray();
  }

  /** A press page of about {@code size} bytes, shaped like a ministry's news page. */
  static byte[] pressPage(int size) {
    StringBuilder html = new StringBuilder(size + 4096);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Ministry Presents the National Rail Plan | Ministry of Transport</title>")
        .append("<meta property=\"og:site_name\" content=\"Ministry of Transport\">")
        .append("<meta property=\"article:published_time\" content=\"2024-03-05T10:30:00+01:00\">")
        .append("<script>var tracking = {id: 42, pages: []};</script>")
        .append("<style>body{font-family:sans-serif}.nav li{float:left}</style></head><body>")
        .append(
            "<div id=\"cookie-banner\"><p>We use cookies to make this site work. Accept them or")
        .append(" read our privacy notice to learn more.</p><button>Accept</button></div>")
        .append(
            "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Ministry of Transport</a></div>")
        .append("<nav class=\"nav\"><ul>");
    for (int i = 0; i < 120; i++) {
      html.append("<li><a href=\"/section/")
          .append(i)
          .append("/\">Section number ")
          .append(i)
          .append(" of the ministry website</a><ul><li><a href=\"/section/")
          .append(i)
          .append("/sub/\">Subsection ")
          .append(i)
          .append("</a></li></ul></li>");
    }
    html.append("</ul></nav></header><div class=\"container\">")
        .append("<div class=\"breadcrumb\">You are here: <a href=\"/\">Home</a> &gt; ")
        .append(
            "<a href=\"/news/\">News</a> &gt; <a href=\"/news/press/\">Press releases</a></div>")
        .append("<div class=\"col-main\"><h1>Ministry Presents the National Rail Plan</h1>")
        .append(
            "<p class=\"date\">05.03.2024</p><div class=\"share-bar\"><a href=\"/s/fb\">Facebook</a>")
        .append("<a href=\"/s/x\">X</a><a href=\"/s/mail\">E-mail</a></div><div class=\"text\">");
    int paragraph = 0;
    int bodyEnd = size * 6 / 10;
    while (html.length() < bodyEnd) {
      paragraph++;
      html.append("<p>Paragraph ")
          .append(paragraph)
          .append(": The ministry presented its plan for the national rail network, which adds new")
          .append(
              " lines, modernises <strong>stations</strong> and &quot;signalling&quot; and raises")
          .append(
              " the frequency of regional trains. The plan was drawn up together with the regions,")
          .append(
              " the operators and the passenger associations, and it is financed over ten years.")
          .append(" <a href=\"/doc/")
          .append(paragraph)
          .append("\">More on this</a>.</p>");
      if (paragraph % 5 == 0) {
        html.append("<h2>Part ").append(paragraph / 5).append(" of the plan</h2>");
      }
    }
    html.append("</div><div class=\"tools\"><a href=\"/print\">Print</a> ")
        .append("<a href=\"/recommend\">Suggest to a friend</a></div>")
        .append("<div class=\"related-news\"><h3>Related news</h3><ul>");
    for (int i = 0; i < 40; i++) {
      html.append("<li><a href=\"/news/")
          .append(i)
          .append("\">Earlier release number ")
          .append(i)
          .append(" about rail, roads and ports</a> (2024-02-")
          .append(10 + i % 18)
          .append(")</li>");
    }
    html.append("</ul></div></div><aside class=\"sidebar\">");
    while (html.length() < size - 2000) {
      html.append("<div class=\"teaser\"><h3>Most read</h3><p>A sidebar teaser that talks about")
          .append(" another topic of the ministry and links to it, published on 2024-01-02.</p>")
          .append("<a href=\"/teaser\">Read more</a></div>");
    }
    html.append(
            "</aside></div><footer><p>© Ministry of Transport. Imprint · Privacy · Accessibility")
        .append(" · Contact. Last updated 2024-03-06.</p></footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
