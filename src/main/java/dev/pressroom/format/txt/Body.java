package dev.pressroom.format.txt;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import java.util.List;

/**
 * Reads the body's lines into paragraphs.
 *
 * <ul>
 *   <li>A blank line ends a paragraph.
 *   <li>Hard-wrapped text: when at least four in five body lines are at most {@value #WRAP_WIDTH}
 *       columns wide, the text is taken as wrapped and consecutive lines are joined with one space
 *       (with none between two CJK characters). Otherwise every line is a paragraph of its own, as
 *       in scraped text that puts one paragraph on each line without blank lines between.
 *   <li>A line indented more than the document's least indented line starts a new paragraph.
 *   <li>An end mark ({@code ###}, {@code -END-}, {@code -30-}) ends the body.
 *   <li>A contact block ({@code Media contact:}, {@code Contact:}, {@code Further information:} to
 *       the next blank line; a bare {@code Contact:} line takes the following block with it) is
 *       left out: the model has no place for contacts.
 * </ul>
 */
final class Body {
  private Body() {}

  /** Lines wider than this are not hard-wrapped. */
  static final int WRAP_WIDTH = 120;

  static void read(List<Line> lines, int from, int to, Limits limits, List<Paragraph> out)
      throws ParseException {
    int minIndent = minIndent(lines);
    boolean wrapped = wrapped(lines, from, to);
    Builder paragraph = new Builder(limits, out);
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (line.blank()) {
        paragraph.flush();
        continue;
      }
      if (!line.escaped()) {
        LineKind kind = line.kind();
        if (kind == LineKind.END_MARK) {
          break;
        }
        if (kind == LineKind.CONTACT) {
          paragraph.flush();
          i = contactEnd(lines, i, to) - 1;
          continue;
        }
      }
      if (!wrapped || line.indent > minIndent) {
        paragraph.flush();
      }
      paragraph.add(line);
    }
    paragraph.flush();
  }

  private static int minIndent(List<Line> lines) {
    int min = Integer.MAX_VALUE;
    for (Line line : lines) {
      if (!line.blank()) {
        min = Math.min(min, line.indent);
      }
    }
    return min;
  }

  private static boolean wrapped(List<Line> lines, int from, int to) {
    int total = 0;
    int narrow = 0;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (!line.blank()) {
        total++;
        if (width(line.text) <= WRAP_WIDTH) {
          narrow++;
        }
      }
    }
    return narrow * 5 >= total * 4;
  }

  /** The index after a contact block starting at {@code start}. */
  private static int contactEnd(List<Line> lines, int start, int to) {
    int end = blockEnd(lines, start, to);
    if (end == start + 1 && lines.get(start).text.endsWith(":")) {
      int next = start + 1;
      while (next < to && lines.get(next).blank()) {
        next++;
      }
      if (next < to) {
        end = blockEnd(lines, next, to);
      }
    }
    return end;
  }

  private static int blockEnd(List<Line> lines, int start, int to) {
    int end = start + 1;
    while (end < to && !lines.get(end).blank()) {
      end++;
    }
    return end;
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

  /** Collects the lines of one paragraph and checks it when done. */
  private static final class Builder {
    private final Limits limits;
    private final List<Paragraph> out;
    private final StringBuilder text = new StringBuilder(1024);
    private int line;
    private boolean literal;

    Builder(Limits limits, List<Paragraph> out) {
      this.limits = limits;
      this.out = out;
    }

    void add(Line next) throws ParseException {
      String content = next.content();
      if (text.length() == 0) {
        line = next.number;
        literal = next.escaped();
      } else if (!(isWide(text.codePointBefore(text.length())) && isWide(content.codePointAt(0)))) {
        text.append(' ');
      }
      text.append(content);
      if (text.length() > limits.maxParagraphChars()) {
        throw new LimitExceededException(
            ParseException.position(line, 0),
            "paragraph is longer than the limit of "
                + limits.maxParagraphChars()
                + " characters (raise Limits.maxParagraphChars)");
      }
    }

    void flush() throws ParseException {
      if (text.length() == 0) {
        return;
      }
      if (out.size() >= limits.maxParagraphs()) {
        throw new LimitExceededException(
            ParseException.position(line, 0),
            "more paragraphs than the limit of "
                + limits.maxParagraphs()
                + " (raise Limits.maxParagraphs)");
      }
      String paragraph = text.toString();
      String problem = Text.problem(paragraph);
      if (problem != null) {
        throw ParseException.at(line, 0, "paragraph " + problem);
      }
      out.add(new Paragraph(paragraph, line, literal));
      text.setLength(0);
    }
  }
}
