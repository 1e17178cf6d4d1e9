package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.format.docx.StyleSheet.Role;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body, contacts and boilerplate of a document in Pressroom's own styles back into
 * blocks, the way {@link BodyXml} wrote them, by style alone: paragraphs are the body's until a
 * {@code Release Contacts Heading}, contacts are {@code Release Contact} paragraphs, and everything
 * after a {@code Release About Heading} is the boilerplate. List items whose {@code w:numId} (or
 * kind) changes start a new list; a {@code Quote} paragraph without {@code w:contextualSpacing}
 * starts a new quote, and a {@code Release Quote Attribution} paragraph ends one. Inline content is
 * read from the runs' own properties: {@code w:b} is strong, {@code w:i} emphasis, and a hyperlink
 * to an allowed external target a link; paragraph styles (a bold heading) add none.
 */
final class OwnBlocks {
  private final StyleSheet styles;
  private final String part;
  private final List<Block> body = new ArrayList<>();
  private final List<Block> boilerplate = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private List<Block> target = body;

  // the list being read
  private List<ListItem> items;
  private boolean ordered;
  private String numId;
  private List<Inline> item;
  private List<ListItem> nested;
  private boolean nestedOrdered;

  // the quote being read
  private List<Block.Paragraph> quote;

  OwnBlocks(StyleSheet styles, String part) {
    this.styles = styles;
    this.part = part;
  }

  List<Block> body() {
    return body;
  }

  List<Block> boilerplate() {
    return boilerplate;
  }

  List<Contact> contacts() {
    return contacts;
  }

