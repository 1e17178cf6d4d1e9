package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * The flexmark parser the reader uses: CommonMark as flexmark reads it by default, in time linear
 * in the input. Two of flexmark's parts are replaced by {@link HeadingStarts} and {@link
 * LinearInlineParser}, which build the same documents without the quadratic costs; {@code
 * FlexmarkEquivalenceTest} compares them with flexmark's own parser. Block nesting is bounded
 * before flexmark sees the text ({@link Nesting}).
 */
final class Flexmark {
  private Flexmark() {}

  /** flexmark's parser is immutable and safe to share. */
  static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.HEADING_PARSER, false))
          .customBlockParserFactory(new HeadingStarts())
          .customInlineParserFactory(LinearInlineParser::new)
          // flexmark adds its reference definition reader itself only for its own inline parser
          .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
          .build();
}
