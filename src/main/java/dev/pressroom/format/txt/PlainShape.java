package dev.pressroom.format.txt;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of a release's body and boilerplate, and its contacts, as runs of lines; every run is
 * one block, runs are separated by one blank line. See {@link TxtRenderer} for the shapes. {@link
 * #lines} writes a block, {@link #block} reads one back; {@link #contactLines} and {@link #contact}
 * do the same for a contact.
 */
final class PlainShape {
  private PlainShape() {}

  /** The bullet of an item of a list that is not numbered. */
  static final String BULLET = "\u2022 ";

  /** The line before the contacts when there is one. */
  static final String CONTACT_HEAD = "Media contact:";

  /** The line before the contacts when there are several. */
  static final String CONTACTS_HEAD = "Media contacts:";

  /** The line before the boilerplate. */
  static final String ABOUT = "About the organization:";

  /** The line that opens a quote paragraph, and the line alone between two of them. */
  static final String QUOTE = "> ";

  /** The start of a quote's attribution line: an em dash and a space. */
  static final String ATTRIBUTION = "\u2014 ";

  private static final Pattern NUMBERED = Pattern.compile("([1-9][0-9]{0,8})\\. ");

  private static final String[] LABELS = {
    "Name: ", "Role: ", "Organization: ", "Email: ", "Phone: ", "Web: "
  };

  /** The underline character of a heading of {@code level} 2, 3 or 4. */
  static char underline(int level) {
    return level == 2 ? '=' : level == 3 ? '-' : '~';
  }

  /**
   * Whether a paragraph line (as written, before its escape) would be read as something else by its
   * shape: a list item ({@code • }, {@code 1. }), a quote ({@code > }, a lone {@code >}), the line
   * before the contacts or the one before the boilerplate.
   */
  static boolean looksLikeMarker(String line) {
    if (line.startsWith(BULLET) || line.startsWith(QUOTE) || line.equals(">")) {
      return true;
    }
    if (!line.isEmpty() && line.charAt(0) >= '0' && line.charAt(0) <= '9') {
      return NUMBERED.matcher(line).lookingAt();
    }
    return line.equals(CONTACT_HEAD) || line.equals(CONTACTS_HEAD) || line.equals(ABOUT);
  }

  // ---- writing ----

  /**
   * Appends the lines of a block other than a paragraph (which the renderer writes, as it needs the
   * escape rule), each followed by {@code \n}.
   */
  static void lines(StringBuilder out, Block block) {
    if (block instanceof Block.Heading h) {
      String line = InlineText.write(InlineText.flattened(h.content()));
      out.append(line).append('\n');
      int width = Math.max(3, line.codePointCount(0, line.length()));
      char mark = underline(h.level());
      for (int i = 0; i < width; i++) {
        out.append(mark);
      }
      out.append('\n');
    } else if (block instanceof Block.ItemList list) {
      items(out, list, "");
    } else if (block instanceof Block.Quote q) {
      for (int i = 0; i < q.paragraphs().size(); i++) {
        if (i > 0) {
          out.append(">\n");
        }
        out.append(QUOTE)
            .append(InlineText.write(InlineText.flattened(q.paragraphs().get(i).content())))
            .append('\n');
      }
      if (q.attribution() != null) {
        out.append(ATTRIBUTION).append(q.attribution()).append('\n');
      }
    } else {
      throw new IllegalArgumentException("not a block of lines: " + block);
    }
  }

  private static void items(StringBuilder out, Block.ItemList list, String indent) {
    for (int i = 0; i < list.items().size(); i++) {
      ListItem item = list.items().get(i);
      String marker = list.ordered() ? (i + 1) + ". " : BULLET;
      out.append(indent)
          .append(marker)
          .append(InlineText.write(InlineText.flattened(item.content())))
          .append('\n');
      if (item.sublist() != null) {
        items(out, item.sublist(), indent + " ".repeat(marker.length()));
      }
    }
  }

  /** Appends a contact's lines: one labelled line per part it has, in the fixed order. */
  static void contactLines(StringBuilder out, Contact c) {
    String[] parts = {
      c.name(),
      c.role(),
      c.organization(),
      c.email(),
      c.phone(),
      c.url() == null ? null : c.url().toString()
    };
    for (int i = 0; i < parts.length; i++) {
      if (parts[i] != null) {
        out.append(LABELS[i]).append(parts[i]).append('\n');
      }
    }
  }

  // ---- reading ----

  /** Whether a line is a heading's underline. */
  static boolean isUnderline(String line) {
    if (line.length() < 3) {
      return false;
    }
    char mark = line.charAt(0);
    if (mark != '=' && mark != '-' && mark != '~') {
      return false;
    }
    for (int i = 1; i < line.length(); i++) {
      if (line.charAt(i) != mark) {
        return false;
      }
    }
    return true;
  }

  /**
   * The block a run of lines shows, or {@code null} when it is none of our shapes. A paragraph's
   * leading escape backslash is removed.
   *
   * @throws IllegalArgumentException when the text does not make a valid block
   */
  static Block block(List<String> run) {
    String first = run.get(0);
    if (run.size() == 2 && isUnderline(run.get(1))) {
      char mark = run.get(1).charAt(0);
      int level = mark == '=' ? 2 : mark == '-' ? 3 : 4;
      return new Block.Heading(level, InlineText.read(first));
    }
    char c = first.charAt(0);
    if (first.startsWith(BULLET) || c >= '1' && c <= '9' && NUMBERED.matcher(first).lookingAt()) {
      return list(run);
    }
    if (first.startsWith(QUOTE)) {
      return quote(run);
    }
    if (run.size() != 1) {
      return null;
    }
    String text = first.charAt(0) == '\\' ? first.substring(1) : first;
    return text.isEmpty() ? null : new Block.Paragraph(InlineText.read(text));
  }

  private record Item(boolean ordered, String text) {}

  /** The marker and text of a list line without its indentation, or {@code null}. */
  private static Item item(String line) {
    if (line.startsWith(BULLET)) {
      return new Item(false, line.substring(BULLET.length()));
    }
    Matcher m = NUMBERED.matcher(line);
    return m.lookingAt() ? new Item(true, line.substring(m.end())) : null;
  }

  private static Block list(List<String> run) {
    Boolean ordered = null;
    Boolean nestedOrdered = null;
    List<ListItem> items = new ArrayList<>();
    List<Inline> current = null;
    List<ListItem> nested = null;
    for (String line : run) {
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      Item item = item(line.substring(indent));
      if (item == null || item.text().isEmpty()) {
        return null;
      }
      if (indent == 0) {
        if (ordered != null && ordered != item.ordered()) {
          return null;
        }
        ordered = item.ordered();
        if (current != null) {
          items.add(listItem(current, nestedOrdered, nested));
        }
        current = InlineText.read(item.text());
        nested = null;
        nestedOrdered = null;
      } else {
        if (current == null || (nestedOrdered != null && nestedOrdered != item.ordered())) {
          return null;
        }
        nestedOrdered = item.ordered();
        if (nested == null) {
          nested = new ArrayList<>();
        }
        nested.add(new ListItem(InlineText.read(item.text()), null));
      }
    }
    items.add(listItem(current, nestedOrdered, nested));
    return new Block.ItemList(ordered, items);
  }

  private static ListItem listItem(List<Inline> content, Boolean ordered, List<ListItem> nested) {
    return new ListItem(content, nested == null ? null : new Block.ItemList(ordered, nested));
  }

  private static Block quote(List<String> run) {
    List<Block.Paragraph> paragraphs = new ArrayList<>();
    String attribution = null;
    for (int i = 0; i < run.size(); i++) {
      String line = run.get(i);
      if (line.startsWith(QUOTE)) {
        paragraphs.add(new Block.Paragraph(InlineText.read(line.substring(QUOTE.length()))));
      } else if (line.equals(">")) {
        continue;
      } else if (i == run.size() - 1 && line.startsWith(ATTRIBUTION)) {
        attribution = line.substring(ATTRIBUTION.length());
      } else {
        return null;
      }
    }
    return new Block.Quote(paragraphs, attribution);
  }

  /**
   * The contact a run of labelled lines shows, or {@code null} when a line is not one.
   *
   * @throws IllegalArgumentException when the parts do not make a valid contact
   */
  static Contact contact(List<String> run, int from) {
    String[] parts = new String[LABELS.length];
    for (int k = from; k < run.size(); k++) {
      String line = run.get(k);
      int label = label(line);
      if (label < 0 || parts[label] != null) {
        return null;
      }
      parts[label] = line.substring(LABELS[label].length());
    }
    if (from >= run.size()) {
      return null;
    }
    URI url = null;
    if (parts[5] != null) {
      try {
        url = new URI(parts[5]);
      } catch (URISyntaxException e) {
        return null;
      }
    }
    return new Contact(parts[0], parts[1], parts[2], parts[3], parts[4], url);
  }

  private static int label(String line) {
    for (int i = 0; i < LABELS.length; i++) {
      if (line.startsWith(LABELS[i])) {
        return i;
      }
    }
    return -1;
  }
}
