package dev.pressroom.reading;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import java.util.Locale;
import java.util.Set;

/**
 * The headline, taken out of the blocks. In order:
 *
 * <ol>
 *   <li>a declared title ({@link DocumentInfo#titleAuthoritative()}); a level-1 heading opening the
 *       text is then its visible copy and dropped;
 *   <li>the first level-1 heading;
 *   <li>after a banner, a line in capitals among the next {@value #LOOKAHEAD} one-line blocks
 *       ({@code Media Release / Senator ... / May 4, 2003 / AUSTRALIA JOINS ...}): the issuer lines
 *       passed over are masthead and dropped, date lines are left for the timestamp;
 *   <li>in a document with font sizes, the first block in the largest size among the first {@value
 *       #LOOKAHEAD} blocks (bold wins a tie), when it is larger than the next block, or as large
 *       and bold where that is not (the last block, than the one before it);
 *   <li>in a format with headings, a first block that is no headline ({@link #lone}) leaves the
 *       title to the declared title (a DOCX's or PDF's properties), when there is one, and stays
 *       body;
 *   <li>a text that opens with a dateline ({@code Washington, D.C. -- Senator ...}) has no
 *       headline: the title is the lede's first sentence, cut at a word after {@value #MAX_DERIVED}
 *       characters with {@code …}, and the lede stays the first paragraph;
 *   <li>else the first block that is not a date line, an end mark, a filing reference or a contact
 *       block (a bare contact head with the block after it): in plain text its first line (text
 *       right under it is body), elsewhere the whole block, its lines joined;
 *   <li>with no such block, the declared title (a DOCX's or PDF's properties), when there is one.
 * </ol>
 *
 * Unless the title was declared, a first body block that repeats it is dropped. The blocks left
 * before the title are the {@linkplain Draft#head head}, where the timestamp pass looks for a date
 * line.
 */
