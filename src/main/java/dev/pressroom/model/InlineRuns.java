package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The canonical form of inline content ({@link Inline#canonical}). The content is flattened to its
 * characters, each with three attributes (emphasis, strong, link target), and built again the one
 * way: a link over each stretch of characters with the same target; inside it, at each position,
 * strong or emphasis over the longest stretch that has it (strong when both are as long), never
 * beginning or ending with whitespace; plain text merged.
 */
final class InlineRuns {
  private final StringBuilder text = new StringBuilder();
  private final List<Boolean> em = new ArrayList<>();
  private final List<Boolean> strong = new ArrayList<>();
  private final List<URI> href = new ArrayList<>();

  private InlineRuns() {}

  static List<Inline> canonical(List<Inline> content) {
    if (content.isEmpty()) {
      return content;
    }
    if (Inline.isPlain(content)) {
      String joined = Inline.plainText(content);
      if (joined.isEmpty()) {
        return List.of();
      }
      return content.size() == 1 ? content : List.of(new Inline.Text(joined));
    }
    InlineRuns runs = new InlineRuns();
    runs.flatten(content, false, false, null);
    return runs.build();
  }

  private void flatten(List<Inline> content, boolean inEm, boolean inStrong, URI target) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        String value = t.value();
        for (int i = 0; i < value.length(); i++) {
          text.append(value.charAt(i));
          em.add(inEm);
          strong.add(inStrong);
          href.add(target);
        }
      } else if (piece instanceof Inline.Emphasis e) {
        flatten(e.content(), true, inStrong, target);
      } else if (piece instanceof Inline.Strong s) {
        flatten(s.content(), inEm, true, target);
      } else if (piece instanceof Inline.Link l) {
        if (target != null) {
          throw new IllegalArgumentException(
              "a link inside a link (" + l.target() + " inside " + target + ")");
        }
        flatten(l.content(), inEm, inStrong, l.target());
      }
    }
  }

  private List<Inline> build() {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      URI target = href.get(i);
      int end = i;
      while (end < n && Objects.equals(href.get(end), target)) {
        end++;
      }
      if (target == null) {
        styled(i, end, false, false, out, plain);
      } else {
        flush(plain, out);
        List<Inline> inner = new ArrayList<>();
        StringBuilder innerPlain = new StringBuilder();
        styled(i, end, false, false, inner, innerPlain);
        flush(innerPlain, inner);
        out.add(new Inline.Link(inner, target));
      }
      i = end;
    }
    flush(plain, out);
    return List.copyOf(out);
  }

  private void styled(
      int lo, int hi, boolean emOpen, boolean strongOpen, List<Inline> out, StringBuilder plain) {
    int i = lo;
    while (i < hi) {
      boolean needEm = em.get(i) && !emOpen;
      boolean needStrong = strong.get(i) && !strongOpen;
      if ((!needEm && !needStrong) || Text.isSpace(text.charAt(i))) {
        plain.append(text.charAt(i));
        i++;
        continue;
      }
      int emEnd = needEm ? stretch(em, i, hi) : i;
      int strongEnd = needStrong ? stretch(strong, i, hi) : i;
      boolean strongOuter = strongEnd >= emEnd;
      int end = Math.max(emEnd, strongEnd);
      while (end > i && Text.isSpace(text.charAt(end - 1))) {
        end--;
      }
      flush(plain, out);
      List<Inline> inner = new ArrayList<>();
      StringBuilder innerPlain = new StringBuilder();
      styled(i, end, emOpen || !strongOuter, strongOpen || strongOuter, inner, innerPlain);
      flush(innerPlain, inner);
      out.add(strongOuter ? new Inline.Strong(inner) : new Inline.Emphasis(inner));
      i = end;
    }
  }

  private static int stretch(List<Boolean> attribute, int from, int hi) {
    int end = from;
    while (end < hi && attribute.get(end)) {
      end++;
    }
    return end;
  }

  private static void flush(StringBuilder plain, List<Inline> out) {
    if (plain.length() > 0) {
      out.add(new Inline.Text(plain.toString()));
      plain.setLength(0);
    }
  }
}
