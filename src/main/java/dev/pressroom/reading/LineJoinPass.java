package dev.pressroom.reading;

import dev.pressroom.internal.Text;

/**
 * Joins the lines of each block into one: with one space, with none between two CJK characters or
 * before a line that opens with a closing mark (a quotation's {@code ”} wrapped onto a line of its
 * own), and without the break's hyphen where the source hyphenated a word:
 *
 * <ul>
 *   <li>a soft hyphen (U+00AD) at a line's end, or before white space inside a line ({@code
 *       Commis\u00AD sioner}), is dropped with the break or space after it;
 *   <li>in PDF, where hyphens at line ends are the typesetter's (TeX, Word), a hyphen after a
 *       letter at a line's end before a lower-case letter is dropped with the break ({@code
 *       exam-\nple});
 *   <li>elsewhere such a hyphen is kept and the lines joined without a space ({@code long-\nterm}).
 * </ul>
 */
final class LineJoinPass implements Pass {
  private static final char SOFT_HYPHEN = '\u00AD';

  /** Marks that close what came before: a line opening with one joins without a space. */
  private static final String CLOSING = ".,;:!?)]}”’»";

  @Override
  public void apply(Draft draft) {
    if (draft.declared()) {
      return; // written deliberately: its text is kept as given
    }
    for (int i = 0; i < draft.blocks.size(); i++) {
      Block block = draft.blocks.get(i);
      String text = block.text();
      if (text.indexOf('\n') >= 0 || text.indexOf(SOFT_HYPHEN) >= 0) {
        String joined = join(draft.format, text);
        if (!joined.equals(text)) {
          draft.blocks.set(i, block.withText(joined));
        }
      }
    }
  }

  /** The text of a block of a document in {@code format}, its lines joined. */
  static String join(String format, String text) {
    if (text.indexOf('\n') < 0 && text.indexOf(SOFT_HYPHEN) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pdf = format.equals("pdf");
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == SOFT_HYPHEN && (i + 1 == text.length() || Text.isSpace(text.charAt(i + 1)))) {
        i = skipSpace(text, i + 1);
        continue;
      }
      if (c != '\n') {
        out.append(c);
        i++;
        continue;
      }
      int next = skipSpace(text, i + 1);
      trimEnd(out);
      if (out.length() > 0 && next < text.length()) {
        int before = out.codePointBefore(out.length());
        int after = text.codePointAt(next);
        if (hyphenated(out) && Character.isLowerCase(after)) {
          if (pdf) {
            out.setLength(out.length() - 1);
          }
        } else if (!(SplitPass.isWide(before) && SplitPass.isWide(after))
            && CLOSING.indexOf(after) < 0) {
          out.append(' ');
        }
      }
      i = next;
    }
    return Text.strip(out.toString());
  }

  private static boolean hyphenated(StringBuilder out) {
    int n = out.length();
    return n >= 2 && out.charAt(n - 1) == '-' && Character.isLetter(out.charAt(n - 2));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && (Text.isSpace(text.charAt(i)) || text.charAt(i) == '\n')) {
      i++;
    }
    return i;
  }

  private static void trimEnd(StringBuilder out) {
    int n = out.length();
    while (n > 0 && Text.isSpace(out.charAt(n - 1))) {
      n--;
    }
    out.setLength(n);
  }
}