  /** Adds one paragraph (its cleaned text non-empty) that no other part of the release took. */
  void add(dev.pressroom.format.docx.Block b, String text, Role role, String place)
      throws ParseException {
    try {
      switch (role) {
        case CONTACTS_HEADING, ABOUT_HEADING -> {
          finish();
          target = role == Role.ABOUT_HEADING ? boilerplate : body;
        }
        case CONTACT -> {
          finish();
          Contact contact = contact(b, place);
          if (contact != null) {
            contacts.add(contact);
          }
        }
        case LIST_BULLET, LIST_NUMBER, LIST_BULLET_2, LIST_NUMBER_2 -> {
          closeQuote(null);
          boolean counts = role == Role.LIST_NUMBER || role == Role.LIST_NUMBER_2;
          boolean deep = role == Role.LIST_BULLET_2 || role == Role.LIST_NUMBER_2;
          item(inline(b, text), counts, deep && item != null, b.numId);
        }
        case QUOTE -> {
          closeList();
          if (quote != null && !b.contextual) {
            closeQuote(null);
          }
          if (quote == null) {
            quote = new ArrayList<>();
          }
          quote.add(new Block.Paragraph(inline(b, text)));
        }
        case ATTRIBUTION -> {
          closeList();
          if (quote != null) {
            closeQuote(text);
          } else {
            target.add(new Block.Paragraph(inline(b, text)));
          }
        }
        case SECTION -> {
          finish();
          target.add(new Block.Heading(level(b.style), inline(b, text)));
        }
        default -> {
          finish();
          target.add(new Block.Paragraph(inline(b, text)));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new ParseException(place, e.getMessage());
    }
  }

  /** Closes the list or quote being read. */
  void finish() {
    closeList();
    closeQuote(null);
  }

  private void item(List<Inline> content, boolean counts, boolean deep, String num) {
    if (deep) {
      if (nested == null) {
        nested = new ArrayList<>();
        nestedOrdered = counts;
      }
      nested.add(new ListItem(content, null));
      return;
    }
    if (items != null && (ordered != counts || !same(numId, num))) {
      closeList();
    }
    if (items == null) {
      items = new ArrayList<>();
      ordered = counts;
      numId = num;
    }
    closeItem();
    item = content;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private void closeItem() {
    if (item != null) {
      items.add(
          new ListItem(item, nested == null ? null : new Block.ItemList(nestedOrdered, nested)));
    }
    item = null;
    nested = null;
  }

  private void closeList() {
    if (items != null) {
      closeItem();
      if (!items.isEmpty()) {
        target.add(new Block.ItemList(ordered, items));
      }
      items = null;
    }
  }

  private void closeQuote(String attribution) {
    if (quote != null) {
      target.add(new Block.Quote(quote, attribution));
      quote = null;
    }
  }

  private int level(String style) {
    String name = styles.name(style);
    char last = name.charAt(name.length() - 1);
    return last - '0';
  }

  /**
   * The inline content of a paragraph from its runs' own bold, italic and hyperlinks; plain text is
   * the cleaned text, as a version-1 paragraph was read.
   */
  static List<Inline> inline(dev.pressroom.format.docx.Block b, String text) {
    boolean plain = true;
    for (dev.pressroom.format.docx.Block.Piece p : b.pieces) {
      if (p.ownBold() || p.ownItalic() || p.link() != null) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return Inline.text(text);
    }
    List<Inline> pieces = new ArrayList<>(b.pieces.size());
    for (dev.pressroom.format.docx.Block.Piece p : b.pieces) {
      Inline piece = new Inline.Text(Text.forbiddenAsSpaces(p.text()));
      if (p.ownItalic()) {
        piece = new Inline.Emphasis(List.of(piece));
      }
      if (p.ownBold()) {
        piece = new Inline.Strong(List.of(piece));
      }
      URI target = LinkTargets.allowedOrNull(p.link());
      if (target != null) {
        piece = new Inline.Link(List.of(piece), target);
      }
      pieces.add(piece);
    }
    return trimmed(pieces); // made canonical once, by the block that holds it
  }

  /**
   * Content without whitespace at either end: what an editor may leave there is dropped, as the
   * model asks. Content Pressroom wrote has none, and is returned as it is.
   */
  private static List<Inline> trimmed(List<Inline> content) {
    String plain = Inline.plainText(content);
    String stripped = Text.strip(plain);
    if (stripped.length() == plain.length()) {
      return content;
    }
    int lead = plain.indexOf(stripped.isEmpty() ? "" : stripped);
    int from = stripped.isEmpty() ? plain.length() : lead;
    int to = from + stripped.length();
    List<Inline> out = new ArrayList<>();
    cut(content, 0, from, to, out);
    return out;
  }

  /** Appends the part of {@code content} between {@code from} and {@code to}; returns the end. */
  private static int cut(List<Inline> content, int at, int from, int to, List<Inline> out) {
    for (Inline piece : content) {
      int length = piece.plainText().length();
      int lo = Math.max(from, at);
      int hi = Math.min(to, at + length);
      if (lo < hi) {
        if (piece instanceof Inline.Text t) {
          out.add(new Inline.Text(t.value().substring(lo - at, hi - at)));
        } else {
          List<Inline> inner = new ArrayList<>();
          List<Inline> children =
              piece instanceof Inline.Emphasis e
                  ? e.content()
                  : piece instanceof Inline.Strong s
                      ? s.content()
                      : ((Inline.Link) piece).content();
          cut(children, at, from, to, inner);
          out.add(
              piece instanceof Inline.Emphasis
                  ? new Inline.Emphasis(inner)
                  : piece instanceof Inline.Strong
                      ? new Inline.Strong(inner)
                      : new Inline.Link(inner, ((Inline.Link) piece).target()));
        }
      }
      at += length;
    }
    return at;
  }

  /** A contact from its parts' character styles, or {@code null} when it has none of them. */
  private Contact contact(dev.pressroom.format.docx.Block b, String place) throws ParseException {
    StringBuilder[] parts = new StringBuilder[6];
    URI url = null;
    for (dev.pressroom.format.docx.Block.Piece p : b.pieces) {
      String style = p.charStyle() == null ? "" : styles.name(p.charStyle());
      int index =
          switch (style.toLowerCase(Locale.ROOT)) {
            case "release contact name" -> 0;
            case "release contact role" -> 1;
            case "release contact organization" -> 2;
            case "release contact email" -> 3;
            case "release contact phone" -> 4;
            case "release contact url" -> 5;
            default -> -1;
          };
      if (index < 0) {
        continue;
      }
      if (parts[index] == null) {
        parts[index] = new StringBuilder();
      }
      parts[index].append(p.text());
      if (index == 5 && url == null) {
        url = LinkTargets.allowedOrNull(p.link());
      }
    }
    String[] values = new String[6];
    for (int i = 0; i < 6; i++) {
      String v = parts[i] == null ? "" : ReleaseAssembler.clean(parts[i].toString());
      values[i] = v.isEmpty() ? null : v;
    }
    if (url == null && values[5] != null) {
      url = LinkTargets.allowedOrNull(values[5]);
    }
    if (values[0] == null && values[2] == null && values[3] == null && values[4] == null) {
      return null;
    }
    try {
      return new Contact(values[0], values[1], values[2], values[3], values[4], url);
    } catch (IllegalArgumentException e) {
      throw new ParseException(place, e.getMessage());
    }
  }
}
