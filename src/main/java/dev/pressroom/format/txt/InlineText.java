package dev.pressroom.format.txt;

import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * Inline content as one line of plain text. Plain text shows no emphasis, so emphasis and strong
 * text are written as their text ({@link #flattened}); a link is written {@code [label]
 * <https://...>}, or {@code <https://...>} alone when its text is its target, the way mail and
 * plain-text readers show links.
 *
 * <p>Escapes, only where text would be misread, so that a text without links is written as it is
 * (and a file written before links were carried reads as it did): a {@code [} or {@code <} of the
 * text where a link would be read is written with a backslash before it, and the backslashes of the
 * text right before such a bracket or before a link are doubled; a run of backslashes anywhere else
 * is itself. Inside a label, {@code \[}, {@code \]} and {@code \\} stand for {@code [}, {@code ]}
 * and {@code \}. A label ends at its first unescaped {@code ]} and may not hold an unescaped {@code
 * [}, and a target at the first {@code >}; every scan stops at the next bracket, so reading and
 * writing take time linear in the length of the line.
 */
final class InlineText {
  private InlineText() {}

  /** {@code content} with emphasis and strong text turned into their text: what a line carries. */
  static List<Inline> flattened(List<Inline> content) {
    boolean plain = true;
    for (Inline piece : content) {
      if (!(piece instanceof Inline.Text) && !(piece instanceof Inline.Link)) {
        plain = false;
      } else if (piece instanceof Inline.Link link && !Inline.isPlain(link.content())) {
        plain = false;
      }
    }
    if (plain) {
      return content;
    }
    Flat flat = new Flat();
    flat.add(content);
    return flat.done();
  }

  /**
   * Emphasis and strong text dropped in one pass, built straight into the canonical form of text
   * and links: adjacent text merged, adjacent links to one target merged, nothing empty.
   */
  private static final class Flat {
    private final List<Inline> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private StringBuilder label;
    private URI target;

    void add(List<Inline> content) {
      for (Inline piece : content) {
        if (piece instanceof Inline.Text t) {
          if (!t.value().isEmpty()) {
            closeLink();
            text.append(t.value());
          }
        } else if (piece instanceof Inline.Link link) {
          String words = link.plainText();
          if (words.isEmpty()) {
            continue;
          }
          if (label != null && !link.target().equals(target)) {
            closeLink();
          }
          if (label == null) {
            flushText();
            label = new StringBuilder();
            target = link.target();
          }
          label.append(words);
        } else if (piece instanceof Inline.Emphasis e) {
          add(e.content());
        } else if (piece instanceof Inline.Strong st) {
          add(st.content());
        }
      }
    }

    private void closeLink() {
      if (label != null) {
        out.add(new Inline.Link(Inline.text(label.toString()), target));
        label = null;
        target = null;
      }
    }

    private void flushText() {
      if (text.length() > 0) {
        out.add(new Inline.Text(text.toString()));
        text.setLength(0);
      }
    }

    List<Inline> done() {
      closeLink();
      flushText();
      return List.copyOf(out);
    }
  }

  // ---- writing ----

  /** The line for {@code content} (already {@linkplain #flattened flattened}). */
  static String write(List<Inline> content) {
    if (content.size() == 1 && content.get(0) instanceof Inline.Text t) {
      String text = t.value();
      if (!needsCare(text)) {
        return text;
      }
    }
    // Built from the end, so that each decision sees the text the reader will see after it.
    Backwards written = new Backwards();
    boolean beforeLink = false; // whether what follows opens a link or is an escaped bracket
    for (int p = content.size() - 1; p >= 0; p--) {
      Inline piece = content.get(p);
      if (piece instanceof Inline.Link link) {
        beforeLink = true;
        String label = link.plainText();
        String target = link.target().toString();
        written.prepend('>');
        written.prepend(target);
        written.prepend('<');
        if (!label.equals(target)) {
          written.prepend(' ');
          written.prepend(']');
          for (int i = label.length() - 1; i >= 0; i--) {
            char c = label.charAt(i);
            boolean escape = c == '[' || c == ']' || (c == '\\' && startsLabelEscapable(written));
            written.prepend(c);
            if (escape) {
              written.prepend('\\');
            }
          }
          written.prepend('[');
        }
      } else {
        String text = piece.plainText();
        if (!needsCare(text) && text.indexOf('\\') < 0) {
          written.prepend(text); // nothing in it is escaped, and what precedes opens no link
          beforeLink = beforeLink && text.isEmpty();
          continue;
        }
        for (int i = text.length() - 1; i >= 0; i--) {
          char c = text.charAt(i);
          boolean escape;
          if (c == '\\') {
            escape = beforeLink; // keeps the run before a link or an escaped bracket even
          } else {
            escape = c == '[' ? bracketLinkAt(c, written) : c == '<' && autolinkAt(c, written);
            beforeLink = escape;
          }
          written.prepend(c);
          if (escape) {
            written.prepend('\\');
          }
        }
      }
    }
    return written.toString();
  }

  /** A line written from its end to its start: what is prepended is read first. */
  private static final class Backwards {
    private char[] chars = new char[256];
    private int start = chars.length;

    void prepend(char c) {
      room(1);
      chars[--start] = c;
    }

    void prepend(String text) {
      room(text.length());
      start -= text.length();
      text.getChars(0, text.length(), chars, start);
    }

    private void room(int more) {
      if (start < more) {
        int length = length();
        char[] larger = new char[Math.max(2 * chars.length, length + more + 16)];
        System.arraycopy(chars, start, larger, larger.length - length, length);
        start = larger.length - length;
        chars = larger;
      }
    }

    int length() {
      return chars.length - start;
    }

    /** The character {@code index} places from the start of what is written so far. */
    char charAt(int index) {
      return chars[start + index];
    }

    @Override
    public String toString() {
      return new String(chars, start, length());
    }
  }

  /** Whether a text could hold a link at all: it has a {@code [} or {@code <}. */
  private static boolean needsCare(String text) {
    return text.indexOf('[') >= 0 || text.indexOf('<') >= 0;
  }

  /** Whether the label written after this point begins with an escapable char. */
  private static boolean startsLabelEscapable(Backwards written) {
    return written.length() > 0 && isLabelEscapable(written.charAt(0));
  }

  private static boolean bracketLinkAt(char c, Backwards written) {
    return bracketLink(new Ahead(c, written), 0) != null;
  }

  private static boolean autolinkAt(char c, Backwards written) {
    return autolink(new Ahead(c, written), 0) != null;
  }

  /**
   * The line as the reader will see it from one character on: that character, then the text already
   * written after it, without copying it.
   */
  private record Ahead(char first, Backwards written) implements CharSequence {
    @Override
    public int length() {
      return written.length() + 1;
    }

    @Override
    public char charAt(int index) {
      return index == 0 ? first : written.charAt(index - 1);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      StringBuilder out = new StringBuilder(end - start);
      for (int i = start; i < end; i++) {
        out.append(charAt(i));
      }
      return out;
    }

    @Override
    public String toString() {
      return subSequence(0, length()).toString();
    }
  }

  private static boolean isLabelEscapable(char c) {
    return c == '\\' || c == '[' || c == ']';
  }

  // ---- reading ----

  /** The inline content a line shows; {@code null} when it has no text. */
  static List<Inline> read(String line) {
    if (!needsCare(line)) {
      return Inline.text(line);
    }
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder(line.length());
    int n = line.length();
    int i = 0;
    while (i < n) {
      char c = line.charAt(i);
      if (c == '\\') {
        int run = i;
        while (run < n && line.charAt(run) == '\\') {
          run++;
        }
        int k = run - i;
        if (run < n && linkAt(line, run) != null) {
          text.append("\\".repeat(k / 2));
          if (k % 2 == 1) {
            text.append(line.charAt(run)); // an escaped bracket
            run++;
          }
        } else {
          text.append(line, i, run);
        }
        i = run;
        continue;
      }
      if (c != '[' && c != '<') {
        int next = i + 1; // a run of text that can open no link and holds no escape
        while (next < n && !isLinkOrEscapeStart(line.charAt(next))) {
          next++;
        }
        text.append(line, i, next);
        i = next;
        continue;
      }
      Found link = linkAt(line, i);
      if (link == null) {
        text.append(c);
        i++;
        continue;
      }
      if (text.length() > 0) {
        out.add(new Inline.Text(text.toString()));
        text.setLength(0);
      }
      out.add(link.link);
      i = link.end;
    }
    if (text.length() > 0) {
      out.add(new Inline.Text(text.toString()));
    }
    return out;
  }

  private static boolean isLinkOrEscapeStart(char c) {
    return c == '[' || c == '<' || c == '\\';
  }

  private record Found(Inline.Link link, int end) {}

  private static Found linkAt(CharSequence line, int at) {
    char c = line.charAt(at);
    return c == '[' ? bracketLink(line, at) : c == '<' ? autolink(line, at) : null;
  }

  /** A {@code [label] <target>} link at {@code at}, or {@code null}. */
  private static Found bracketLink(CharSequence line, int at) {
    int n = line.length();
    StringBuilder label = new StringBuilder();
    int i = at + 1;
    while (i < n) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < n && isLabelEscapable(line.charAt(i + 1))) {
        label.append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '[') {
        return null;
      }
      if (c == ']') {
        break;
      }
      label.append(c);
      i++;
    }
    if (i + 2 >= n
        || label.length() == 0
        || line.charAt(i + 1) != ' '
        || line.charAt(i + 2) != '<') {
      return null;
    }
    int open = i + 2;
    int close = targetEnd(line, open);
    if (close < 0) {
      return null;
    }
    URI target = target(line.subSequence(open + 1, close).toString());
    if (target == null || target.toString().equals(label.toString())) {
      return null; // a link whose text is its target is written <target>
    }
    return new Found(new Inline.Link(Inline.text(label.toString()), target), close + 1);
  }

  /** A {@code <target>} link at {@code at}, or {@code null}. */
  private static Found autolink(CharSequence line, int at) {
    int close = targetEnd(line, at);
    if (close < 0) {
      return null;
    }
    String raw = line.subSequence(at + 1, close).toString();
    URI target = target(raw);
    return target == null ? null : new Found(new Inline.Link(Inline.text(raw), target), close + 1);
  }

  /** The index of the {@code >} closing a target opened at {@code open}, or -1. */
  private static int targetEnd(CharSequence line, int open) {
    for (int i = open + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '>') {
        return i > open + 1 ? i : -1;
      }
      if (c == '<' || c == '\\' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return -1;
      }
    }
    return -1;
  }

  /** The link target {@code raw} names exactly, or {@code null}. */
  private static URI target(String raw) {
    try {
      URI uri = new URI(raw);
      return uri.isAbsolute() && LinkTargets.isAllowed(uri) && uri.toString().equals(raw)
          ? uri
          : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
