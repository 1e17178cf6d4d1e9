package dev.pressroom.format.html;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import java.util.List;

/**
 * Writes body blocks, inline content and contacts of a page, as {@link HtmlRenderer} says; {@code
 * language} is the release's, which decides which elements say their direction ({@link
 * HtmlRenderer#dir}).
 */
final class HtmlBlocks {
  private HtmlBlocks() {}

  static void blocks(List<Block> blocks, String language, StringBuilder html) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        html.append("<p").append(HtmlRenderer.dir(p.plainText(), language)).append('>');
        inline(p.content(), html);
        html.append("</p>\n");
      } else if (block instanceof Block.Heading h) {
        html.append("<h").append(h.level()).append(HtmlRenderer.dir(h.plainText(), language));
        html.append('>');
        inline(h.content(), html);
        html.append("</h").append(h.level()).append(">\n");
      } else if (block instanceof Block.ItemList list) {
        list(list, language, html);
        html.append('\n');
      } else if (block instanceof Block.Quote quote) {
        html.append("<figure><blockquote>\n");
        for (Block.Paragraph p : quote.paragraphs()) {
          html.append("<p").append(HtmlRenderer.dir(p.plainText(), language)).append('>');
          inline(p.content(), html);
          html.append("</p>\n");
        }
        html.append("</blockquote>");
        if (quote.attribution() != null) {
          html.append("<figcaption")
              .append(HtmlRenderer.dir(quote.attribution(), language))
              .append('>')
              .append(HtmlRenderer.text(quote.attribution()))
              .append("</figcaption>");
        }
        html.append("</figure>\n");
      }
    }
  }

  private static void list(Block.ItemList list, String language, StringBuilder html) {
    String tag = list.ordered() ? "ol" : "ul";
    html.append('<').append(tag).append(">\n");
    for (ListItem item : list.items()) {
      html.append("<li").append(HtmlRenderer.dir(item.plainText(), language)).append('>');
      inline(item.content(), html);
      if (item.sublist() != null) {
        list(item.sublist(), language, html);
      }
      html.append("</li>\n");
    }
    html.append("</").append(tag).append('>');
  }

  static void inline(List<Inline> content, StringBuilder html) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        html.append(HtmlRenderer.text(t.value()));
      } else if (piece instanceof Inline.Emphasis e) {
        html.append("<em>");
        inline(e.content(), html);
        html.append("</em>");
      } else if (piece instanceof Inline.Strong s) {
        html.append("<strong>");
        inline(s.content(), html);
        html.append("</strong>");
      } else if (piece instanceof Inline.Link l) {
        // The model allows only safe targets; no href is written for any other.
        if (LinkTargets.isAllowed(l.target())) {
          html.append("<a href=\"").append(HtmlRenderer.attr(l.target().toString())).append("\">");
          inline(l.content(), html);
          html.append("</a>");
        } else {
          inline(l.content(), html);
        }
      }
    }
  }

  static void contacts(List<Contact> contacts, String language, StringBuilder html) {
    if (contacts.isEmpty()) {
      return;
    }
    html.append("<address>\n");
    for (Contact c : contacts) {
      html.append("<p class=\"contact\">");
      part(html, "name", c.name(), language);
      part(html, "role", c.role(), language);
      part(html, "organization", c.organization(), language);
      part(html, "email", c.email(), language);
      part(html, "phone", c.phone(), language);
      if (c.url() != null && LinkTargets.isAllowed(c.url())) {
        String url = HtmlRenderer.attr(c.url().toString());
        html.append("<a class=\"url\" href=\"").append(url).append('"');
        html.append(HtmlRenderer.dir(c.url().toString(), language)).append('>').append(url);
        html.append("</a>");
      }
      html.append("</p>\n");
    }
    html.append("</address>\n");
  }

  private static void part(StringBuilder html, String cls, String value, String language) {
    if (value != null) {
      html.append("<span class=\"").append(cls).append('"');
      html.append(HtmlRenderer.dir(value, language)).append('>');
      html.append(HtmlRenderer.text(value)).append("</span>");
    }
  }
}
