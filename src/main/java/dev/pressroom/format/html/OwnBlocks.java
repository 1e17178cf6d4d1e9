package dev.pressroom.format.html;

import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** Reads the blocks, inline content and contacts of a page {@link HtmlRenderer} wrote. */
final class OwnBlocks {
  // The selectors, parsed once; jsoup's evaluators may be shared between threads.
  private static final Evaluator QUOTE = Selector.evaluatorOf("> blockquote");
  private static final Evaluator QUOTE_PARAGRAPHS = Selector.evaluatorOf("> p");
  private static final Evaluator CAPTION = Selector.evaluatorOf("> figcaption");
  private static final Evaluator ITEMS = Selector.evaluatorOf("> li");
  private static final Evaluator CONTACTS = Selector.evaluatorOf("> p.contact");
  private static final Evaluator CONTACT_URL = Selector.evaluatorOf("> a.url[href]");

  /** The span of each contact part, by its class. */
  private static final Map<String, Evaluator> PARTS =
      Map.of(
          "name", Selector.evaluatorOf("> span.name"),
          "role", Selector.evaluatorOf("> span.role"),
          "organization", Selector.evaluatorOf("> span.organization"),
          "email", Selector.evaluatorOf("> span.email"),
          "phone", Selector.evaluatorOf("> span.phone"));

  private OwnBlocks() {}

  /** The blocks that are direct children of {@code parent}; empty ones are skipped. */
  static List<Block> blocks(Element parent) throws ParseException {
    List<Block> blocks = new ArrayList<>();
    for (Element child : parent.children()) {
      switch (child.normalName()) {
        case "p" -> {
          List<Inline> content = inline(child);
          if (!content.isEmpty()) {
            blocks.add(new Block.Paragraph(content));
          }
        }
        case "h2", "h3", "h4" -> {
          if (child.hasClass("boilerplate-heading")) {
            continue;
          }
          List<Inline> content = inline(child);
          if (!content.isEmpty()) {
            blocks.add(new Block.Heading(child.normalName().charAt(1) - '0', content));
          }
        }
        case "ul", "ol" -> {
          Block.ItemList list = list(child);
          if (list != null) {
            blocks.add(list);
          }
        }
        case "figure" -> {
          Element quote = child.selectFirst(QUOTE);
          if (quote == null) {
            continue;
          }
          List<Block.Paragraph> paragraphs = new ArrayList<>();
          for (Element p : quote.select(QUOTE_PARAGRAPHS)) {
            List<Inline> content = inline(p);
            if (!content.isEmpty()) {
              paragraphs.add(new Block.Paragraph(content));
            }
          }
          if (paragraphs.isEmpty()) {
            continue;
          }
          Element caption = child.selectFirst(CAPTION);
          String attribution = null;
          if (caption != null && !Text.isBlank(caption.wholeText())) {
            attribution = Text.strip(caption.wholeText());
          }
          blocks.add(new Block.Quote(paragraphs, attribution));
        }
        default -> {}
      }
    }
    return blocks;
  }

  private static Block.ItemList list(Element list) throws ParseException {
    List<ListItem> items = new ArrayList<>();
    for (Element li : list.select(ITEMS)) {
      List<Node> own = new ArrayList<>();
      Block.ItemList sublist = null;
      for (Node node : li.childNodes()) {
        if (node instanceof Element e
            && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
          sublist = list(e);
        } else {
          own.add(node);
        }
      }
      List<Inline> content = trimmed(nodes(own));
      if (!content.isEmpty()) {
        items.add(new ListItem(content, sublist));
      }
    }
    return items.isEmpty() ? null : new Block.ItemList(list.normalName().equals("ol"), items);
  }

  /** The inline content of an element, canonical; plain text has its ends trimmed. */
  static List<Inline> inline(Element element) throws ParseException {
    return trimmed(nodes(element.childNodes()));
  }

  private static List<Inline> trimmed(List<Inline> content) {
    List<Inline> canonical = Inline.canonical(content);
    if (Inline.isPlain(canonical)) {
      String text = Text.strip(Inline.plainText(canonical));
      return text.isEmpty() ? List.of() : Inline.text(text);
    }
    return canonical;
  }

  private static List<Inline> nodes(List<Node> nodes) throws ParseException {
    List<Inline> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof TextNode t) {
        out.add(new Inline.Text(t.getWholeText()));
      } else if (node instanceof Element e) {
        List<Inline> inner = nodes(e.childNodes());
        switch (e.normalName()) {
          case "em", "i" -> out.add(new Inline.Emphasis(inner));
          case "strong", "b" -> out.add(new Inline.Strong(inner));
          case "a" -> {
            if (e.hasAttr("href")) {
              out.add(new Inline.Link(inner, target(e.attr("href"))));
            } else {
              out.addAll(inner);
            }
          }
          default -> out.addAll(inner);
        }
      }
    }
    return out;
  }

  private static URI target(String href) throws ParseException {
    try {
      return LinkTargets.parse(href.trim());
    } catch (IllegalArgumentException e) {
      throw new ParseException("<a href=\"" + href + "\">", "link " + e.getMessage());
    }
  }

  static List<Contact> contacts(Element address) throws ParseException {
    List<Contact> contacts = new ArrayList<>();
    for (Element p : address.select(CONTACTS)) {
      Element url = p.selectFirst(CONTACT_URL);
      String name = part(p, "name");
      String organization = part(p, "organization");
      String email = part(p, "email");
      String phone = part(p, "phone");
      if (name == null && organization == null && email == null && phone == null) {
        continue;
      }
      contacts.add(
          new Contact(
              name,
              part(p, "role"),
              organization,
              email,
              phone,
              url == null ? null : target(url.attr("href"))));
    }
    return contacts;
  }

  private static String part(Element p, String cls) {
    Element span = p.selectFirst(PARTS.get(cls));
    if (span == null || Text.isBlank(span.wholeText())) {
      return null;
    }
    return Text.strip(span.wholeText());
  }
}
