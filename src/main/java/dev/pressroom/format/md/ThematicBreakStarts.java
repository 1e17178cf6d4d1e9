package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's thematic break parser, asked only where a break could be. flexmark tries a break at
 * every container start of a line, each time with a backtracking expression over the rest of the
 * line, so a line of {@code - - - ... x} nested hundreds deep cost its depth times its length in
 * slow steps. A break is only possible where the rest of the line is one of {@code * - _} and
 * spaces; where, for this line, the tail of such characters begins is found once, and any start
 * before it is refused at once, as the expression would refuse it.
 */
final class ThematicBreakStarts extends CoreBlockFactory {
  ThematicBreakStarts() {
    super(new ThematicBreakParser.Factory());
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    BlockParserFactory breaks = core.apply(options);
    Tails tails = new Tails();
    return (state, matched) ->
        tails.possible(state.getLine(), state.getNextNonSpaceIndex())
            ? breaks.tryStart(state, matched)
            : BlockStart.none();
  }

  /** For the current line, where its tail of each break character and spaces begins. */
  private static final class Tails {
    private BasedSequence line;
    private final int[] tail = new int[3];

    boolean possible(BasedSequence current, int start) {
      if (start >= current.length()) {
        return false;
      }
      int which = "*-_".indexOf(current.charAt(start));
      if (which < 0) {
        return false;
      }
      if (current != line) {
        line = current;
        tail[0] = -1;
        tail[1] = -1;
        tail[2] = -1;
      }
      if (tail[which] < 0) {
        char c = "*-_".charAt(which);
        int t = current.length();
        while (t > 0 && isTail(current.charAt(t - 1), c)) {
          t--;
        }
        tail[which] = t;
      }
      return start >= tail[which];
    }

    private static boolean isTail(char x, char c) {
      return x == c || x == ' ' || x == '\t' || x == '\n' || x == '\r';
    }
  }
}
