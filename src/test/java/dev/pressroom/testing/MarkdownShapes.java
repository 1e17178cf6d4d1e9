package dev.pressroom.testing;

/**
 * Markdown shapes that made flexmark's parser quadratic or deeply recursive (issue 12): each a
 * headline and then one unit repeated up to a size. {@code FuzzTest} requires each to be read in
 * time; {@code MarkdownShapesBenchmark} measures their time per MB.
 */
public enum MarkdownShapes {
  /** One paragraph of reference definitions, {@code [a1]: b}. */
  DEFINITIONS(""),
  /** Link openers that never close: {@code [a](b }. */
  UNCLOSED_LINKS("[a](b "),
  /** Entities in one paragraph: {@code &amp;}. */
  ENTITIES("&amp;"),
  /** Link openers inside one word: {@code [a](b[a](b...}. */
  LINKS_IN_A_WORD("[a](b"),
  /** Processing instructions that never close: {@code <? }. */
  UNCLOSED_INSTRUCTIONS("<? "),
  /** CDATA sections that never close. */
  UNCLOSED_CDATA("<![CDATA[ "),
  /** A paragraph of lines that start with a digit (each asked for a heading underline). */
  DIGIT_LINES("1 x\n"),
  /** A list nested one level deeper on every line, by indentation. */
  NESTED_LIST(""),
  /** Lists 400 levels deep on one line each, within the default depth limit. */
  DEEP_LISTS("- ".repeat(400) + "x\n");

  private final String unit;

  MarkdownShapes(String unit) {
    this.unit = unit;
  }

  /** The shape at about {@code bytes} bytes (all ASCII). */
  public String of(int bytes) {
    StringBuilder out = new StringBuilder(bytes + 64).append("# Shape\n\n");
    if (this == UNCLOSED_INSTRUCTIONS || this == UNCLOSED_CDATA) {
      out.append("x "); // inline, not an HTML block
    }
    for (int i = 0; out.length() < bytes; i++) {
      switch (this) {
        case DEFINITIONS -> out.append("[a").append(i).append("]: b\n");
        case NESTED_LIST -> out.append("  ".repeat(i)).append("- x\n");
        default -> out.append(unit);
      }
    }
    return out.append('\n').toString();
  }
}
