package dev.pressroom.format.md;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pressroom.LimitExceededException;
import java.util.regex.Pattern;

/**
 * Flattens inline Markdown to the text a reader sees: backslash escapes and entities decoded,
 * emphasis markers dropped, links keep their text, autolinks their address, code spans their
 * content; images and inline HTML tags are dropped; line breaks become one space, inside brackets
 * that make no link too.
 */
final class InlineText {
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\n[ \\t]*");
  private final StringBuilder out = new StringBuilder();
  private final int maxDepth;

  private InlineText(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** The text of {@code block}'s inline content. */
  static String of(Node block, int maxDepth) throws LimitExceededException {
    InlineText text = new InlineText(maxDepth);
    text.children(block, 0);
    return text.out.toString();
  }

  private void children(Node parent, int depth) throws LimitExceededException {
    if (depth > maxDepth) {
      throw new LimitExceededException(
          "line " + (parent.getStartLineNumber() + 1),
          "inline markup is nested deeper than " + maxDepth + " (raise Limits.maxDepth)");
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      node(node, depth + 1);
    }
  }

  private void node(Node node, int depth) throws LimitExceededException {
    if (node instanceof Text || node instanceof HtmlEntity) {
      out.append(node.getChars().unescape());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else if (node instanceof Code code) {
      out.append(codeSpan(code.getText().toString()));
    } else if (node instanceof AutoLink link) {
      out.append(link.getText());
    } else if (node instanceof MailLink link) {
      out.append(link.getText());
    } else if (node instanceof Image
        || node instanceof ImageRef
        || node instanceof HtmlInlineBase) {
      // images and inline HTML tags show no text of their own
    } else if (node instanceof LinkRef ref && !ref.isDefined()) {
      undefinedReference(ref, depth);
    } else if (node.hasChildren()) {
      children(node, depth);
    } else {
      out.append(node.getChars().unescape());
    }
  }

  /**
   * A reference without a definition shows its brackets as written and the text inside them as any
   * inline text (so a line break inside is a space): {@code [text]}, {@code [text][]} or {@code
   * [text][label]}.
   */
  private void undefinedReference(LinkRef ref, int depth) throws LimitExceededException {
    BasedSequence textOpen = ref.getTextOpeningMarker();
    boolean full =
        textOpen.isNotNull()
            && textOpen.getStartOffset() < ref.getReferenceOpeningMarker().getStartOffset();
    out.append('[');
    children(ref, depth);
    out.append(']');
    if (full) {
      out.append('[').append(oneLine(ref.getReference().unescape())).append(']');
    } else if (textOpen.isNotNull()) {
      out.append("[]");
    }
  }

  /** Line breaks, with the spaces around them, as one space. */
  private static String oneLine(String text) {
    return text.indexOf('\n') < 0 ? text : LINE_BREAK.matcher(text).replaceAll(" ");
  }

  /** A code span's content: line ends as spaces, one space stripped from each padded side. */
  private static String codeSpan(String content) {
    String text = content.replace('\n', ' ');
    if (text.length() >= 2
        && text.charAt(0) == ' '
        && text.charAt(text.length() - 1) == ' '
        && !text.isBlank()) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }
}
