package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * flexmark's heading parser, without the cost that made long paragraphs quadratic. On every line
 * inside a paragraph that does not start with a letter, flexmark's heading parser asks for the
 * paragraph's whole content so far, which is built afresh each time, and uses it only to learn
 * whether there is a paragraph at all (a setext underline needs one). Here that question gets a
 * cheap answer: an empty sequence when the matched block is a paragraph, {@code null} otherwise;
 * the setext heading itself is still built from the paragraph's lines. The dependencies on the
 * other block parsers are the core parser's own ({@link Flexmark#replaced}), so the order in which
 * blocks are tried stays the same.
 */
final class HeadingStarts extends CoreBlockFactory {
  HeadingStarts() {
    super(new HeadingParser.Factory());
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory headings = core.apply(options);
    return (state, matched) -> headings.tryStart(state, new ParagraphKnown(matched));
  }

  /** The matched block, answering "is it a paragraph" without building its content. */
  private record ParagraphKnown(MatchedBlockParser matched) implements MatchedBlockParser {
    @Override
    public BlockParser getBlockParser() {
      return matched.getBlockParser();
    }

    @Override
    public BasedSequence getParagraphContent() {
      return matched.getBlockParser().isParagraphParser() ? BasedSequence.EMPTY : null;
    }

    @Override
    public List<BasedSequence> getParagraphLines() {
      return matched.getParagraphLines();
    }

    @Override
    public List<Integer> getParagraphEolLengths() {
      return matched.getParagraphEolLengths();
    }

    @Override
    public MutableDataHolder getParagraphDataHolder() {
      return matched.getParagraphDataHolder();
    }
  }
}
