package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.RenderException;
import dev.pressroom.testing.Releases;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Line breaking and pagination: inside the margins, text kept, no widows or orphans. */
class PdfLayoutTest {
  private static final Block.Style BODY =
      new Block.Style(false, 11, 15.4f, new float[] {0, 0, 0}, 8, false, false);

  private static PdfOptions options() {
    return PdfRenderer.builder()
        .addFont(PdfTesting.droid())
        .systemFonts(SystemFonts.NONE)
        .options();
  }

  private static Shaped shape(String text) throws RenderException {
    return Shaped.of(Block.of(text, null, "test", BODY), FontChain.of(options()));
  }

  private static List<LineBreaker.Line> lines(String text, float measure, Locale locale)
      throws RenderException {
    return new LineBreaker(locale).lines(shape(text), measure);
  }

  @Property
  void linesStayInsideTheMeasureAndJoinBackToTheText(
      @ForAll("paragraphs") String text, @ForAll("measures") float measure) throws RenderException {
    List<LineBreaker.Line> lines = lines(text, measure, Locale.ENGLISH);
    StringBuilder joined = new StringBuilder();
    for (LineBreaker.Line line : lines) {
      joined.append(text, line.start(), line.end());
      boolean oneCluster = text.codePointCount(line.start(), line.end()) <= 3;
      assertTrue(line.width() <= measure + 0.01f || oneCluster, "too wide: " + line);
    }
    assertEquals(text, joined.toString());
    assertTrue(lines.get(lines.size() - 1).last());
  }

  @Test
  void longUrlIsBrokenRatherThanOverflowing() throws RenderException {
    String url = "https://example.org/" + "segment/".repeat(40) + "?q=" + "x".repeat(200);
    List<LineBreaker.Line> lines = lines("See " + url + " now", 300, Locale.ENGLISH);
    assertTrue(lines.size() > 3, "lines: " + lines);
    lines.forEach(line -> assertTrue(line.width() <= 300.01f, "too wide: " + line));
  }

  @Test
  void chineseWithoutSpacesBreaksBetweenCharacters() throws RenderException {
    String text = "中华人民共和国外交部".repeat(20);
    List<LineBreaker.Line> lines = lines(text, 200, Locale.SIMPLIFIED_CHINESE);
    assertTrue(lines.size() >= 5, "lines: " + lines);
    for (LineBreaker.Line line : lines) {
      assertTrue(line.width() <= 200.01f, line.toString());
      assertTrue(line.last() || line.width() > 180, "line not filled: " + line);
    }
  }

  @Test
  void spacesAtABreakStayAtTheEndOfTheLine() throws RenderException {
    String text = "alpha  beta\tgamma delta ".repeat(10).strip();
    for (LineBreaker.Line line : lines(text, 120, Locale.ENGLISH)) {
      assertTrue(!Character.isWhitespace(text.charAt(line.start())), "line starts with space");
    }
  }

  @Property(tries = 200)
  void splitParagraphsKeepAtLeastTwoLinesOnEachPage(@ForAll("bodies") List<String> paragraphs)
      throws RenderException {
    PdfOptions options = options();
    Paginator paginator = new Paginator(options);
    LineBreaker breaker = new LineBreaker(Locale.ENGLISH);
    float measure = options.pageSize().width - options.left() - options.right();
    for (String paragraph : paragraphs) {
      Shaped shaped = shape(paragraph);
      paginator.add(shaped, breaker.lines(shaped, measure));
    }
    Map<Shaped, List<Integer>> perPage = new LinkedHashMap<>();
    List<Paginator.Page> pages = paginator.pages();
    for (int p = 0; p < pages.size(); p++) {
      Map<Shaped, Integer> counts = new LinkedHashMap<>();
      for (Paginator.Placed placed : pages.get(p).lines) {
        counts.merge(placed.shaped(), 1, Integer::sum);
        assertTrue(placed.y() > options.bottom(), "below the bottom margin");
      }
      counts.forEach((s, n) -> perPage.computeIfAbsent(s, k -> new java.util.ArrayList<>()).add(n));
    }
    perPage.forEach(
        (shaped, counts) -> {
          if (counts.size() > 1) {
            counts.forEach(n -> assertTrue(n >= 2, "widow or orphan: " + counts));
          }
        });
  }

  @Property
  void numbersInContentStreamsAreExactToAThousandth(
      @ForAll @net.jqwik.api.constraints.FloatRange(min = -2000, max = 2000) float value) {
    String written = PageWriter.num(value);
    assertTrue(written.matches("-?\\d+(\\.\\d{1,3})?"), written);
    assertEquals(
        Math.round(value * 1000.0), Math.round(Double.parseDouble(written) * 1000), written);
  }

  @Provide
  Arbitrary<String> paragraphs() {
    return Releases.paragraph().map(PdfTesting.Coverage.get()::drawable);
  }

  @Provide
  Arbitrary<Float> measures() {
    return Arbitraries.floats().between(40, 500);
  }

  @Provide
  Arbitrary<List<String>> bodies() {
    return Arbitraries.of(PdfTesting.longRelease(80).paragraphs())
        .list()
        .ofMinSize(5)
        .ofMaxSize(60);
  }
}
