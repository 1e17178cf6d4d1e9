package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The flexmark parser the reader uses: CommonMark as flexmark reads it by default, in time linear
 * in the input. Three of flexmark's parts are replaced by {@link HeadingStarts}, {@link
 * ThematicBreakStarts} and {@link LinearInlineParser}, which build the same documents without their
 * quadratic costs; {@code FlexmarkEquivalenceTest} compares them with flexmark's own parser. Block
 * nesting is bounded before flexmark sees the text ({@link Nesting}).
 */
final class Flexmark {
  private Flexmark() {}

  /** flexmark's parser is immutable and safe to share. */
  static final Parser PARSER =
      Parser.builder(
              new MutableDataSet()
                  .set(Parser.HEADING_PARSER, false)
                  .set(Parser.THEMATIC_BREAK_PARSER, false))
          .customBlockParserFactory(new HeadingStarts())
          .customBlockParserFactory(new ThematicBreakStarts())
          .customInlineParserFactory(LinearInlineParser::new)
          // flexmark adds its reference definition reader itself only for its own inline parser
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();

  /**
   * A core block parser's dependencies with the core parsers replaced here named by their
   * replacements, so that the blocks are tried in flexmark's order.
   */
  static Set<Class<?>> replaced(Set<Class<?>> dependencies) {
    if (dependencies == null) {
      return null;
    }
    Set<Class<?>> out = new HashSet<>();
    for (Class<?> dependency : dependencies) {
      out.add(
          dependency == HeadingParser.Factory.class
              ? HeadingStarts.class
              : dependency == ThematicBreakParser.Factory.class
                  ? ThematicBreakStarts.class
                  : dependency);
    }
    return out;
  }
}
