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
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a Markdown body into the neutral form's blocks by these rules:
 *
 * <ul>
 *   <li>a paragraph is a paragraph block and a heading a heading block of its level, of their
 *       {@link InlineText text} with its emphasis, strong text and links as spans; a paragraph
 *       whose source escapes its first character only ({@code \###}, {@code \-END-}) is literal, so
 *       no convention is read into it, while one with every markup character escaped ({@code
 *       \#\#\#}, as converters write plain text) is not;
 *   <li>a line {@code ###} (an empty heading to CommonMark) is a paragraph {@code ###}, an end mark
 *       for the assembler;
 *   <li>a block quote gives quote blocks of its blocks' text;
 *   <li>each list item is one list-item block (its paragraphs joined by a space), its marker {@code
 *       •} or its number as written ({@code 2.}); nested lists follow;
 *   <li>each row of a pipe table (the delimiter row left out) is one paragraph block, its cells
 *       joined by {@code " | "};
 *   <li>each non-blank line of a code block is one preformatted block, as written;
 *   <li>an HTML block is one paragraph block of its text (tags dropped, spaces collapsed); comments
 *       and link reference definitions give none;
 *   <li>a thematic break is a rule block.
 * </ul>
 */
final class BodyReader {
  private static final Pattern ALL_ESCAPED = Pattern.compile("(?:\\\\\\p{Punct})+");
  private static final Pattern EMPTY_HEADING_MARK = Pattern.compile("#{3,6}");
  private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

  private final Limits limits;
  private final int firstLine;
  private final List<Block> blocks = new ArrayList<>();
  private Block.Kind kind = Block.Kind.PARAGRAPH;

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

  /** The blocks of a parsed body, in order; {@code firstLine} is the body's first line. */
  static List<Block> blocks(Node document, int firstLine, Limits limits) throws ParseException {
    BodyReader reader = new BodyReader(limits, firstLine);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      reader.block(block, 0);
    }
    return reader.blocks;
  }

  private void block(Node block, int depth) throws ParseException {
    if (depth > limits.maxDepth()) {
      throw new LimitExceededException(
          where(block), "blocks are nested deeper than " + limits.maxDepth());
    }
    if (block instanceof Paragraph paragraph) {
      if (!table(paragraph)) {
        String raw = paragraph.getChars().trim().toString();
        boolean literal = raw.startsWith("\\") && !ALL_ESCAPED.matcher(raw).matches();
        add(kind, InlineText.marked(paragraph, limits.maxDepth()), block, 0, literal);
      }
    } else if (block instanceof Heading heading) {
      String raw = block.getChars().trim().toString();
      if (EMPTY_HEADING_MARK.matcher(raw).matches()) {
        add(Block.Kind.PARAGRAPH, raw, block, 0, false);
      } else {
        add(
            Block.Kind.HEADING,
            InlineText.marked(block, limits.maxDepth()),
            block,
            heading.getLevel(),
            false);
      }
    } else if (block instanceof BlockQuote) {
      Block.Kind outer = kind;
      kind = Block.Kind.QUOTE;
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        block(child, depth + 1);
      }
      kind = outer;
    } else if (block instanceof ThematicBreak) {
      add(new Block(Block.Kind.RULE, "", 0, null, List.of(), null, where(block)));
    } else if (block instanceof ListBlock list) {
      list(list, depth);
    } else if (block instanceof FencedCodeBlock fenced) {
      codeLines(fenced.getContentChars(), block.getStartLineNumber() + 1); // after the fence
    } else if (block instanceof IndentedCodeBlock indented) {
      codeLines(indented.getContentChars(), block.getStartLineNumber());
    } else if (block instanceof HtmlBlock) {
      add(
          Block.Kind.PARAGRAPH,
          Text.collapse(unescape(HTML_TAG.matcher(block.getChars()).replaceAll(" "))),
          block,
          0,
          false);
    }
    // Everything else (HTML comments, reference definitions) shows no text.
  }

  private void codeLines(BasedSequence content, int firstLine) throws ParseException {
    String[] lines = content.toString().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      add(Block.Kind.PREFORMATTED, lines[i], firstLine + i, 0, null, false);
    }
  }

  private void list(ListBlock list, int depth) throws ParseException {
    int number = list instanceof OrderedList ordered ? ordered.getStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      List<Span> spans = new ArrayList<>();
      String marker = "•";
      if (list instanceof OrderedList ordered) {
        marker = number++ + String.valueOf(ordered.getDelimiter());
      }
      List<Node> nested = new ArrayList<>();
      for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof Paragraph) {
          InlineText.Marked inline = stripped(InlineText.marked(child, limits.maxDepth()));
          if (!inline.text().isEmpty()) {
            if (text.length() > 0) {
              text.append(' ');
            }
            int at = text.length();
            for (Span span : inline.spans()) {
              spans.add(new Span(span.start() + at, span.end() + at, span.kind(), span.target()));
            }
            text.append(inline.text());
          }
        } else {
          nested.add(child);
        }
      }
      if (text.length() > 0 && list instanceof OrderedList && isDateLine(marker, text)) {
        // "28. Oktober 2023" opens a line as a date, not as a one-item list
        add(
            Block.Kind.PARAGRAPH,
            new InlineText.Marked(marker + " " + text, List.of()),
            item.getStartLineNumber(),
            0,
            null,
            false);
      } else if (text.length() > 0) {
        add(
            Block.Kind.LIST_ITEM,
            new InlineText.Marked(text.toString(), spans),
            item.getStartLineNumber(),
            depth,
            marker,
            false);
      }
      for (Node child : nested) {
        block(child, depth + 1);
      }
    }
  }

  private static boolean isDateLine(String marker, CharSequence text) {
    return DateFinder.wholeLine(marker + " " + text) != null;
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
    if (delimiter.indexOf('|') < 0 || !isDelimiterRow(delimiter)) {
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
      add(
          Block.Kind.PARAGRAPH,
          String.join(" | ", cells),
          paragraph.getStartLineNumber() + r,
          0,
          null,
          false);
    }
    return true;
  }

  /**
   * Whether a line is a pipe table's delimiter row, {@code |:---|---:|}: cells of an optional
   * colon, dashes and an optional colon, separated by pipes, outer pipes optional. A scan, not a
   * regular expression: Java's matcher recurses once per repeated cell, so a row of tens of
   * thousands of columns would overflow the stack.
   */
  static boolean isDelimiterRow(String row) {
    int n = row.length();
    int i = row.startsWith("|") ? 1 : 0;
    for (boolean first = true; ; first = false) {
      i = skipBlanks(row, i);
      int start = i;
      if (i < n && row.charAt(i) == ':') {
        i++;
      }
      int dashes = i;
      while (i < n && row.charAt(i) == '-') {
        i++;
      }
      if (i == dashes) {
        // only a trailing pipe may have no cell after it
        return !first && start == i && i == n;
      }
      if (i < n && row.charAt(i) == ':') {
        i++;
      }
      i = skipBlanks(row, i);
      if (i == n) {
        return true;
      }
      if (row.charAt(i) != '|') {
        return false;
      }
      i++;
    }
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
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

  private void add(Block.Kind kind, String text, Node block, int level, boolean literal)
      throws ParseException {
    add(kind, text, block.getStartLineNumber(), level, null, literal);
  }

  private void add(Block.Kind kind, InlineText.Marked text, Node block, int level, boolean literal)
      throws ParseException {
    add(kind, text, block.getStartLineNumber(), level, null, literal);
  }

  private void add(
      Block.Kind kind, String raw, int zeroBasedLine, int level, String marker, boolean literal)
      throws ParseException {
    add(kind, new InlineText.Marked(raw, List.of()), zeroBasedLine, level, marker, literal);
  }

  /** {@code marked} with its text stripped at both ends and its spans moved to match. */
  private static InlineText.Marked stripped(InlineText.Marked marked) {
    String raw = marked.text();
    String text = Text.strip(raw);
    if (text.length() == raw.length() || marked.spans().isEmpty()) {
      return new InlineText.Marked(text, marked.spans());
    }
    int lead = text.isEmpty() ? 0 : raw.indexOf(text);
    List<Span> spans = new ArrayList<>();
    for (Span span : marked.spans()) {
      int start = Math.max(0, Math.min(text.length(), span.start() - lead));
      int end = Math.max(0, Math.min(text.length(), span.end() - lead));
      if (end > start) {
        spans.add(new Span(start, end, span.kind(), span.target()));
      }
    }
    return new InlineText.Marked(text, spans);
  }

  private void add(Block block) {
    blocks.add(block);
  }

  private void add(
      Block.Kind kind,
      InlineText.Marked marked,
      int zeroBasedLine,
      int level,
      String marker,
      boolean literal)
      throws ParseException {
    InlineText.Marked strippedText = stripped(marked);
    String text = strippedText.text();
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
    if (blocks.size() >= limits.maxParagraphs()) {
      throw new LimitExceededException(
          "line " + line,
          "more than " + limits.maxParagraphs() + " paragraphs (raise Limits.maxParagraphs)");
    }
    blocks.add(
        new Block(kind, text, level, marker, strippedText.spans(), null, "line " + line, literal));
  }

  private String where(Node block) {
    return "line " + (firstLine + block.getStartLineNumber());
  }
}
