package dev.pressroom.format.md;

import dev.pressroom.reading.Vocabulary;
import java.util.regex.Pattern;

/**
 * Writes one line of release text as CommonMark source that shows exactly that text: no character
 * lost, none turned into markup or raw HTML. Only backslash escapes are used, and only where
 * CommonMark would otherwise read markup, so ordinary prose ({@code U.S.}, {@code a * b}, {@code
 * snake_case}, {@code 5 < 6}) stays as it is.
 *
 * <p>The rule, character by character (the text is one line with no surrounding whitespace):
 *
 * <ul>
 *   <li>{@code \} before ASCII punctuation (else it is literal already);
 *   <li>{@code *}, {@code _} and {@code ~} (GFM strikethrough, which Hugo and GitHub enable): every
 *       character of a delimiter run that could open emphasis with a later run able to close it, or
 *       close one opened earlier (flanking judged by both the 0.29 and the 0.31 spec's idea of
 *       punctuation and whitespace, so either kind of reader is safe);
 *   <li>{@code `}: every backtick of a run that has a later run of the same length (a code span);
 *   <li>{@code [} when a {@code ]} follows somewhere (links, images, reference definitions);
 *   <li>{@code <} that starts raw HTML (tag, closing tag, {@code <!}, {@code <?}) or an autolink;
 *   <li>{@code &} that starts an entity or numeric character reference ({@code &amp;}, {@code
 *       &#65;}, {@code &name;});
 *   <li>at the start of a paragraph: the first character of an ATX heading, block quote, bullet
 *       list, thematic break, code fence or HTML block, the {@code .}/{@code )} of an ordered list
 *       marker, and the first {@code -} of an end mark ({@code -END-}, {@code -30-}) so that it is
 *       not read as the end of the body;
 *   <li>in the headline: the first {@code #} of a closing {@code #} sequence.
 * </ul>
 *
 * <p>{@code |}, {@code =}, {@code ---} underlines and hard line breaks need nothing: a paragraph is
 * one line, so it can be neither a table, a setext heading nor end in a line break.
 */
final class MarkdownEscaper {
  private MarkdownEscaper() {}