final class TitlePass implements Pass {
  static final int LOOKAHEAD = 5;
  static final int MAX_DERIVED = 150;
  static final int SHORT_TITLE = 200;
  private static final int LOOKAHEAD_WIDTH = 150;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
          "hon", "rev", "st", "mt", "ft", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "nr",
          "bzw", "ca", "vgl", "mme", "sra", "dra");

  @Override
  public void apply(Draft draft) {
    if (draft.declared() && draft.info.title() != null) {
      draft.title = Text.strip(draft.info.title());
      if (!draft.blocks.isEmpty() && isHeading(draft.blocks.get(0), 1)) {
        draft.blocks.remove(0);
      }
      return;
    }
    int at = firstHeading(draft);
    if (at < 0 && draft.sawBanner) {
      at = capitalsAhead(draft);
    }
    if (at < 0) {
      at = largest(draft);
    }
    if (at < 0) {
      at = firstCandidate(draft);
      if (at < 0) {
        if (draft.info.title() != null && !Text.isBlank(draft.info.title())) {
          draft.title = Text.strip(draft.info.title());
        }
        return; // else the assembler says there is no title
      }
      Block block = draft.blocks.get(at);
      if (block.plain() && DateFinder.dateline(firstLine(block.text())) != null) {
        String lede = LineJoinPass.join(draft.format, block.text());
        DateFinder.Dateline dateline = DateFinder.dateline(lede);
        // Joined, the lede may no longer open with the first line's dateline: then all of it.
        String rest =
            dateline == null || dateline.end() > lede.length()
                ? lede
                : Text.strip(lede.substring(dateline.end()));
        draft.title = fromLede(rest.isEmpty() ? lede : rest);
        draft.head = at;
        return;
      }
      if (!draft.format.equals("txt") && lone(draft, at)) {
        if (draft.info.title() != null && !Text.isBlank(draft.info.title())) {
          draft.title = Text.strip(draft.info.title()); // the lede stays body
          draft.head = at;
          return;
        }
        draft.title = fromLede(LineJoinPass.join(draft.format, block.text()));
        draft.head = at;
        return;
      }
      if (draft.format.equals("txt") && block.text().indexOf('\n') >= 0) {
        int nl = block.text().indexOf('\n');
        draft.title = Text.strip(block.text().substring(0, nl));
        draft.blocks.set(at, block.withText(block.text().substring(nl + 1)));
        draft.head = at;
        return;
      }
    }
    draft.title = Text.strip(LineJoinPass.join(draft.format, draft.blocks.remove(at).text()));
    draft.head = at;
    dropRepeat(draft, at);
  }

  /**
   * Whether the block at {@code at} is no headline in a format that has headings: a paragraph that
   * is longer than {@value #SHORT_TITLE} characters, spans lines, or has nothing after it.
   */
  private static boolean lone(Draft draft, int at) {
    Block block = draft.blocks.get(at);
    return block.kind() != Block.Kind.HEADING
        && (at + 1 >= draft.blocks.size()
            || block.text().length() > SHORT_TITLE
            || block.text().indexOf('\n') >= 0);
  }

  private static void dropRepeat(Draft draft, int at) {
    if (at < draft.blocks.size()
        && Text.strip(LineJoinPass.join(draft.format, draft.blocks.get(at).text()))
            .equals(draft.title)) {
      Block repeat = draft.blocks.remove(at);
      draft.warn(repeat.place(), "the headline repeated as the first paragraph left out");
    }
  }

  private static boolean isHeading(Block block, int level) {
    return block.kind() == Block.Kind.HEADING && block.level() == level;
  }

  private static int firstHeading(Draft draft) {
    for (int i = 0; i < draft.blocks.size(); i++) {
      if (isHeading(draft.blocks.get(i), 1) && !draft.blocks.get(i).text().isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int capitalsAhead(Draft draft) {
    int n = Math.min(LOOKAHEAD, draft.blocks.size());
    for (int i = 0; i < n; i++) {
      Block block = draft.blocks.get(i);
      String text = block.text();
      if (!block.plain() || text.indexOf('\n') >= 0 || SplitPass.width(text) > LOOKAHEAD_WIDTH) {
        return -1;
      }
      if (allCaps(text) && TimestampPass.dateLine(text) == null) {
        for (int k = i - 1; k >= 0; k--) {
          Block passed = draft.blocks.get(k);
          if (TimestampPass.dateLine(passed.text()) == null) {
            draft.blocks.remove(k);
            i--;
            draft.warn(passed.place(), "masthead line left out: \"" + passed.text() + "\"");
          }
        }
        return i;
      }
    }
    return -1;
  }

  private static int largest(Draft draft) {
    int n = Math.min(LOOKAHEAD, draft.blocks.size());
    int best = -1;
    for (int i = 0; i < n; i++) {
      Layout look = draft.blocks.get(i).layout();
      if (look.fontSize() > 0 && (best < 0 || outranks(look, draft.blocks.get(best).layout()))) {
        best = i;
      }
    }
    if (best < 0 || draft.blocks.size() < 2) {
      return -1;
    }
    // Larger (or as large and bold) than the block after it; the last block, than the one before.
    Layout other = draft.blocks.get(best + 1 < draft.blocks.size() ? best + 1 : best - 1).layout();
    return other.fontSize() > 0 && outranks(draft.blocks.get(best).layout(), other) ? best : -1;
  }

  /**
   * Whether {@code a} is set larger than {@code b}, or as large and bold where {@code b} is not.
   */
  private static boolean outranks(Layout a, Layout b) {
    if (a.fontSize() != b.fontSize()) {
      return a.fontSize() > b.fontSize();
    }
    return a.bold() && !b.bold();
  }

  private static int firstCandidate(Draft draft) {
    for (int i = 0; i < draft.blocks.size(); i++) {
      Block block = draft.blocks.get(i);
      if (block.kind() == Block.Kind.RULE || block.text().isBlank()) {
        continue;
      }
      if (block.plain()
          && (Vocabulary.isEndMark(block.text()) || Vocabulary.isReference(block.text()))) {
        continue;
      }
      int contact = block.plain() ? Vocabulary.contactHead(block.text()) : -1;
      if (contact >= 0) {
        if (Text.strip(block.text().substring(contact)).isEmpty()) {
          i++; // a bare head: its block follows
        }
        continue;
      }
      if (!block.plain() || TimestampPass.dateLine(block.text()) == null) {
        return i;
      }
    }
    return -1;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  /** Whether a line is in capitals: it has at least two letters and none in lower case. */
  static boolean allCaps(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLowerCase(cp)) {
        return false;
      }
      if (Character.isLetter(cp)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * A title for a release that has none, from its lede: the first sentence (without a final
   * period), cut at a word after {@value #MAX_DERIVED} characters with {@code …}.
   */
  static String fromLede(String lede) {
    String sentence = Text.strip(lede.substring(0, sentenceEnd(lede)));
    if (sentence.endsWith(".")) {
      sentence = Text.strip(sentence.substring(0, sentence.length() - 1));
    }
    if (sentence.length() > MAX_DERIVED) {
      int cut = sentence.lastIndexOf(' ', MAX_DERIVED);
      if (cut <= 0) {
        cut =
            Character.isHighSurrogate(sentence.charAt(MAX_DERIVED - 1))
                ? MAX_DERIVED - 1
                : MAX_DERIVED;
      }
      sentence = Text.strip(sentence.substring(0, cut)) + "…";
    }
    return sentence;
  }

  /** The index just after the first sentence's end mark, or the text's length. */
  private static int sentenceEnd(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        return i + 1;
      }
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      while (end < text.length() && "\"'”’)".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      if (end == text.length()) {
        return end;
      }
      if (!Text.isSpace(text.charAt(end)) || (c == '.' && isAbbreviation(text, i))) {
        continue;
      }
      int next = end;
      while (next < text.length() && Text.isSpace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && !Character.isLowerCase(text.codePointAt(next))) {
        return end;
      }
    }
    return text.length();
  }

  /**
   * Whether the period at {@code dot} ends an initial ({@code K.}), {@code U.S.} or {@code Sen.}.
   */
  private static boolean isAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && !Text.isSpace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0 && word.length() <= 6) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }
}
