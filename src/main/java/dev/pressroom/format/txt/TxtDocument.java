package dev.pressroom.format.txt;

import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Layout;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a text Pressroom did not write into the neutral form, knowing only how plain
 * text marks things:
 *
 * <ul>
 *   <li>a block is a run of lines between blank lines; a line indented more than the text's least
 *       indented line starts a new block (paragraphs marked by a first-line indent);
 *   <li>a line escaped with a leading backslash is a literal block of its own, the backslash
 *       removed, as in the files the renderer writes;
 *   <li>the trailing run of {@code <Label>} lines (blank lines between allowed) are the footer
 *       actions.
 * </ul>
 *
 * A block keeps its line breaks; each line's ends are already stripped ({@link Lines}). Everything
 * else — banners, title, date, end marks, contacts, wrapping — is the assembler's.
 */
final class TxtDocument {
  private TxtDocument() {}

  static ForeignDocument read(List<Line> lines) throws ParseException {
    int end = lines.size();
    List<FooterAction> actions = new ArrayList<>();
    for (int i = lines.size() - 1; i >= 0; i--) {
      Line line = lines.get(i);
      if (!line.blank()) {
        if (line.escaped() || line.kind() != LineKind.ACTION) {
          break;
        }
        end = i;
      }
    }
    for (int k = end; k < lines.size(); k++) {
      if (!lines.get(k).blank()) {
        actions.add(Actions.parse(lines.get(k).text));
      }
    }
    int minIndent = Integer.MAX_VALUE;
    for (int i = 0; i < end; i++) {
      if (!lines.get(i).blank()) {
        minIndent = Math.min(minIndent, lines.get(i).indent);
      }
    }
    List<Block> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Line first = null;
    int gap = 0;
    int firstGap = 0;
    for (int i = 0; i < end; i++) {
      Line line = lines.get(i);
      if (line.blank() || line.escaped() || line.indent > minIndent) {
        add(blocks, first, text, firstGap, false);
        first = null;
      }
      if (line.blank()) {
        gap++;
        continue;
      }
      if (line.escaped()) {
        text.append(line.content());
        add(blocks, line, text, gap, true);
        gap = 0;
        continue;
      }
      if (first == null) {
        first = line;
        firstGap = gap;
        gap = 0;
      } else {
        text.append('\n');
      }
      text.append(line.text);
    }
    add(blocks, first, text, firstGap, false);
    if (blocks.isEmpty() && actions.isEmpty()) {
      throw new ParseException(null, "empty input: no title");
    }
    DocumentInfo info =
        new DocumentInfo(null, null, false, List.of(), null, null, List.of(), actions);
    return new ForeignDocument("txt", blocks, info);
  }

  private static void add(
      List<Block> blocks, Line first, StringBuilder text, int gap, boolean literal) {
    if (first != null && text.length() > 0) {
      Layout layout = new Layout(0, false, false, false, 0, 0, first.indent, gap);
      blocks.add(
          new Block(
              Block.Kind.PARAGRAPH,
              text.toString(),
              0,
              null,
              List.of(),
              layout,
              "line " + first.number,
              literal));
    }
    text.setLength(0);
  }
}
