package dev.pressroom.format.docx;

import dev.pressroom.internal.Direction;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the blocks, inline content and contacts of a release as WordprocessingML paragraphs, and
 * collects what the other parts need: the hyperlink targets in document order (relationships {@code
 * rIdLink1}, {@code rIdLink2}, ...) and one numbering instance per list.
 *
 * <ul>
 *   <li>A paragraph is one paragraph in the given style ({@code Release Body}, or {@code Release
 *       Boilerplate} in the boilerplate); a heading one in {@code Heading 2} to {@code Heading 4}.
 *   <li>A list's items are {@code List Bullet} or {@code List Number} paragraphs with {@code
 *       w:numPr} level 0; a nested list's items {@code List Bullet 2} or {@code List Number 2} at
 *       level 1. Each list has its own {@code w:num} (nested lists are its level 1), so numbering
 *       starts at 1 for each and two lists in a row stay two lists.
 *   <li>A quote's paragraphs are {@code Quote} paragraphs; every one after the first has {@code
 *       w:contextualSpacing} (no space between paragraphs of one quote), so a paragraph without it
 *       starts a new quote. The attribution follows in {@code Release Quote Attribution}.
 *   <li>Inline: strong text is a bold run, emphasis an italic run, both together both; a link is a
 *       {@code w:hyperlink} to an external relationship, its runs in the {@code Hyperlink}
 *       character style.
 *   <li>A contact is one {@code Release Contact} paragraph: each part it has in its own character
 *       style ({@code Release Contact Name}, {@code ... Role}, {@code ... Organization}, {@code ...
 *       Email}, {@code ... Phone}, {@code ... Url}, the last a hyperlink showing the URL), in that
 *       order, one per line ({@code w:br} between them).
 *   <li>Direction ({@link Direction}): a right-to-left paragraph has {@code w:bidi}; its text is
 *       cut into runs at {@link Direction#stretches} of the paragraph's whole text, and the runs of
 *       right-to-left stretches have {@code w:rtl}; a contact's parts, one per line, are cut each
 *       on its own.
 * </ul>
 */
final class BodyXml {
  private final StringBuilder out;
  private final String language;
  private final List<URI> links = new ArrayList<>();
  private final List<Integer> lists = new ArrayList<>();

  // the paragraph being written: the stretches of its text, and where the next run starts in it
  private int[] stretches;
  private int at;

  /** Writes into {@code out} the paragraphs of a release in {@code language} (or {@code null}). */
  BodyXml(StringBuilder out, String language) {
    this.out = out;
    this.language = language;
  }

  /** The hyperlink targets written so far, in order; target {@code i} is {@code rIdLink(i+1)}. */
  List<URI> links() {
    return links;
  }

  /** Whether each numbering instance written so far counts; {@code w:numId} is its index + 1. */
  List<Integer> lists() {
    return lists;
  }

  /** The relationship id of the next hyperlink to {@code target}, which is recorded. */
  String link(URI target) {
    links.add(target);
    return "rIdLink" + links.size();
  }

  void blocks(List<Block> blocks, String paragraphStyle) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        paragraph(paragraphStyle, null, false, p.content(), p.plainText());
      } else if (block instanceof Block.Heading h) {
        paragraph(Styles.HEADING + h.level(), null, false, h.content(), h.plainText());
      } else if (block instanceof Block.ItemList list) {
        list(list);
      } else if (block instanceof Block.Quote quote) {
        boolean first = true;
        for (Block.Paragraph p : quote.paragraphs()) {
          paragraph(Styles.QUOTE, null, !first, p.content(), p.plainText());
          first = false;
        }
        if (quote.attribution() != null) {
          plain(Styles.ATTRIBUTION, quote.attribution());
        }
      }
    }
  }

  /**
   * A list and its nested lists. The nested lists are level 1 of the list's own numbering, which
   * Word restarts after each item, when they count as the first one does; a nested list that counts
   * otherwise has a numbering of its own.
   */
  private void list(Block.ItemList list) {
    Boolean nestedOrdered = null;
    for (ListItem item : list.items()) {
      if (item.sublist() != null && nestedOrdered == null) {
        nestedOrdered = item.sublist().ordered();
      }
    }
    boolean nestedCounts = nestedOrdered == null ? list.ordered() : nestedOrdered;
    int num = number(list.ordered(), nestedCounts);
    String style = list.ordered() ? Styles.LIST_NUMBER : Styles.LIST_BULLET;
    for (ListItem item : list.items()) {
      paragraph(style, numPr(0, num), false, item.content(), item.plainText());
      Block.ItemList sublist = item.sublist();
      if (sublist != null) {
        int nestedNum =
            sublist.ordered() == nestedCounts ? num : number(list.ordered(), sublist.ordered());
        String nestedStyle = sublist.ordered() ? Styles.LIST_NUMBER_2 : Styles.LIST_BULLET_2;
        for (ListItem nested : sublist.items()) {
          paragraph(nestedStyle, numPr(1, nestedNum), false, nested.content(), nested.plainText());
        }
      }
    }
  }

  /** A new numbering instance whose levels count or not; its {@code w:numId}. */
  private int number(boolean topCounts, boolean nestedCounts) {
    lists.add((topCounts ? 2 : 0) + (nestedCounts ? 1 : 0));
    return lists.size();
  }

  private static String numPr(int level, int num) {
    return "<w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + num + "\"/></w:numPr>";
  }

  /** A paragraph of plain text in {@code style}. */
  void plain(String style, String text) {
    boolean rightToLeft = Direction.rightToLeft(text, language);
    open(style, null, false, rightToLeft);
    WordXml.run(out, text, null, rightToLeft);
    out.append("</w:p>");
  }

  private void paragraph(
      String style, String numPr, boolean continued, List<Inline> content, String plain) {
    boolean rightToLeft = Direction.rightToLeft(plain, language);
    open(style, numPr, continued, rightToLeft);
    stretches = Direction.stretches(plain, rightToLeft);
    at = 0;
    inline(content, false, false);
    out.append("</w:p>");
  }

  private void open(String style, String numPr, boolean contextual, boolean rightToLeft) {
    out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
    if (numPr != null) {
      out.append(numPr);
    }
    if (rightToLeft) {
      out.append("<w:bidi/>");
    }
    if (contextual) {
      out.append("<w:contextualSpacing/>");
    }
    out.append("</w:pPr>");
  }

  private void inline(List<Inline> content, boolean bold, boolean italic) {
    inline(content, bold, italic, null);
  }

  private void inline(List<Inline> content, boolean bold, boolean italic, String rStyle) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        WordXml.run(out, t.value(), rStyle, bold, italic, stretches, at);
        at += t.value().length();
      } else if (piece instanceof Inline.Emphasis e) {
        inline(e.content(), bold, true, rStyle);
      } else if (piece instanceof Inline.Strong s) {
        inline(s.content(), true, italic, rStyle);
      } else if (piece instanceof Inline.Link l) {
        if (LinkTargets.isAllowed(l.target())) {
          out.append("<w:hyperlink r:id=\"").append(link(l.target())).append("\" w:history=\"1\">");
          inline(l.content(), bold, italic, Styles.HYPERLINK);
          out.append("</w:hyperlink>");
        } else {
          inline(l.content(), bold, italic, rStyle); // never written: the model refuses it
        }
      }
    }
  }

  void contact(Contact c) {
    StringBuilder text = new StringBuilder();
    for (String part : new String[] {c.name(), c.role(), c.organization(), c.email(), c.phone()}) {
      if (part != null) {
        text.append(part).append(' ');
      }
    }
    boolean rightToLeft = Direction.rightToLeft(text, language);
    open(Styles.CONTACT, null, false, rightToLeft);
    boolean[] first = {true};
    part(c.name(), Styles.CONTACT_NAME, first, rightToLeft);
    part(c.role(), Styles.CONTACT_ROLE, first, rightToLeft);
    part(c.organization(), Styles.CONTACT_ORGANIZATION, first, rightToLeft);
    part(c.email(), Styles.CONTACT_EMAIL, first, rightToLeft);
    part(c.phone(), Styles.CONTACT_PHONE, first, rightToLeft);
    if (c.url() != null && LinkTargets.isAllowed(c.url())) {
      lineBreak(first);
      out.append("<w:hyperlink r:id=\"").append(link(c.url())).append("\" w:history=\"1\">");
      WordXml.run(out, c.url().toString(), Styles.CONTACT_URL, rightToLeft);
      out.append("</w:hyperlink>");
    }
    out.append("</w:p>");
  }

  private void part(String value, String style, boolean[] first, boolean rightToLeft) {
    if (value != null) {
      lineBreak(first);
      WordXml.run(out, value, style, rightToLeft);
    }
  }

  private void lineBreak(boolean[] first) {
    if (!first[0]) {
      out.append("<w:r><w:br/></w:r>");
    }
    first[0] = false;
  }
}
