package dev.pressroom.testing;

import dev.pressroom.model.Block;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The structure another tool's HTML shows, as model blocks: what a reader sees in its output,
 * independent of our own HTML parser. {@code p} is a paragraph, {@code h2}–{@code h4} a heading,
 * {@code ul}/{@code ol} a list (a nested list inside an item is its sublist), {@code blockquote} a
 * quote whose last paragraph, when it is plain text starting with an em dash and a space, is the
 * attribution; inside them {@code em}/{@code i}, {@code strong}/{@code b} and {@code a href} are
 * emphasis, strong and links. Any other element is reported, so that a tool showing something we
 * did not write fails the comparison.
 */
public final class HtmlStructure {
  private HtmlStructure() {}

  /** The blocks of {@code elements}, in order. */
  public static List<Object> blocks(List<Element> elements, UnaryOperator<String> text) {
    List<Object> out = new ArrayList<>();
    for (Element e : elements) {
      try {
        out.add(block(e, text));
      } catch (IllegalArgumentException notAModelBlock) {
        out.add(notAModelBlock.getMessage() + ": " + e.outerHtml());
      }
    }
    return out;
  }

  private static Object block(Element e, UnaryOperator<String> text) {
    switch (e.normalName()) {
      case "p":
        return new Block.Paragraph(inline(e, text));
      case "h2", "h3", "h4":
        return new Block.Heading(e.normalName().charAt(1) - '0', inline(e, text));
      case "ul", "ol":
        return list(e, text);
      case "blockquote":
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        for (Element p : e.children()) {
          if (!p.normalName().equals("p")) {
            return "unexpected <" + p.normalName() + "> in a quote: " + p.outerHtml();
          }
          paragraphs.add(new Block.Paragraph(inline(p, text)));
        }
        return quoteAsSeen(paragraphs, null);
      default:
        return "unexpected block: " + e.outerHtml();
    }
  }

  /**
   * The quote a reader sees in {@code paragraphs} and {@code attribution}: without an attribution,
   * a last paragraph (not the only one; a quote holds at least one) of plain text {@code "— name"},
   * where {@code name} is a valid attribution, is read as the attribution.
   */
  public static Block.Quote quoteAsSeen(List<Block.Paragraph> paragraphs, String attribution) {
    int last = paragraphs.size() - 1;
    if (attribution == null
        && last > 0
        && paragraphs.get(last).content().size() == 1
        && paragraphs.get(last).content().get(0) instanceof Inline.Text t
        && t.value().startsWith("\u2014 ")) {
      try {
        return new Block.Quote(paragraphs.subList(0, last), t.value().substring(2));
      } catch (IllegalArgumentException notAnAttribution) {
        // the text after the dash cannot be an attribution, so it stays the quote's paragraph
      }
    }
    return new Block.Quote(paragraphs, attribution);
  }

  private static Block.ItemList list(Element e, UnaryOperator<String> text) {
    List<ListItem> items = new ArrayList<>();
    for (Element li : e.children()) {
      Block.ItemList sublist = null;
      List<Node> content = new ArrayList<>();
      for (Node child : li.childNodes()) {
        if (child instanceof Element c
            && (c.normalName().equals("ul") || c.normalName().equals("ol"))) {
          sublist = list(c, text);
        } else if (child instanceof Element c && c.normalName().equals("p")) {
          content.addAll(c.childNodes());
        } else {
          content.add(child);
        }
      }
      items.add(new ListItem(inline(content, text), sublist));
    }
    return new Block.ItemList(e.normalName().equals("ol"), items);
  }

  /** The inline content of {@code e}. */
  public static List<Inline> inline(Element e, UnaryOperator<String> text) {
    return inline(e.childNodes(), text);
  }

  private static List<Inline> inline(List<Node> nodes, UnaryOperator<String> text) {
    List<Inline> out = new ArrayList<>();
    for (Node node : nodes) {
      if (node instanceof TextNode t) {
        out.add(new Inline.Text(text.apply(t.getWholeText())));
      } else if (node instanceof Element e) {
        List<Inline> inner = inline(e, text);
        switch (e.normalName()) {
          case "em", "i" -> out.add(new Inline.Emphasis(inner));
          case "strong", "b" -> out.add(new Inline.Strong(inner));
          case "a" -> out.add(new Inline.Link(inner, URI.create(e.attr("href"))));
          default -> out.add(new Inline.Text("<" + e.normalName() + ">" + e.text()));
        }
      }
    }
    return trimEdges(out);
  }

  /** Leading and trailing line breaks of a block's text are the tool's layout, not the text. */
  private static List<Inline> trimEdges(List<Inline> content) {
    for (int i = content.size() - 1; i > 0; i--) {
      if (content.get(i) instanceof Inline.Text b && content.get(i - 1) instanceof Inline.Text a) {
        content.set(i - 1, new Inline.Text(a.value() + b.value()));
        content.remove(i);
      }
    }
    if (!content.isEmpty() && content.get(0) instanceof Inline.Text t) {
      content.set(0, new Inline.Text(t.value().replaceFirst("^\n+", "")));
    }
    int last = content.size() - 1;
    if (last >= 0 && content.get(last) instanceof Inline.Text t) {
      content.set(last, new Inline.Text(t.value().replaceFirst("\n+$", "")));
    }
    content.removeIf(i -> i instanceof Inline.Text t && t.value().isEmpty());
    return content;
  }

  /** {@code blocks} with {@code text} applied to every text run, made canonical again. */
  public static List<Object> mapText(List<Block> blocks, UnaryOperator<String> text) {
    List<Object> out = new ArrayList<>();
    for (Block b : blocks) {
      out.add(mapText(b, text));
    }
    return out;
  }

  private static Block mapText(Block block, UnaryOperator<String> text) {
    if (block instanceof Block.Paragraph p) {
      return new Block.Paragraph(mapInline(p.content(), text));
    } else if (block instanceof Block.Heading h) {
      return new Block.Heading(h.level(), mapInline(h.content(), text));
    } else if (block instanceof Block.ItemList l) {
      return mapList(l, text);
    }
    Block.Quote q = (Block.Quote) block;
    List<Block.Paragraph> paragraphs = new ArrayList<>();
    for (Block.Paragraph p : q.paragraphs()) {
      paragraphs.add(new Block.Paragraph(mapInline(p.content(), text)));
    }
    return new Block.Quote(
        paragraphs, q.attribution() == null ? null : text.apply(q.attribution()));
  }

  private static Block.ItemList mapList(Block.ItemList list, UnaryOperator<String> text) {
    List<ListItem> items = new ArrayList<>();
    for (ListItem item : list.items()) {
      items.add(
          new ListItem(
              mapInline(item.content(), text),
              item.sublist() == null ? null : mapList(item.sublist(), text)));
    }
    return new Block.ItemList(list.ordered(), items);
  }

  private static List<Inline> mapInline(List<Inline> content, UnaryOperator<String> text) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : content) {
      if (i instanceof Inline.Text t) {
        out.add(new Inline.Text(text.apply(t.value())));
      } else if (i instanceof Inline.Emphasis e) {
        out.add(new Inline.Emphasis(mapInline(e.content(), text)));
      } else if (i instanceof Inline.Strong s) {
        out.add(new Inline.Strong(mapInline(s.content(), text)));
      } else {
        Inline.Link l = (Inline.Link) i;
        out.add(new Inline.Link(mapInline(l.content(), text), l.target()));
      }
    }
    return out;
  }
}
