package dev.pressroom.format.txt;

import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Layout;
import dev.pressroom.reading.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a text Pressroom did not write into the neutral form, knowing only how plain
 * text marks things:
 *
 * <ul>
 *   <li>a block is a run of lines between blank lines; a line indented more than the text's least
 *       indented line starts a new block (paragraphs marked by a first-line indent);
 *   <li>a line escaped with a leading backslash is a literal block of its own, the backslash
 *       removed, as in the files the renderer writes;
 *   <li>a line that opens with a bullet ({@code •}, {@code -}, {@code *}, ...) or a number ({@code
 *       1.}, {@code 2)}) and text is a list item of its own ({@link #mark}), nested when it is
 *       indented more than the list's first item; a following line indented more than the item
 *       continues it (a hard-wrapped item);
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
    Mark item = null; // the list item being read, or null
    int listIndent = -1; // the indentation of the list's first item, or -1 outside a list
    for (int i = 0; i < end; i++) {
      Line line = lines.get(i);
      Mark mark = line.blank() || line.escaped() ? null : mark(line.text);
      if (mark != null && !mark.opensList() && !continuesNumbered(blocks, item, listIndent)) {
        mark = null; // "28. Oktober 2023" is a date, "3. ..." alone no list
      }
      boolean continues =
          item != null
              && mark == null
              && !line.blank()
              && !line.escaped()
              && line.indent > item.indent;
      if (continues) {
        text.append('\n').append(line.text);
        continue;
      }
      if (item != null && !line.blank()) {
        addItem(blocks, first, text, firstGap, item, listIndent);
        item = null;
        first = null;
      }
      if (mark != null) {
        add(blocks, first, text, firstGap, false);
        listIndent = listIndent < 0 ? line.indent : listIndent;
        item = new Mark(mark.marker, mark.text, line.indent);
        first = line;
        firstGap = gap;
        gap = 0;
        text.append(mark.text);
        continue;
      }
      if (!line.blank()) {
        listIndent = -1;
      }
      if (line.blank() || line.escaped() || line.indent > minIndent) {
        if (item != null) {
          addItem(blocks, first, text, firstGap, item, listIndent);
          item = null;
        } else {
          add(blocks, first, text, firstGap, false);
        }
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
    if (item != null) {
      addItem(blocks, first, text, firstGap, item, listIndent);
    } else {
      add(blocks, first, text, firstGap, false);
    }
    if (blocks.isEmpty() && actions.isEmpty()) {
      throw new ParseException(null, "empty input: no title");
    }
    DocumentInfo info =
        new DocumentInfo(null, null, false, List.of(), null, null, List.of(), actions);
    return new ForeignDocument("txt", blocks, info);
  }

  /** A list item's marker as written, its text after the marker and its line's indentation. */
  private record Mark(String marker, String text, int indent) {
    /** Whether an item with this marker may open a list: a bullet, {@code 1.} or {@code a.}. */
    boolean opensList() {
      char c = marker.charAt(0);
      return marker.length() == 1 || c == '1' && marker.length() == 2 || c == 'a';
    }

    boolean numbered() {
      return marker.length() > 1;
    }
  }

  /** Whether the list being read is numbered, so that any number may follow. */
  private static boolean continuesNumbered(List<Block> blocks, Mark item, int listIndent) {
    if (item != null) {
      return item.numbered();
    }
    if (listIndent < 0 || blocks.isEmpty()) {
      return false;
    }
    Block last = blocks.get(blocks.size() - 1);
    return last.kind() == Block.Kind.LIST_ITEM && last.marker().length() > 1;
  }

  private static final Pattern MARK =
      Pattern.compile(
          "([\u2022\u00B7\u25AA\u25CF\u25E6\u2013-]|[0-9]{1,3}[.)]|[a-z][.)])[ \t]+(\\S.*)");

  /**
   * The list item a line opens, or {@code null}: a bullet ({@code •}, {@code ·}, {@code ▪}, {@code
   * ●}, {@code ◦}, {@code –}, {@code -}) or a number or letter with {@code .} or {@code )}, then
   * space and text. A line that is an end mark ({@code - END -}), only rule characters ({@code - -
   * -}) or a date ({@code 1. Oktober 2023}) opens none; {@code *} lines stay text, as scraped pages
   * use them for notes as often as for items. A number other than 1 only continues a numbered list.
   */
  static Mark mark(String line) {
    if (line.length() < 3 || !mayMark(line)) {
      return null;
    }
    Matcher m = MARK.matcher(line);
    if (!m.matches()
        || m.group(2).chars().allMatch(c -> c == '*' || c == '-' || c == ' ')
        || Vocabulary.isEndMark(line)
        || Timestamps.parse(line) != null) {
      return null;
    }
    return new Mark(m.group(1), m.group(2), 0);
  }

  /** A cheap first look: the line's second or third character can end a marker. */
  private static boolean mayMark(String line) {
    char second = line.charAt(1);
    if (second == ' ' || second == '\t' || second == '.' || second == ')') {
      return true;
    }
    char first = line.charAt(0);
    return first >= '0' && first <= '9';
  }

  private static void addItem(
      List<Block> blocks, Line first, StringBuilder text, int gap, Mark item, int listIndent) {
    Layout layout = new Layout(0, false, false, false, 0, 0, first.indent, gap);
    blocks.add(
        new Block(
            Block.Kind.LIST_ITEM,
            text.toString(),
            item.indent > listIndent ? 1 : 0,
            item.marker,
            List.of(),
            layout,
            "line " + first.number,
            false));
    text.setLength(0);
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
