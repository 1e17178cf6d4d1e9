package dev.pressroom.format.md;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a release that uses more than version 1 had, written and read back exactly. Text is
 * escaped by one fixed rule ({@link #text(StringBuilder, String, boolean, boolean)}), so that the
 * only markup is the markup written here; see {@link MarkdownRenderer} for the shapes.
 */
final class RichShape {
  private RichShape() {}

  static final String CONTACTS = "## Media contacts";
  static final String ABOUT = "## About";

  // ---- writing ----

  static void body(StringBuilder out, PressRelease release) {
    blocks(out, release.body());
    if (!release.contacts().isEmpty()) {
      out.append('\n').append(CONTACTS).append('\n').append('\n');
      for (Contact c : release.contacts()) {
        out.append("- ");
        String sep = "";
        sep = field(out, sep, "Name", c.name());
        sep = field(out, sep, "Role", c.role());
        sep = field(out, sep, "Organization", c.organization());
        sep = field(out, sep, "Email", c.email());
        sep = field(out, sep, "Phone", c.phone());
        if (c.url() != null) {
          out.append(sep).append("Web: <").append(c.url()).append('>');
        }
        out.append('\n');
      }
    }
    if (!release.boilerplate().isEmpty()) {
      out.append('\n').append(ABOUT).append('\n');
      blocks(out, release.boilerplate());
    }
  }

  private static String field(StringBuilder out, String sep, String label, String value) {
    if (value == null) {
      return sep;
    }
    out.append(sep).append(label).append(": ");
    text(out, value, false, true);
    return "; ";
  }

  private static void blocks(StringBuilder out, List<Block> blocks) {
    int lists = 0;
    for (Block block : blocks) {
      out.append('\n');
      if (block instanceof Block.Paragraph p) {
        inline(out, p.content(), true);
        out.append('\n');
        lists = 0;
      } else if (block instanceof Block.Heading h) {
        out.append("#".repeat(h.level())).append(' ');
        String plain = h.plainText();
        boolean reserved =
            h.level() == 2 && (plain.equals("Media contacts") || plain.equals("About"));
        int at = out.length();
        inline(out, h.content(), true);
        if (reserved) {
          out.replace(at, at + 1, "&#" + (int) out.charAt(at) + ";");
        }
        out.append('\n');
        lists = 0;
      } else if (block instanceof Block.ItemList list) {
        list(out, list, "", lists++ % 2 == 1);
      } else if (block instanceof Block.Quote q) {
        String sep = "";
        for (Block.Paragraph p : q.paragraphs()) {
          out.append(sep).append("> ");
          inline(out, p.content(), true);
          out.append('\n');
          sep = ">\n";
        }
        if (q.attribution() != null) {
          out.append(">\n> \u2014 ");
          text(out, q.attribution(), false);
          out.append('\n');
        }
        lists = 0;
      }
    }
  }

  private static void list(StringBuilder out, Block.ItemList list, String indent, boolean alt) {
    int n = 1;
    for (ListItem item : list.items()) {
      String marker = list.ordered() ? (n++) + (alt ? ")" : ".") : alt ? "*" : "-";
      out.append(indent).append(marker).append(' ');
      inline(out, item.content(), true);
      out.append('\n');
      if (item.sublist() != null) {
        list(out, item.sublist(), indent + " ".repeat(marker.length() + 1), false);
      }
    }
  }

  private static void inline(StringBuilder out, List<Inline> content, boolean first) {
    for (int i = 0; i < content.size(); i++) {
      Inline piece = content.get(i);
      if (piece instanceof Inline.Text t) {
        text(out, t.value(), first && i == 0);
      } else if (piece instanceof Inline.Link l) {
        out.append('[');
        inline(out, l.content(), false);
        String url = l.target().toString().replace("&", "\\&");
        out.append("](");
        if (url.indexOf('(') >= 0 || url.indexOf(')') >= 0) {
          out.append('<').append(url).append('>');
        } else {
          out.append(url);
        }
        out.append(')');
      } else {
        boolean strong = piece instanceof Inline.Strong;
        List<Inline> inner =
            strong ? ((Inline.Strong) piece).content() : ((Inline.Emphasis) piece).content();
        boolean stars =
            inner.size() == 1
                && inner.get(0) instanceof Inline.Text t
                && Character.isLetterOrDigit(t.value().codePointAt(0))
                && Character.isLetterOrDigit(t.value().codePointBefore(t.value().length()))
                && (i == 0 || content.get(i - 1) instanceof Inline.Text)
                && (i == content.size() - 1 || content.get(i + 1) instanceof Inline.Text);
        String open = stars ? (strong ? "**" : "*") : strong ? "<strong>" : "<em>";
        String close = stars ? (strong ? "**" : "*") : strong ? "</strong>" : "</em>";
        out.append(open);
        inline(out, inner, false);
        out.append(close);
      }
    }
  }

  private static void text(StringBuilder out, String value, boolean lineStart) {
    text(out, value, lineStart, false);
  }

  /**
   * Writes a text run with a backslash before each character that could otherwise be read as markup
   * here: those that open or close inline constructs anywhere ({@code \ ` * _ [ ] < # ~}), an
   * {@code &} that could start an entity, a {@code !} ending the run (a link may follow), the
   * characters that open a block at the start of a line ({@code > - +}, and the {@code .} or {@code
   * )} after leading digits), and, in a contact part, the {@code ;} of the part separator. Every
   * other character is written as it is, so that the file reads as prose.
   */
  private static void text(StringBuilder out, String value, boolean lineStart, boolean part) {
    int at = out.length();
    int from = 0;
    int atStart = lineStart ? Math.min(value.length(), 10) : 0; // where block markers can be
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((i < atStart || (c < MAY_ESCAPE.length && MAY_ESCAPE[c]))
          && escapes(value, i, lineStart, part)) {
        out.append(value, from, i).append('\\');
        from = i;
      }
    }
    out.append(value, from, value.length());
    if (lineStart && value.startsWith("\u2014")) {
      out.replace(at, at + 1, "&#8212;");
    }
  }

  /**
   * The characters {@link #escapes} may escape past the first ten of a line: the rest it escapes
   * only where a block marker could be, at the start of a line.
   */
  private static final boolean[] MAY_ESCAPE = new boolean[128];

  static {
    for (char c : "\\`*_[]<#~&!;".toCharArray()) {
      MAY_ESCAPE[c] = true;
    }
  }

  private static boolean escapes(String value, int i, boolean lineStart, boolean part) {
    char c = value.charAt(i);
    boolean last = i == value.length() - 1;
    switch (c) {
      case '\\', '`', '*', '_', '[', ']', '<', '#', '~':
        return true;
      case '&':
        return !last && (value.charAt(i + 1) == '#' || isAsciiAlphanumeric(value.charAt(i + 1)));
      case '!':
        return last;
      case ';':
        return part && !last && value.charAt(i + 1) == ' ';
      case '>', '-', '+':
        return lineStart && i == 0;
      case '.', ')':
        return lineStart && i > 0 && i <= 9 && digits(value, i);
      default:
        return false;
    }
  }

  private static boolean isAsciiAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean digits(String value, int end) {
    for (int i = 0; i < end; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- reading ----

  /** Decodes the lines after the headline into {@code release}; false if they are not ours. */
  static boolean read(List<String> lines, PressRelease.Builder release) {
    int i = 0;
    List<Block> body = new ArrayList<>();
    i = blocks(lines, i, body);
    release.body(body);
    List<Contact> contacts = new ArrayList<>();
    if (i + 1 < lines.size() && lines.get(i).isEmpty() && lines.get(i + 1).equals(CONTACTS)) {
      i += 3;
      while (i < lines.size() && lines.get(i).startsWith("- ")) {
        contacts.add(contact(lines.get(i++).substring(2)));
      }
    }
    release.contacts(contacts);
    List<Block> about = new ArrayList<>();
    if (i + 1 < lines.size() && lines.get(i).isEmpty() && lines.get(i + 1).equals(ABOUT)) {
      i = blocks(lines, i + 2, about);
    }
    release.boilerplate(about);
    return i == lines.size();
  }

  private static Contact contact(String line) {
    String[] f = new String[6];
    String[] labels = {"Name: ", "Role: ", "Organization: ", "Email: ", "Phone: ", "Web: "};
    for (String part : parts(line)) {
      for (int k = 0; k < 6; k++) {
        if (part.startsWith(labels[k])) {
          f[k] = part.substring(labels[k].length());
        }
      }
    }
    URI url = f[5] == null ? null : URI.create(f[5].substring(1, f[5].length() - 1));
    return new Contact(plain(f[0]), plain(f[1]), plain(f[2]), plain(f[3]), plain(f[4]), url);
  }

  private static List<String> parts(String line) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.startsWith("; ", i)) {
        parts.add(line.substring(start, i));
        start = i + 2;
      }
    }
    parts.add(line.substring(start));
    return parts;
  }

  private static String plain(String s) {
    return s == null ? null : Inline.plainText(new Inlines(s).parse());
  }

  private static int blocks(List<String> lines, int i, List<Block> out) {
    while (i + 1 < lines.size() && lines.get(i).isEmpty()) {
      String line = lines.get(i + 1);
      if (line.equals(CONTACTS) || line.equals(ABOUT)) {
        return i;
      }
      i++;
      if (line.startsWith("> ")) {
        List<Block.Paragraph> ps = new ArrayList<>();
        String attribution = null;
        while (i < lines.size() && lines.get(i).startsWith("> ")) {
          String t = lines.get(i).substring(2);
          if (t.startsWith("\u2014 ")) {
            attribution = plain(t.substring(2));
          } else {
            ps.add(new Block.Paragraph(new Inlines(t).parse()));
          }
          i++;
          if (i < lines.size() && lines.get(i).equals(">")) {
            i++;
          }
        }
        out.add(new Block.Quote(ps, attribution));
      } else if (line.startsWith("#")) {
        int level = line.indexOf(' ');
        out.add(new Block.Heading(level, new Inlines(line.substring(level + 1)).parse()));
        i++;
      } else if (marker(line) > 0) {
        boolean ordered = !(line.startsWith("-") || line.startsWith("*"));
        List<ListItem> items = new ArrayList<>();
        while (i < lines.size() && marker(lines.get(i)) > 0) {
          String item = lines.get(i);
          int m = marker(item);
          List<Inline> content = new Inlines(item.substring(m)).parse();
          i++;
          List<ListItem> sub = new ArrayList<>();
          boolean subOrdered = false;
          while (i < lines.size() && lines.get(i).startsWith(" ".repeat(m))) {
            String s = lines.get(i).substring(m);
            int sm = marker(s);
            subOrdered = !(s.startsWith("-") || s.startsWith("*"));
            sub.add(new ListItem(new Inlines(s.substring(sm)).parse(), null));
            i++;
          }
          items.add(
              new ListItem(content, sub.isEmpty() ? null : new Block.ItemList(subOrdered, sub)));
        }
        out.add(new Block.ItemList(ordered, items));
      } else {
        out.add(new Block.Paragraph(new Inlines(line).parse()));
        i++;
      }
    }
    return i;
  }

  /** The width of a list marker and its space opening {@code line}, or 0. */
  private static int marker(String line) {
    if (line.startsWith("- ") || line.startsWith("* ")) {
      return 2;
    }
    int d = 0;
    while (d < line.length() && d < 9 && Character.isDigit(line.charAt(d))) {
      d++;
    }
    if (d > 0
        && d + 1 < line.length()
        && (line.charAt(d) == '.' || line.charAt(d) == ')')
        && line.charAt(d + 1) == ' ') {
      return d + 2;
    }
    return 0;
  }

  /** Reads the inline markup this class writes. */
  private static final class Inlines {
    private final String s;
    private int pos;

    Inlines(String s) {
      this.s = s;
    }

    List<Inline> parse() {
      List<Inline> out = until(null);
      return out;
    }

    private List<Inline> until(String end) {
      List<Inline> out = new ArrayList<>();
      Pending text = new Pending(s);
      while (pos < s.length()) {
        if (end != null && s.startsWith(end, pos)) {
          pos += end.length();
          break;
        }
        char c = s.charAt(pos);
        if (c == '\\' && pos + 1 < s.length()) {
          text.builder().append(s.charAt(pos + 1));
          pos += 2;
        } else if (c == '&' && s.startsWith("&#", pos) && s.indexOf(';', pos) > 0) {
          int semi = s.indexOf(';', pos);
          text.builder().appendCodePoint(Integer.parseInt(s.substring(pos + 2, semi)));
          pos = semi + 1;
        } else if (s.startsWith("**", pos)) {
          pos += 2;
          text.flush(out);
          out.add(new Inline.Strong(until("**")));
        } else if (c == '*') {
          pos++;
          text.flush(out);
          out.add(new Inline.Emphasis(until("*")));
        } else if (s.startsWith("<strong>", pos)) {
          pos += 8;
          text.flush(out);
          out.add(new Inline.Strong(until("</strong>")));
        } else if (s.startsWith("<em>", pos)) {
          pos += 4;
          text.flush(out);
          out.add(new Inline.Emphasis(until("</em>")));
        } else if (c == '[') {
          pos++;
          text.flush(out);
          List<Inline> content = until("](");
          StringBuilder url = new StringBuilder();
          boolean angle = pos < s.length() && s.charAt(pos) == '<';
          if (angle) {
            pos++;
          }
          while (pos < s.length() && s.charAt(pos) != (angle ? '>' : ')')) {
            if (s.charAt(pos) == '\\') {
              pos++;
            }
            url.append(s.charAt(pos++));
          }
          pos += angle ? 2 : 1;
          out.add(new Inline.Link(content, URI.create(url.toString())));
        } else {
          int run = pos + 1;
          while (run < s.length() && !isSpecial(s.charAt(run))) {
            run++;
          }
          text.slice(pos, run);
          pos = run;
        }
      }
      text.flush(out);
      return out;
    }

    /** The characters that may open markup or end a construct here. */
    private static boolean isSpecial(char c) {
      return c == '\\' || c == '&' || c == '*' || c == '<' || c == '[' || c == ']';
    }
  }

  /**
   * The text of the piece being read: a slice of the line as long as it is one run of it, copied
   * into a builder only when an escape or a character reference joins it.
   */
  private static final class Pending {
    private final String line;
    private int from = -1;
    private int to;
    private StringBuilder built;

    Pending(String line) {
      this.line = line;
    }

    /** Adds the characters {@code line[start, end)}. */
    void slice(int start, int end) {
      if (built == null && from < 0) {
        from = start;
        to = end;
      } else if (built == null && to == start) {
        to = end;
      } else {
        builder().append(line, start, end);
      }
    }

    /** The builder to add other characters to, holding what was added so far. */
    StringBuilder builder() {
      if (built == null) {
        built = new StringBuilder(from < 0 ? 16 : 16 + 2 * (to - from));
        if (from >= 0) {
          built.append(line, from, to);
        }
        from = -1;
      }
      return built;
    }

    /** Adds the text as a piece to {@code out}, if there is any, and starts again. */
    void flush(List<Inline> out) {
      if (built != null) {
        if (built.length() > 0) {
          out.add(new Inline.Text(built.toString()));
        }
        built = null;
      } else if (from >= 0) {
        out.add(new Inline.Text(line.substring(from, to)));
        from = -1;
      }
    }
  }
}
