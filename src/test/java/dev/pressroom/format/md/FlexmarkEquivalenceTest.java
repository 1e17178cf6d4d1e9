package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.pressroom.testing.MarkdownShapes;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Flexmark#PARSER} builds the very documents flexmark's own parser builds — every node, its
 * kind, its source range and its parts — for soups of the markup its replaced parts deal with, for
 * long words and paragraphs, and for the shapes that made flexmark slow.
 */
class FlexmarkEquivalenceTest {
  private static final Parser FLEXMARK = Parser.builder().build();

  private static final List<String> PIECES =
      List.of(
          "[",
          "]",
          "(",
          ")",
          "](",
          "[a]",
          "[a]: b",
          "[a]: <b>",
          "\\",
          "\\(",
          "\\)",
          "<",
          ">",
          "<?",
          "?>",
          "<!A ",
          "<!-- ",
          "-->",
          "<![CDATA[",
          "]]>",
          "<a b=\"",
          "\"",
          "'",
          "&amp;",
          "&#",
          ";",
          "*",
          "_",
          "`",
          "``",
          "!",
          "#",
          "# ",
          "=",
          "===",
          "---",
          "- ",
          "1. ",
          "> ",
          "  ",
          "    ",
          "\t",
          "\n",
          "\n",
          "\n\n",
          "\u2028",
          "\u0085",
          "a",
          "b",
          "x y",
          "1",
          "http://a",
          "é",
          "中");

  @Provide
  Arbitrary<String> soups() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> run = piece.list().ofMinSize(1).ofMaxSize(6).map(p -> String.join("", p));
    Arbitrary<String> repeated =
        Arbitraries.integers().between(1, 30).flatMap(n -> run.map(r -> r.repeat(n)));
    return Arbitraries.oneOf(piece, piece, run, repeated)
        .list()
        .ofMaxSize(20)
        .map(parts -> String.join("", parts))
        // flexmark's own parser, the reference here, backtracks without bound in its link label
        // pattern on some soups of brackets and backslashes (a soup of 1,200 characters ran for
        // more than ten minutes): bound what it is given (the long shapes are judged below).
        .map(soup -> soup.length() > MAX_SOUP ? soup.substring(0, MAX_SOUP) : soup)
        // and its link label expression is exponential in a run of escape pairs after a bracket
        // with no closing one ([\(\(\(…): keep the reference to a few backslashes (our parser
        // is judged on long runs of them below)
        .map(FlexmarkEquivalenceTest::fewBackslashes);
  }

  private static final int MAX_BACKSLASHES = 12;

  private static String fewBackslashes(String soup) {
    StringBuilder out = new StringBuilder(soup.length());
    int seen = 0;
    for (int i = 0; i < soup.length(); i++) {
      char c = soup.charAt(i);
      out.append(c == '\\' && ++seen > MAX_BACKSLASHES ? 'x' : c);
    }
    return out.toString();
  }

  /** Short runs of escape pairs in and after brackets: the same labels as flexmark reads. */
  @Test
  void sameLinkLabelsAsFlexmarkForRunsOfEscapes() {
    List<String> pieces = List.of("\\(", "\\]", "\\[", "\\\\", "\\", "a", "]", "[");
    for (int n = 1; n <= 10; n++) {
      for (String piece : pieces) {
        for (String end : List.of("", "]", "]: /url", "][b]", "](c)")) {
          String markdown = "[" + piece.repeat(n) + end + "\n\n[a]: /a\n[b]: /b\n";
          assertEquals(
              dump(FLEXMARK.parse(markdown)), dump(Flexmark.PARSER.parse(markdown)), markdown);
        }
      }
    }
  }

  /** A long run of escape pairs after a bracket is read in linear time, as plain text. */
  @Test
  void aLongRunOfEscapesAfterABracketIsText() {
    for (int n : List.of(1_000, 20_000)) {
      String markdown = "[" + "\\(".repeat(n);
      String document = dump(Flexmark.PARSER.parse(markdown));
      assertTrue(!document.contains("Link") && !document.contains("Reference"), document);
      assertTrue(document.contains("Paragraph"), document);
    }
  }

  private static final int MAX_SOUP = 400;

  @Property
  void sameDocumentAsFlexmark(@ForAll("soups") String markdown) {
    assertEquals(dump(FLEXMARK.parse(markdown)), dump(Flexmark.PARSER.parse(markdown)), markdown);
  }

  @ParameterizedTest
  @EnumSource(MarkdownShapes.class)
  void sameDocumentForTheSlowShapes(MarkdownShapes shape) {
    String markdown = shape.of(20_000);
    assertEquals(
        dump(FLEXMARK.parse(markdown)), dump(Flexmark.PARSER.parse(markdown)), shape.name());
  }

  @Test
  void sameDocumentForLongDestinations() {
    String word = "[a](x(y)" + "(z)\\(".repeat(300) + "[b](c)d)e" + "[f](g".repeat(100);
    String markdown = "# T\n\n" + word + " " + word + "\n\n![i](data:" + "A".repeat(5000) + ")\n";
    assertEquals(dump(FLEXMARK.parse(markdown)), dump(Flexmark.PARSER.parse(markdown)));
  }

  @Test
  void sameDocumentForMarksThatOverlap() {
    for (String markdown : List.of("[<![CDATA[]]]>", "x <? a ??> b", "x <!A >> c <![CDATA[]]]]>")) {
      assertEquals(dump(FLEXMARK.parse(markdown)), dump(Flexmark.PARSER.parse(markdown)), markdown);
    }
  }

  @Test
  void blocksAreTriedInFlexmarksOrder() {
    List<CustomBlockParserFactory> theirs =
        DocumentParser.calculateBlockParserFactories(new MutableDataSet(), List.of());
    List<CustomBlockParserFactory> ours =
        DocumentParser.calculateBlockParserFactories(
            new MutableDataSet()
                .set(Parser.HEADING_PARSER, false)
                .set(Parser.THEMATIC_BREAK_PARSER, false),
            List.of(new HeadingStarts(), new ThematicBreakStarts()));
    assertEquals(
        theirs.stream().map(f -> f.getClass().getName()).toList(),
        ours.stream()
            .map(
                f ->
                    f instanceof HeadingStarts
                        ? HeadingParser.Factory.class
                        : f instanceof ThematicBreakStarts
                            ? ThematicBreakParser.Factory.class
                            : f.getClass())
            .map(Class::getName)
            .toList());
  }

  /** Every node with its kind, range and parts, one a line, indented by depth. */
  static String dump(Node document) {
    StringBuilder out = new StringBuilder();
    dump(document, 0, out);
    return out.toString();
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
    node.astString(out, true);
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, depth + 1, out);
    }
  }
}
