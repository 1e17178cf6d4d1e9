package dev.pressroom.model;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * One piece of inline content: plain text, emphasis, strong emphasis or a link. A paragraph,
 * heading, list item or quote holds a sequence of them.
 *
 * <pre>{@code
 * List<Inline> content = List.of(
 *     new Inline.Text("Read the "),
 *     new Inline.Strong(Inline.text("full statement")),
 *     new Inline.Text(" at "),
 *     new Inline.Link(Inline.text("example.org"), URI.create("https://example.org/")));
 * }</pre>
 *
 * <p>A sequence is kept in one canonical form by the blocks that hold it ({@link
 * #canonical(List)}), so that equal content is one value whichever way it was built: adjacent text
 * merges, empty pieces are dropped, links are outermost, strong opens before emphasis where both
 * start together, and emphasis does not begin or end with whitespace.
 */
public sealed interface Inline {

  /** The plain text of this piece, its markup left out. */
  String plainText();

  /** Plain text. */
  record Text(String value) implements Inline {
    /** Text; {@code null} is refused. */
    public Text {
      Objects.requireNonNull(value, "text is missing");
    }

    @Override
    public String plainText() {
      return value;
    }
  }

  /** Emphasised content, usually shown in italics. */
  record Emphasis(List<Inline> content) implements Inline {
    /** Emphasis over {@code content}; the list is copied. */
    public Emphasis {
      content = copy(content);
    }

    @Override
    public String plainText() {
      return Inline.plainText(content);
    }
  }

  /** Strongly emphasised content, usually shown in bold. */
  record Strong(List<Inline> content) implements Inline {
    /** Strong emphasis over {@code content}; the list is copied. */
    public Strong {
      content = copy(content);
    }

    @Override
    public String plainText() {
      return Inline.plainText(content);
    }
  }

  /**
   * A link: its text and where it leads.
   *
   * @param content the link text
   * @param target an absolute {@code http}, {@code https} or {@code mailto} URI ({@link
   *     LinkTargets}); any other scheme is rejected
   */
  record Link(List<Inline> content, URI target) implements Inline {
    /** A link; the target must pass {@link LinkTargets}. */
    public Link {
      content = copy(content);
      String problem = LinkTargets.problem(target);
      if (problem != null) {
        throw new IllegalArgumentException("link target " + problem);
      }
    }

    @Override
    public String plainText() {
      return Inline.plainText(content);
    }
  }

  /** One plain text piece as content, the way most paragraphs are. */
  static List<Inline> text(String value) {
    return List.of(new Text(value));
  }

  /** The plain text of a sequence, markup left out. */
  static String plainText(List<Inline> content) {
    if (content.size() == 1) {
      return content.get(0).plainText();
    }
    StringBuilder out = new StringBuilder();
    for (Inline piece : content) {
      out.append(piece.plainText());
    }
    return out.toString();
  }

  /** Whether a sequence is only plain text (no emphasis, strong or link). */
  static boolean isPlain(List<Inline> content) {
    for (Inline piece : content) {
      if (!(piece instanceof Text)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The canonical form of a sequence: the same characters with the same emphasis, strength and link
   * targets, built the one way described above.
   */
  static List<Inline> canonical(List<Inline> content) {
    return InlineRuns.canonical(copy(content));
  }

  private static List<Inline> copy(List<Inline> content) {
    Objects.requireNonNull(content, "inline content is missing (use an empty list)");
    for (int i = 0; i < content.size(); i++) {
      if (content.get(i) == null) {
        throw new IllegalArgumentException("inline content [" + i + "] is missing");
      }
    }
    return List.copyOf(content);
  }
}
