package dev.pressroom.reading;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers paragraphs from text whose breaks were lost or never marked. It runs before the passes
 * that look for a title, a date or the body's end, since they work on blocks.
 *
 * <ul>
 *   <li><b>One paragraph per line.</b> When fewer than four in five of the document's lines are at
 *       most {@value #WRAP_WIDTH} columns wide (CJK characters count two), its lines are not
 *       hard-wrapped: every line break inside a block is a paragraph break, as in scraped text that
 *       puts each paragraph on one line without blank lines between.
 *   <li><b>Marks on lines of their own.</b> Inside a wrapped block, a line that is an end mark or
 *       opens a contact block, or a banner, starts a block of its own ({@code ...last
 *       sentence.\n###}).
 *   <li><b>Text that arrived on one line.</b> A block of at least {@value #RUN_ON} characters
 *       without line breaks, with at least {@value #MIN_RUNS} runs of two or more spaces after a
 *       sentence end, is split at those runs, and before a contact head ({@code Contact Hiber:}) or
 *       an {@code About ...:} head that follows a sentence end — whole releases pasted into one
 *       Markdown paragraph look like that. Two spaces after a sentence inside ordinary paragraphs
 *       (typewriter spacing) are too few or too short to split.
 * </ul>
 *
 * Literal and preformatted blocks are never split; a document whose metadata is declared keeps its
 * blocks as written.
 */
final class SplitPass implements Pass {
  /** Lines wider than this are not hard-wrapped. */
  static final int WRAP_WIDTH = 120;

  static final int RUN_ON = 1200;
  static final int MIN_RUNS = 3;

  @Override
  public void apply(Draft draft) {
    if (draft.declared()) {
      return;
    }
    boolean perLine = !paged(draft.blocks) && !wrapped(draft.blocks);
    List<Block> out = new ArrayList<>(draft.blocks.size());
    for (Block block : draft.blocks) {
      if (!block.plain()) {
        out.add(block);
      } else if (block.text().indexOf('\n') >= 0) {
        splitLines(block, perLine, out);
      } else if (block.text().length() >= RUN_ON) {
        splitRuns(draft, block, out);
      } else {
        out.add(block);
      }
    }
    draft.blocks.clear();
    draft.blocks.addAll(out);
  }

  /** Whether the blocks were laid out on pages, whose lines the layout wrapped. */
  private static boolean paged(List<Block> blocks) {
    return !blocks.isEmpty() && blocks.get(0).layout().page() > 0;
  }

  private static boolean wrapped(List<Block> blocks) {
    int total = 0;
    int narrow = 0;
    for (Block block : blocks) {
      String text = block.text();
      int start = 0;
      while (start <= text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        if (end > start) {
          total++;
          if (end - start <= WRAP_WIDTH / 2
              || (end - start <= 2 * WRAP_WIDTH
                  && width(text.substring(start, end)) <= WRAP_WIDTH)) {
            narrow++;
          }
        }
        start = end + 1;
      }
    }
    return narrow * 5 >= total * 4;
  }

  private static void splitLines(Block block, boolean perLine, List<Block> out) {
    String[] lines = block.text().split("\n");
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      boolean banner = Vocabulary.isBanner(line);
      boolean alone =
          perLine || banner || Vocabulary.isEndMark(line) || Vocabulary.isContactHead(line);
      if (alone && current.length() > 0) {
        out.add(block.withText(current.toString()));
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      if (perLine || banner || Vocabulary.isEndMark(line)) {
        out.add(block.withText(current.toString()));
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      out.add(block.withText(current.toString()));
    }
  }

  private static void splitRuns(Draft draft, Block block, List<Block> out) {
    String text = block.text();
    List<Integer> cuts = new ArrayList<>();
    int runs = 0;
    for (int i = 1; i < text.length(); i++) {
      if (!Text.isSpace(text.charAt(i)) || Text.isSpace(text.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < text.length() && Text.isSpace(text.charAt(end))) {
        end++;
      }
      boolean afterSentence = sentenceEnd(text, i);
      if (end - i >= 2 && afterSentence) {
        runs++;
        cuts.add(i);
      } else if (afterSentence && end < text.length() && labelAt(text, end)) {
        cuts.add(i);
      }
      i = end;
    }
    if (runs < MIN_RUNS) {
      out.add(block);
      return;
    }
    int start = 0;
    for (int cut : cuts) {
      addPiece(block, text.substring(start, cut), out);
      start = cut;
    }
    addPiece(block, text.substring(start), out);
    draft.warn(block.place(), "a paragraph without line breaks split into " + (cuts.size() + 1));
  }

  private static void addPiece(Block block, String piece, List<Block> out) {
    String text = Text.strip(piece);
    if (!text.isEmpty()) {
      out.add(block.withText(text));
    }
  }

  /** Whether the text before {@code i} ends a sentence: {@code .}, {@code !}, {@code ?}, quotes. */
  private static boolean sentenceEnd(String text, int i) {
    int j = i - 1;
    while (j > 0 && "\"'”’)»".indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    char c = text.charAt(j);
    return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
  }

  /** Whether a contact head or an {@code About X:} head begins at {@code i}. */
  private static boolean labelAt(String text, int i) {
    String rest = text.substring(i, Math.min(text.length(), i + 80));
    return Vocabulary.isContactHead(rest) || Vocabulary.isAboutHead(rest);
  }

  /** Display width in columns: East Asian wide characters count two. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += isWide(cp) ? 2 : 1;
    }
    return width;
  }

  /** Whether a code point is East Asian wide. */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
