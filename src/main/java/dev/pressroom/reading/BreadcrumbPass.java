package dev.pressroom.reading;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The navigation trail: the one the source found by structure ({@link DocumentInfo#breadcrumb()}),
 * else the first line of the first block when it is shaped like a trail and text follows it:
 * segments split at a {@code >} with white space around it (NBSP included) ({@code HOME > News &
 * Events}), after an optional label ({@link Vocabulary#trailLabel}: {@code Sie sind hier:}). A
 * final separator is allowed ({@code HOME >}); an empty segment, a segment over {@value
 * #MAX_SEGMENT} characters or a lone segment without a separator is no trail. Unrendered template
 * placeholders ({@code {0}}) are dropped from segments.
 */
final class BreadcrumbPass implements Pass {
  static final int MAX_SEGMENT = 80;

  private static final Pattern SEPARATOR =
      Pattern.compile(
          "(?<=[\\s\\u00A0\\u2007\\u202F\\u3000])>(?=[\\s\\u00A0\\u2007\\u202F\\u3000]|$)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  @Override
  public void apply(Draft draft) {
    if (!draft.info.breadcrumb().isEmpty()) {
      draft.breadcrumb = draft.info.breadcrumb();
      return;
    }
    if (draft.declared() || draft.blocks.isEmpty()) {
      return;
    }
    Block first = draft.blocks.get(0);
    int nl = first.text().indexOf('\n');
    String line = nl < 0 ? first.text() : first.text().substring(0, nl);
    if (!first.plain() || (nl < 0 && draft.blocks.size() < 2)) {
      return;
    }
    List<String> trail = parse(line);
    if (trail == null) {
      return;
    }
    draft.breadcrumb = trail;
    if (nl < 0) {
      draft.blocks.remove(0);
    } else {
      draft.blocks.set(0, first.withText(first.text().substring(nl + 1)));
    }
  }

  /** The segments a line shows, or {@code null} when it is not shaped like a trail. */
  static List<String> parse(String line) {
    String text = line.substring(Vocabulary.trailLabel(line));
    String[] parts = SEPARATOR.split(text, -1);
    int count = parts.length;
    if (count < 2) {
      return null;
    }
    if (Text.strip(parts[count - 1]).isEmpty()) {
      count--;
    }
    List<String> segments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String segment = Text.strip(PLACEHOLDER.matcher(parts[i]).replaceAll(""));
      if (segment.isEmpty() || segment.length() > MAX_SEGMENT || Text.problem(segment) != null) {
        return null;
      }
      segments.add(segment);
    }
    return segments;
  }
}