  private static final String TAG_NAME = "[A-Za-z][A-Za-z0-9-]*";
  private static final String ATTRIBUTE =
      "(?:[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*"
          + "(?:[ \\t]*=[ \\t]*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)";
  private static final Pattern OPEN_TAG =
      Pattern.compile("<" + TAG_NAME + ATTRIBUTE + "*[ \\t]*/?>");
  private static final Pattern CLOSING_TAG = Pattern.compile("</" + TAG_NAME + "[ \\t]*>");
  private static final Pattern URI_AUTOLINK =
      Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\x00-\\x20]*>");
  private static final Pattern EMAIL_AUTOLINK =
      Pattern.compile(
          "<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
              + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);");

  /**
   * HTML block start conditions 1 and 6: the union of the 0.29 and 0.31 tag lists and flexmark's
   * (which adds {@code math} and allows an XML namespace prefix such as {@code <o:p>}).
   */
  private static final Pattern HTML_BLOCK_START =
      Pattern.compile(
          "(?i)<(?:(?:script|pre|style|textarea)(?:[ \\t>]|$)"
              + "|/?(?:[^ \\t:<>/]+:)?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
              + "|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form"
              + "|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main"
              + "|math|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|source"
              + "|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \\t]|/?>|$))");

  private static final Pattern ATX_START = Pattern.compile("#{1,6}(?:[ \\t]|$)");
  private static final Pattern BULLET_START = Pattern.compile("[-+*](?:[ \\t]|$)");
  private static final Pattern THEMATIC_BREAK = Pattern.compile("([-*_])(?:[ \\t]*\\1){2,}[ \\t]*");
  private static final Pattern ORDERED_START = Pattern.compile("([0-9]{1,9})[.)](?:[ \\t]|$)");

  /** A paragraph: one line of body text, escaped as a paragraph of its own. */
  static String paragraph(String text) {
    char first = text.charAt(0);
    if (noInlineMarkup(text) && "#>-+*_`~<".indexOf(first) < 0 && (first < '0' || first > '9')) {
      return text; // the common case, prose: nothing to escape
    }
    boolean[] escape = inline(text);
    blockStart(text, escape);
    return apply(text, escape);
  }

  /** The headline, escaped as the content of {@code # ...}. */
  static String heading(String text) {
    if (noInlineMarkup(text) && !text.endsWith("#")) {
      return text;
    }
    boolean[] escape = inline(text);
    int run = text.length();
    while (run > 0 && text.charAt(run - 1) == '#') {
      run--;
    }
    if (run < text.length() && (run == 0 || isBlank(text.charAt(run - 1)))) {
      escape[run] = true; // else the run is the heading's optional closing sequence
    }
    return apply(text, escape);
  }

  /** Whether {@code text} has none of the characters {@link #inline} may escape. */
  private static boolean noInlineMarkup(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '\\', '*', '_', '~', '`', '[', '<', '&' -> {
          return false;
        }
        default -> {}
      }
    }
    return true;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static String apply(String text, boolean[] escape) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      if (escape[i]) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append('\\');
      }
      if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  private static void blockStart(String text, boolean[] escape) {
    char first = text.charAt(0);
    switch (first) {
      case '#' -> escape[0] |= ATX_START.matcher(text).lookingAt();
      case '>' -> escape[0] = true;
      case '-', '+', '*', '_' ->
          escape[0] |=
              (first != '_' && BULLET_START.matcher(text).lookingAt())
                  || (first != '+' && THEMATIC_BREAK.matcher(text).matches())
                  || (first == '-' && Vocabulary.isEndMark(text));
      case '`' -> escape[0] |= fenceStart(text, '`');
      case '~' -> escape[0] |= fenceStart(text, '~');
      case '<' -> escape[0] |= HTML_BLOCK_START.matcher(text).lookingAt();
      default -> {
        if (first >= '0' && first <= '9') {
          var m = ORDERED_START.matcher(text);
          if (m.lookingAt()) {
            escape[m.end(1)] = true;
          }
        }
      }
    }
  }

  private static boolean fenceStart(String text, char fence) {
    int run = 0;
    while (run < text.length() && text.charAt(run) == fence) {
      run++;
    }
    // A backtick fence's info string cannot hold a backtick; a tilde fence's can.
    return run >= 3 && (fence == '~' || text.indexOf('`', run) < 0);
  }

  private static boolean[] inline(String text) {
    int n = text.length();
    boolean[] escape = new boolean[n];
    int lastCloseBracket = text.lastIndexOf(']');
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> escape[i] = i + 1 < n && isAsciiPunctuation(text.charAt(i + 1));
        case '[' -> escape[i] = i < lastCloseBracket;
        case '&' -> escape[i] = ENTITY.matcher(text).region(i, n).lookingAt();
        case '<' -> escape[i] = startsHtml(text, i);
        default -> {}
      }
    }
    Delimiters.mark(text, '*', escape);
    Delimiters.mark(text, '_', escape);
    Delimiters.mark(text, '~', escape);
    codeSpans(text, escape);
    return escape;
  }

  private static boolean startsHtml(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char next = text.charAt(i + 1);
    if (next == '!' || next == '?') {
      return true; // comments, declarations, CDATA and processing instructions
    }
    int n = text.length();
    if (next == '/' && CLOSING_TAG.matcher(text).region(i, n).lookingAt()) {
      return true;
    }
    if (((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))
        && (OPEN_TAG.matcher(text).region(i, n).lookingAt()
            || URI_AUTOLINK.matcher(text).region(i, n).lookingAt())) {
      return true;
    }
    return text.indexOf('@', i) > 0 && EMAIL_AUTOLINK.matcher(text).region(i, n).lookingAt();
  }

  /**
   * Escapes every backtick run that a later run of the same length would close. Decided from the
   * end: an escaped run's backticks, each after its backslash, still close an earlier opener of
   * length 1 (backslashes do not escape inside a code span), so they count as runs of length 1.
   */
  private static void codeSpans(String text, boolean[] escape) {
    int last = text.lastIndexOf('`');
    if (last < 0 || text.indexOf('`') == last) {
      return;
    }
    java.util.Set<Integer> later = new java.util.HashSet<>();
    int end = last + 1;
    while (end > 0) {
      int start = end;
      while (start > 0 && text.charAt(start - 1) == '`') {
        start--;
      }
      int length = end - start;
      if (later.contains(length)) {
        for (int k = start; k < end; k++) {
          escape[k] = true;
        }
        later.add(1);
      } else {
        later.add(length);
      }
      end = text.lastIndexOf('`', start - 1) + 1;
    }
  }

  static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
