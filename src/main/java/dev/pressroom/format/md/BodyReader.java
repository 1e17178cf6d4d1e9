package dev.pressroom.format.md;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a Markdown body into paragraphs by these rules:
 *
 * <ul>
 *   <li>a paragraph or a heading other than the headline is one paragraph of its {@link InlineText
 *       text};
 *   <li>a block quote gives the paragraphs of its blocks, by these same rules;
 *   <li>each list item is one paragraph (its paragraphs joined by a space), an ordered item
 *       prefixed by its number as written ({@code 2. }); nested lists follow as paragraphs;
 *   <li>each row of a pipe table (the delimiter row left out) is one paragraph, its cells joined by
 *       {@code " | "};
 *   <li>each non-blank line of a code block is one paragraph, as written;
 *   <li>an HTML block is one paragraph of its text (tags dropped, spaces collapsed); comments and
 *       link reference definitions give none;
 *   <li>an end mark ends the body, and what follows (boilerplate, syndication links) is left out: a
 *       line {@code ###} or {@code \#\#\#}, {@code -END-} or {@code -30-}, or a thematic break
 *       ({@code ---}) after the first paragraph.
 * </ul>
 */
final class BodyReader {
  private static final Pattern TABLE_DELIMITER_ROW =
      Pattern.compile("\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");
  private static final Pattern END_MARK = Pattern.compile("###|\\\\#\\\\#\\\\#|(?i:-END-|-30-)");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

  /** A paragraph with the 1-based line where it starts. */
  record Line(String text, int line) {}

  private final Limits limits;
  private final int firstLine;
  private final List<Line> paragraphs = new ArrayList<>();

  private BodyReader(Limits limits, int firstLine) {
    this.limits = limits;
    this.firstLine = firstLine;
  }

  /** The parsed body's top-level blocks. */
  static Node parse(String body, int firstLine, Limits limits) throws ParseException {
    Nesting.check(body, firstLine, limits.maxDepth());
    try {
      return Flexmark.PARSER.parse(body);
    } catch (StackOverflowError e) {
      throw new LimitExceededException(null, "Markdown is nested too deeply");
    } catch (RuntimeException e) {
      throw new ParseException(null, "cannot read Markdown: " + e, e);
    }
  }

  /**
   * The paragraphs of {@code blocks}, skipping {@code skip} (the headline) and stopping at an end
   * mark.
   */
  static List<Line> paragraphs(Node document, Node skip, int firstLine, Limits limits)
      throws ParseException {
    BodyReader reader = new BodyReader(limits, firstLine);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block == skip) {
        continue;
      }
      if (isEndMark(block, !reader.paragraphs.isEmpty())) {
        break;
      }
      reader.block(block, 0);
    }
    return reader.paragraphs;
  }

  static boolean isEndMark(Node block, boolean afterText) {
    if (block instanceof ThematicBreak) {
      return afterText;
    }
    if (block instanceof Heading || block instanceof Paragraph) {
      return END_MARK.matcher(block.getChars().trim()).matches();
    }
    return false;
  }

  private void block(Node block, int depth) throws ParseException {
    if (depth > limits.maxDepth()) {
      throw new LimitExceededException(
          where(block), "blocks are nested deeper than " + limits.maxDepth());
    }
    if (block instanceof Paragraph paragraph) {
      if (!table(paragraph)) {
        add(InlineText.of(paragraph, limits.maxDepth()), block);
      }
    } else if (block instanceof Heading) {
      add(InlineText.of(block, limits.maxDepth()), block);
    } else if (block instanceof BlockQuote) {
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth + 1);
      }
    } else if (block instanceof ListBlock list) {
      list(list, depth);
    } else if (block instanceof FencedCodeBlock fenced) {
      codeLines(fenced.getContentChars(), block.getStartLineNumber() + 1); // after the fence
    } else if (block instanceof IndentedCodeBlock indented) {
      codeLines(indented.getContentChars(), block.getStartLineNumber());
    } else if (block instanceof HtmlBlock) {
      add(Text.collapse(unescape(HTML_TAG.matcher(block.getChars()).replaceAll(" "))), block);
    }
    // Everything else (HTML comments, reference definitions, thematic breaks) shows no text.
  }

  private void codeLines(BasedSequence content, int firstLine) throws ParseException {
    String[] lines = content.toString().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      add(lines[i], firstLine + i);
    }
  }

  private void list(ListBlock list, int depth) throws ParseException {
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      if (list instanceof OrderedList ordered) {
        text.append(number++).append(ordered.getDelimiter()).append(' ');
      }
      int prefix = text.length();
      List<Node> nested = new ArrayList<>();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph) {
          String inline = Text.strip(InlineText.of(child, limits.maxDepth()));
          if (!inline.isEmpty()) {
            text.append(text.length() > prefix ? " " : "").append(inline);
          }
        } else {
          nested.add(child);
        }
      }
      if (text.length() > prefix) {
        add(text.toString(), item);
      }
      for (Node child : nested) {
        block(child, depth + 1);
      }
    }
  }

  /** A paragraph whose second line is a delimiter row is a pipe table: one paragraph a row. */
  private boolean table(Paragraph paragraph) throws ParseException {
    if (paragraph.getLineCount() < 2) {
      return false;
    }
    String[] rows = paragraph.getChars().toString().split("\n");
    if (rows.length < 2 || rows[0].indexOf('|') < 0) {
      return false;
    }
    String delimiter = rows[1].strip();
    if (delimiter.indexOf('|') < 0 || !TABLE_DELIMITER_ROW.matcher(delimiter).matches()) {
      return false;
    }
    for (int r = 0; r < rows.length; r++) {
      if (r == 1) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : cells(rows[r].strip())) {
        String text =
            Text.strip(InlineText.of(Flexmark.PARSER.parse(cell.strip()), limits.maxDepth()));
        if (!text.isEmpty()) {
          cells.add(text);
        }
      }
      add(String.join(" | ", cells), paragraph.getStartLineNumber() + r);
    }
    return true;
  }

  /** A table row's cells: split at pipes not escaped by a backslash, outer pipes dropped. */
  private static List<String> cells(String row) {
    List<String> cells = new ArrayList<>();
    int start = row.startsWith("|") ? 1 : 0;
    int end =
        row.endsWith("|") && !row.endsWith("\\|") && row.length() > start
            ? row.length() - 1
            : row.length();
    StringBuilder cell = new StringBuilder();
    for (int i = start; i < end; i++) {
      char c = row.charAt(i);
      if (c == '\\' && i + 1 < end && row.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private static String unescape(String html) {
    return BasedSequence.of(html).unescape();
  }

  private void add(String text, Node block) throws ParseException {
    add(text, block.getStartLineNumber());
  }

  private void add(String raw, int zeroBasedLine) throws ParseException {
    String text = Text.strip(raw);
    if (text.isEmpty()) {
      return;
    }
    int line = firstLine + zeroBasedLine;
    String problem = Text.problem(text);
    if (problem != null) {
      throw new ParseException("line " + line, "paragraph " + problem);
    }
    if (text.length() > limits.maxParagraphChars()) {
      throw new LimitExceededException(
          "line " + line,
          "paragraph is longer than "
              + limits.maxParagraphChars()
              + " characters (raise Limits.maxParagraphChars)");
    }
    if (paragraphs.size() >= limits.maxParagraphs()) {
      throw new LimitExceededException(
          "line " + line,
          "more than " + limits.maxParagraphs() + " paragraphs (raise Limits.maxParagraphs)");
    }
    paragraphs.add(new Line(text, line));
  }

  private String where(Node block) {
    return "line " + (firstLine + block.getStartLineNumber());
  }
}
