package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The breadcrumb line: segments joined by {@code " > "}, each with {@code >}, {@code <} and {@code
 * \} escaped by a backslash ({@link Escapes}). A one-segment trail is written {@code HOME >} so
 * that it is still recognised. Reading accepts any whitespace around the {@code >} (the seed uses
 * U+00A0).
 */
final class Breadcrumbs {
  private Breadcrumbs() {}

  /** The line for a non-empty breadcrumb. */
  static String format(List<String> segments) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      if (i > 0) {
        out.append(" > ");
      }
      out.append(Escapes.escape(segments.get(i)));
    }
    if (segments.size() == 1) {
      out.append(" >");
    }
    return out.toString();
  }

  /**
   * The segments a line shows, or {@code null} when it is not breadcrumb-shaped: at least one
   * spaced {@code >} separator and no empty segment (except after a final {@code >}), every segment
   * a valid line of text.
   */
  static List<String> parse(String line) {
    if (line.indexOf('>') < 0) {
      return null;
    }
    List<String> parts = Escapes.splitTrail(line);
    if (parts.size() < 2) {
      return null;
    }
    if (parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    List<String> segments = new ArrayList<>(parts.size());
    for (String part : parts) {
      String segment = Text.strip(Escapes.unescape(part));
      if (Text.problem(segment) != null) {
        return null;
      }
      segments.add(segment);
    }
    return segments;
  }
}
