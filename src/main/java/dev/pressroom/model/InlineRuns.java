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
  private static final byte EM = 1;
  private static final byte STRONG = 2;

  private final char[] text;
  private final byte[] style;
  private final URI[] href; // null when the content has no link
  private int n;

  private InlineRuns(int length, boolean links) {
    text = new char[length];
    style = new byte[length];
    href = links ? new URI[length] : null;
  }

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
    if (isCanonical(content, true)) {
      return content;
    }
    return rebuilt(content);
  }

  /** The content built again from its characters, whatever its shape: the rule itself. */
  static List<Inline> rebuilt(List<Inline> content) {
    int[] size = new int[2]; // characters, links
    measure(content, size);
    InlineRuns runs = new InlineRuns(size[0], size[1] > 0);
    runs.flatten(content, (byte) 0, null);
    return runs.build();
  }

  /**
   * Whether a sequence is in the canonical form already, judged without building it again, for the
   * shapes content mostly has: text pieces, none empty and no two in a row; strong or emphasis over
   * one piece of text that neither begins nor ends with whitespace, never right after a piece of
   * its own kind (the two would be one); and, where {@code links} allows them, a link over such a
   * sequence, never right after a link to the same target. Anything else (nested emphasis, say)
   * answers false and is built again, so a false answer is never wrong, only slower.
   */
  static boolean isCanonical(List<Inline> content, boolean links) {
    if (content.isEmpty()) {
      return false;
    }
    Inline previous = null;
    for (Inline piece : content) {
      boolean fits;
      if (piece instanceof Inline.Text t) {
        fits = !t.value().isEmpty() && !(previous instanceof Inline.Text);
      } else if (piece instanceof Inline.Strong s) {
        fits = isTrimmedText(s.content()) && !(previous instanceof Inline.Strong);
      } else if (piece instanceof Inline.Emphasis e) {
        fits = isTrimmedText(e.content()) && !(previous instanceof Inline.Emphasis);
      } else {
        Inline.Link l = (Inline.Link) piece;
        fits =
            links
                && isCanonical(l.content(), false)
                && !(previous instanceof Inline.Link p && p.target().equals(l.target()));
      }
      if (!fits) {
        return false;
      }
      previous = piece;
    }
    return true;
  }

  /** Whether content is one piece of text, not empty, with no whitespace at either end. */
  private static boolean isTrimmedText(List<Inline> content) {
    if (content.size() != 1 || !(content.get(0) instanceof Inline.Text t)) {
      return false;
    }
    String value = t.value();
    return !value.isEmpty()
        && !Text.isSpace(value.charAt(0))
        && !Text.isSpace(value.charAt(value.length() - 1));
  }

  private static void measure(List<Inline> content, int[] size) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        size[0] += t.value().length();
      } else if (piece instanceof Inline.Emphasis e) {
        measure(e.content(), size);
      } else if (piece instanceof Inline.Strong s) {
        measure(s.content(), size);
      } else if (piece instanceof Inline.Link l) {
        size[1]++;
        measure(l.content(), size);
      }
    }
  }

  private void flatten(List<Inline> content, byte inherited, URI target) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        String value = t.value();
        int length = value.length();
        value.getChars(0, length, text, n);
        for (int i = n; i < n + length; i++) {
          style[i] = inherited;
        }
        if (target != null) {
          for (int i = n; i < n + length; i++) {
            href[i] = target;
          }
        }
        n += length;
      } else if (piece instanceof Inline.Emphasis e) {
        flatten(e.content(), (byte) (inherited | EM), target);
      } else if (piece instanceof Inline.Strong s) {
        flatten(s.content(), (byte) (inherited | STRONG), target);
      } else if (piece instanceof Inline.Link l) {
        if (target != null) {
          throw new IllegalArgumentException(
              "a link inside a link (" + l.target() + " inside " + target + ")");
        }
        flatten(l.content(), inherited, l.target());
      }
    }
  }

  private URI target(int i) {
    return href == null ? null : href[i];
  }

  private List<Inline> build() {
    List<Inline> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < n) {
      URI target = target(i);
      int end = i;
      while (end < n && Objects.equals(target(end), target)) {
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
      boolean needEm = (style[i] & EM) != 0 && !emOpen;
      boolean needStrong = (style[i] & STRONG) != 0 && !strongOpen;
      if ((!needEm && !needStrong) || Text.isSpace(text[i])) {
        plain.append(text[i]);
        i++;
        continue;
      }
      int emEnd = needEm ? stretch(EM, i, hi) : i;
      int strongEnd = needStrong ? stretch(STRONG, i, hi) : i;
      boolean strongOuter = strongEnd >= emEnd;
      int end = Math.max(emEnd, strongEnd);
      while (end > i && Text.isSpace(text[end - 1])) {
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

  private int stretch(byte attribute, int from, int hi) {
    int end = from;
    while (end < hi && (style[end] & attribute) != 0) {
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
