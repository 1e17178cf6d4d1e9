package dev.pressroom.format.md;

import dev.pressroom.LimitExceededException;
import java.util.Arrays;

/**
 * How deeply a Markdown body nests block quotes and list items, counted in one pass before flexmark
 * sees it, so that a body nested deeper than {@code Limits.maxDepth} is refused at once: flexmark
 * matches every open container again on each line, so its time grows with depth times lines, and
 * deep nesting overflows its stack.
 *
 * <p>The count follows CommonMark's first phase: each line continues the open containers it can (a
 * quote with its {@code >}, a list item by indentation to its content, any item across a blank
 * line), then opens one for each {@code >} and list marker ({@code -}, {@code +}, {@code *}, {@code
 * 1.}, {@code 1)}) at its start; a thematic break ({@code - - -}) opens none. A line that continues
 * fewer containers and opens none keeps them all open unless a blank line came before (it may be a
 * lazy continuation), so the count errs on the deep side. Fenced code is not told apart.
 */
final class Nesting {
  private Nesting() {}

  private static final int QUOTE = -1;

  /** Refuses a body whose quotes and list items nest deeper than {@code max}. */
  static void check(String body, int firstLine, int max) throws LimitExceededException {
    int[] open = new int[16]; // QUOTE, or the column where an item's content starts
    int size = 0;
    boolean previousBlank = true;
    int line = firstLine;
    for (int start = 0; start < body.length(); line++) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      Cursor at = new Cursor(body, start, end);
      boolean blank = at.restIsBlank();
      int matched = 0;
      while (matched < size && at.continues(open[matched], blank)) {
        matched++;
      }
      int opened = 0;
      for (int container = at.opens(); container != Cursor.NONE; container = at.opens()) {
        if (opened == 0) {
          size = matched;
        }
        if (size == open.length) {
          open = Arrays.copyOf(open, size * 2);
        }
        open[size++] = container;
        opened++;
        if (size > max) {
          throw new LimitExceededException(
              "line " + line,
              "block quotes and lists are nested deeper than " + max + " (raise Limits.maxDepth)");
        }
      }
      if (opened == 0 && (blank || previousBlank)) {
        size = matched; // a blank line continues items, not quotes without '>'
      }
      previousBlank = blank;
      start = end + 1;
    }
  }

  /** A position in one line, with its column (tabs to multiples of 4). */
  private static final class Cursor {
    static final int NONE = Integer.MIN_VALUE;

    private final String text;
    private final int end;
    private int pos;
    private int column;

    /** Per marker character, where the line's tail of only that character and spaces begins. */
    private int dashTail = -1;

    private int starTail = -1;

    Cursor(String text, int start, int end) {
      this.text = text;
      this.pos = start;
      this.end = end;
    }

    boolean restIsBlank() {
      for (int i = pos; i < end; i++) {
        if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
          return false;
        }
      }
      return true;
    }

    /** Whether this line continues a container, consuming its prefix. */
    boolean continues(int container, boolean blank) {
      if (container == QUOTE) {
        int save = pos;
        int saveColumn = column;
        int indent = skipSpaces();
        if (indent <= 3 && pos < end && text.charAt(pos) == '>') {
          pos++;
          column++;
          skipOneSpace();
          return true;
        }
        pos = save;
        column = saveColumn;
        return false;
      }
      if (blank) {
        return true;
      }
      int save = pos;
      int saveColumn = column;
      skipSpaces();
      if (column >= container) {
        return true;
      }
      pos = save;
      column = saveColumn;
      return false;
    }

    /** The container a marker at this point opens (consumed), or {@link #NONE}. */
    int opens() {
      int save = pos;
      int saveColumn = column;
      int indent = skipSpaces();
      if (indent > 3 || pos >= end) {
        pos = save;
        column = saveColumn;
        return NONE;
      }
      char c = text.charAt(pos);
      if (c == '>') {
        pos++;
        column++;
        skipOneSpace();
        return QUOTE;
      }
      int markerEnd = pos;
      if (c == '-' || c == '+' || c == '*') {
        markerEnd = pos + 1;
      } else {
        while (markerEnd < end && markerEnd - pos < 9 && isDigit(text.charAt(markerEnd))) {
          markerEnd++;
        }
        if (markerEnd == pos
            || markerEnd >= end
            || (text.charAt(markerEnd) != '.' && text.charAt(markerEnd) != ')')) {
          markerEnd = pos;
        } else {
          markerEnd++;
        }
      }
      boolean spaceAfter =
          markerEnd > pos
              && (markerEnd == end
                  || text.charAt(markerEnd) == ' '
                  || text.charAt(markerEnd) == '\t');
      if (!spaceAfter || (c == '-' || c == '*') && isThematicBreak(c)) {
        pos = save;
        column = saveColumn;
        return NONE;
      }
      column += markerEnd - pos;
      pos = markerEnd;
      int markerColumn = column;
      int spaces = skipSpaces();
      if (spaces == 0 || spaces > 4 || pos >= end) {
        return markerColumn + 1; // content one column after the marker
      }
      return markerColumn + spaces;
    }

    /**
     * Whether the rest of the line is a thematic break of {@code c}: three or more, and spaces.
     * Only a rest inside the line's tail of {@code c} and spaces is counted, and such a rest holds
     * markers only, so each line is scanned a bounded number of times.
     */
    private boolean isThematicBreak(char c) {
      if (c == '-' ? dashTail < 0 : starTail < 0) {
        int tail = end;
        while (tail > pos && isTailChar(text.charAt(tail - 1), c)) {
          tail--;
        }
        if (c == '-') {
          dashTail = tail;
        } else {
          starTail = tail;
        }
      }
      if (pos < (c == '-' ? dashTail : starTail)) {
        return false;
      }
      int count = 0;
      for (int i = pos; i < end; i++) {
        char x = text.charAt(i);
        if (x == c) {
          count++;
        } else if (x != ' ' && x != '\t') {
          return false;
        }
      }
      return count >= 3;
    }

    private static boolean isTailChar(char x, char c) {
      return x == c || x == ' ' || x == '\t';
    }

    /** Skips spaces and tabs; the number of columns skipped. */
    private int skipSpaces() {
      int from = column;
      while (pos < end) {
        char c = text.charAt(pos);
        if (c == ' ') {
          column++;
        } else if (c == '\t') {
          column += 4 - column % 4;
        } else {
          break;
        }
        pos++;
      }
      return column - from;
    }

    private void skipOneSpace() {
      if (pos < end && text.charAt(pos) == ' ') {
        pos++;
        column++;
      }
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
