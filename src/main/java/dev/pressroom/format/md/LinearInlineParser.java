package dev.pressroom.format.md;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with the same results in time linear in the paragraph. Three of its
 * steps cost time in proportion to the rest of the paragraph, and so grow with the square of a
 * paragraph's length when repeated, and one grows exponentially:
 *
 * <ul>
 *   <li>every regular-expression match copied the whole paragraph ({@code Matcher.toMatchResult} on
 *       Java 17): thousands of reference definitions, entities or link openers in one paragraph
 *       took minutes. The match is taken from the matcher itself here.
 *   <li>an inline HTML candidate ({@code <?}, {@code <!X}, {@code <![CDATA[}) scanned to the end of
 *       the line or paragraph for its closing mark each time. Every kind of inline HTML ends with
 *       {@code >}, processing instructions with {@code ?>} on their line and CDATA with {@code
 *       ]]>}: where the next such mark does not exist, the candidate is refused at once.
 *   <li>a link destination without spaces ({@code [a](b[a](b...}) was scanned to the end of the
 *       word for every opener. In a long word the end of each destination is looked up in an index
 *       of the word's parentheses, built once.
 *   <li>a link label with a run of escape pairs and no closing bracket ({@code [\(\(\(…}) took time
 *       exponential in the run: its expression may read each pair as a lone backslash and a
 *       character too. The label is read in the expression's order without trying a position twice.
 * </ul>
 *
 * <p>Only flexmark's default options are supported (no spaces in URLs, no Jekyll macros); the
 * differential tests compare the documents it builds with flexmark's own.
 */
final class LinearInlineParser extends InlineParserImpl {
  /** Destinations shorter than this are scanned by flexmark itself. */
  private static final int LONG_WORD = 256;

  private BasedSequence cachedFor;
  private final Map<String, Next> next = new HashMap<>();
  private Next lineEnd;
  private Word word;

  LinearInlineParser(
      DataHolder options,
      BitSet specialCharacters,
      BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(
        options,
        specialCharacters,
        delimiterCharacters,
        delimiterProcessors,
        linkRefProcessors,
        inlineParserExtensions);
    if (this.options.spaceInLinkUrls
        || this.options.parseJekyllMacrosInUrls
        || !this.options.linksAllowMatchedParentheses
        || linkDestinationParser == null) {
      throw new IllegalStateException("LinearInlineParser supports flexmark's defaults only");
    }
  }

  @Override
  public BasedSequence match(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input).region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input).region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }

  @Override
  public boolean parseHtmlInline() {
    refreshCaches();
    int after = index + 1;
    if (next(">", after) < 0) {
      return false; // every tag, comment, declaration and instruction ends with '>'
    }
    char second = after < input.length() ? input.charAt(after) : '\0';
    if (second == '?') {
      int close = next("?>", after + 1);
      int end = lineEnd.from(after + 1);
      if (close < 0 || (end >= 0 && end < close)) {
        return false; // a processing instruction ends on its own line
      }
    } else if (second == '!' && isCdata()) {
      if (next("]]>", index + 9) < 0) {
        return false;
      }
    }
    return super.parseHtmlInline();
  }

  /** The most units a link label holds, as flexmark's expression allows. */
  private static final int MAX_LABEL_UNITS = 999;

  /** The ASCII punctuation a backslash escapes. */
  private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

  /**
   * The link label at the index, as flexmark's expression {@code
   * \[(?:[^\\\[\]]|\\[punct]|\\){0,999}\]} matches it, found in the same order (another unit before
   * the closing bracket: a plain character, an escape pair, a lone backslash) but without trying a
   * position twice: that expression takes time exponential in a run of escape pairs with no closing
   * bracket ({@code [\(\(\(…}), as a pair may also be read as a lone backslash and a character.
   */
  @Override
  public int parseLinkLabel() {
    if (index >= input.length() || input.charAt(index) != '[') {
      return 0;
    }
    int reach = Math.min(input.length(), index + 2 * MAX_LABEL_UNITS + 2);
    int[] failed = new int[reach - index + 1]; // fewest units a position was tried with and failed
    java.util.Arrays.fill(failed, Integer.MAX_VALUE);
    int end = label(index + 1, 0, reach, failed);
    if (end < 0) {
      return 0;
    }
    int length = end - index;
    index = end;
    return length;
  }

  /** Where a label whose units from {@code at} on are still to be read ends, or -1. */
  private int label(int at, int units, int reach, int[] failed) {
    if (units >= failed[at - index]) {
      return -1; // tried from here with no more units to spare
    }
    if (units < MAX_LABEL_UNITS && at < reach) {
      char c = input.charAt(at);
      int end = -1;
      if (c == '\\') {
        if (at + 1 < reach && ESCAPABLE.indexOf(input.charAt(at + 1)) >= 0) {
          end = label(at + 2, units + 1, reach, failed);
        }
        if (end < 0) {
          end = label(at + 1, units + 1, reach, failed);
        }
      } else if (c != '[' && c != ']') {
        int next =
            Character.isHighSurrogate(c)
                    && at + 1 < reach
                    && Character.isLowSurrogate(input.charAt(at + 1))
                ? at + 2
                : at + 1;
        end = label(next, units + 1, reach, failed);
      }
      if (end >= 0) {
        return end;
      }
    }
    if (at < reach && input.charAt(at) == ']') {
      return at + 1;
    }
    failed[at - index] = Math.min(failed[at - index], units);
    return -1;
  }

  @Override
  public BasedSequence parseLinkDestination() {
    refreshCaches();
    if (index < input.length() && input.charAt(index) == '<') {
      BasedSequence angles = match(myParsing.LINK_DESTINATION_ANGLES);
      if (angles != null) {
        return angles;
      }
    }
    if (word == null || index < word.start || index >= word.end) {
      int end = index;
      while (end < input.length() && !isSpace(input.charAt(end))) {
        end++;
      }
      if (end - index < LONG_WORD) {
        return super.parseLinkDestination();
      }
      word = new Word(index, end);
    }
    int end = word.destinationEnd(index);
    BasedSequence destination = input.subSequence(index, end);
    index = end;
    return destination;
  }

  /** {@code <![CDATA[} at the index, in any case, as flexmark's expression matches it. */
  private boolean isCdata() {
    String open = "<![CDATA[";
    return index + open.length() <= input.length()
        && input.subSequence(index, index + open.length()).toString().equalsIgnoreCase(open);
  }

  /** The caches describe one input: the paragraph, or the rest of one during definitions. */
  private void refreshCaches() {
    if (cachedFor != input) {
      cachedFor = input;
      next.clear();
      lineEnd = new Next(null);
      word = null;
    }
  }

  private int next(String mark, int from) {
    return next.computeIfAbsent(mark, Next::new).from(from);
  }

  private boolean isSpace(char c) {
    return linkDestinationParser.EXCLUDED_0_TO_SPACE_CHARS.get(c);
  }

  /**
   * The first position at or after a given one of a mark (or, for {@code null}, of a line end as
   * {@code .} in a regular expression sees it), remembered, so that asking in increasing order
   * costs one pass.
   */
  private final class Next {
    private final String mark;
    private int askedFrom = Integer.MAX_VALUE;
    private int found = -1;

    Next(String mark) {
      this.mark = mark;
    }

    int from(int from) {
      if (from >= askedFrom && (found < 0 || found >= from)) {
        return found;
      }
      askedFrom = from;
      found = mark != null ? indexOf(from) : lineTerminator(from);
      return found;
    }

    /** Not {@code BasedSequence.indexOf}, which misses {@code ]]>} in {@code ]]]>}. */
    private int indexOf(int from) {
      int last = input.length() - mark.length();
      for (int i = Math.max(0, from); i <= last; i++) {
        int k = 0;
        while (k < mark.length() && input.charAt(i + k) == mark.charAt(k)) {
          k++;
        }
        if (k == mark.length()) {
          return i;
        }
      }
      return -1;
    }

    private int lineTerminator(int from) {
      for (int i = from; i < input.length(); i++) {
        char c = input.charAt(i);
        if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          return i;
        }
      }
      return -1;
    }
  }

  /**
   * A long run of text without spaces and its unescaped parentheses. A destination starting at
   * {@code s} ends, as in flexmark's own scanner, at the end of the run or before the first {@code
   * )} that would close more parentheses than the destination opened: the first {@code )} after
   * {@code s} whose nesting level is the level at {@code s}.
   */
  private final class Word {
    final int start;
    final int end;

    /** The nesting level before each position, counted from {@code start}. */
    private final int[] level;

    /** For each level, the positions of the unescaped {@code )} at that level, ascending. */
    private final Map<Integer, int[]> closers = new HashMap<>();

    Word(int start, int end) {
      this.start = start;
      this.end = end;
      level = new int[end - start + 1];
      Map<Integer, Integer> counts = new HashMap<>();
      int depth = 0;
      BitSet escapable = linkDestinationParser.PAREN_ESCAPABLE_CHARS;
      for (int i = start; i < end; i++) {
        level[i - start] = depth;
        char c = input.charAt(i);
        if (c == '\\' && i + 1 < end && escapable.get(input.charAt(i + 1))) {
          level[i + 1 - start] = depth;
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          int[] at = closers.get(depth);
          int n = counts.getOrDefault(depth, 0);
          if (at == null || n == at.length) {
            at = at == null ? new int[4] : Arrays.copyOf(at, at.length * 2);
            closers.put(depth, at);
          }
          at[n] = i;
          counts.put(depth, n + 1);
          depth--;
        }
      }
      level[end - start] = depth;
      for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
        closers.put(count.getKey(), Arrays.copyOf(closers.get(count.getKey()), count.getValue()));
      }
    }

    int destinationEnd(int s) {
      int[] at = closers.get(level[s - start]);
      if (at == null) {
        return end;
      }
      int i = Arrays.binarySearch(at, s);
      i = i >= 0 ? i : -i - 1;
      return i < at.length ? at[i] : end;
    }
  }
}
