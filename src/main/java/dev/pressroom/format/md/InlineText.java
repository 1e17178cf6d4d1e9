package dev.pressroom.format.md;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pressroom.LimitExceededException;
import dev.pressroom.reading.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flattens inline Markdown to the text a reader sees: backslash escapes and entities decoded,
 * emphasis markers dropped, links keep their text, autolinks their address, code spans their
 * content; images and inline HTML tags are dropped; line breaks become one space, inside brackets
 * that make no link too. What the markup said is kept as {@link Span}s over that text: emphasis and
 * strong emphasis (also as the inline HTML tags {@code <em>}, {@code <i>}, {@code <strong>}, {@code
 * <b>}), and links, autolinks and e-mail autolinks with their targets.
 */
final class InlineText {
  private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\n[ \\t]*");
  private final StringBuilder out = new StringBuilder();
  private final List<Span> spans = new ArrayList<>();
  private final List<Object[]> openTags = new ArrayList<>(); // {tag name, start}
  private final int maxDepth;

  /** A block's inline text and the markup over it. */
  record Marked(String text, List<Span> spans) {}

  private InlineText(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** The text of {@code block}'s inline content. */
  static String of(Node block, int maxDepth) throws LimitExceededException {
    return marked(block, maxDepth).text();
  }

  /** The text of {@code block}'s inline content and its spans. */
  static Marked marked(Node block, int maxDepth) throws LimitExceededException {
    InlineText text = new InlineText(maxDepth);
    text.children(block, 0);
    return new Marked(text.out.toString(), text.spans);
  }

  private void span(int start, Span.Kind kind, String target) {
    if (out.length() > start) {
      spans.add(new Span(start, out.length(), kind, target));
    }
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
      int start = out.length();
      out.append(link.getText());
      span(start, Span.Kind.LINK, link.getUrl().toString());
    } else if (node instanceof MailLink link) {
      int start = out.length();
      out.append(link.getText());
      span(start, Span.Kind.LINK, "mailto:" + link.getText());
    } else if (node instanceof Emphasis || node instanceof StrongEmphasis || node instanceof Link) {
      int start = out.length();
      children(node, depth);
      if (node instanceof Link link) {
        span(start, Span.Kind.LINK, link.getUrl().unescape());
      } else {
        span(start, node instanceof Emphasis ? Span.Kind.EMPHASIS : Span.Kind.STRONG, null);
      }
    } else if (node instanceof HtmlInline tag) {
      htmlTag(tag.getChars().toString());
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

  /** An inline HTML tag: {@code <em>}, {@code <i>}, {@code <strong>}, {@code <b>} open a span. */
  private void htmlTag(String tag) {
    String name = tag.replaceAll("[<>/\\s]", "").toLowerCase(Locale.ROOT);
    Span.Kind kind =
        switch (name) {
          case "em", "i" -> Span.Kind.EMPHASIS;
          case "strong", "b" -> Span.Kind.STRONG;
          default -> null;
        };
    if (kind == null) {
      return;
    }
    if (!tag.startsWith("</")) {
      openTags.add(new Object[] {name, out.length()});
      return;
    }
    for (int i = openTags.size() - 1; i >= 0; i--) {
      if (openTags.get(i)[0].equals(name)) {
        span((Integer) openTags.remove(i)[1], kind, null);
        return;
      }
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
