package dev.pressroom.format.html;

import dev.pressroom.reading.Block;
import dev.pressroom.reading.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts a foreign page's body paragraphs by text density. Every block's own text (links counted
 * apart) scores the block, its parent and, by half, its grandparent; the best-scoring element is
 * the content, joined by siblings that score at least a fifth as well. Its blocks, in order, after
 * the title and without the date line, are the paragraphs; a {@code <br>} also ends a paragraph. A
 * lead paragraph ({@code <p>}) between the title and the content comes first. Left out: furniture
 * ({@link Boilerplate}), blocks that are mostly links (related-news lists, "read also" lists) and
 * the short "...:" line that introduces such a list, and action labels such as "Print" (they are
 * {@link Actions}). A repeat of the title is left to the shared reading pipeline.
 */
final class Body {
  private Body() {}

  /** Tags that end a paragraph even where jsoup counts them inline. */
  private static final Set<String> BREAKS = Set.of("br", "td", "th", "li", "dd", "dt", "tr");

  /** Tags that hold one paragraph, never a body of them. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "li", "td", "th", "dd", "dt", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6");

  /**
   * One paragraph of the body with what its markup says: the kind of block that holds it (a list
   * item with its depth and marker, a heading with its level, a quote, or a quote's attribution
   * line, marked {@code —}), and its emphasis, strong text and links.
   */
  record Paragraph(String text, Block.Kind kind, int level, String marker, List<Span> spans) {
    static Paragraph plain(String text) {
      return new Paragraph(text, Block.Kind.PARAGRAPH, 0, null, List.of());
    }
  }

  private record Para(Paragraph p, int weight, int linkWeight) {
    String text() {
      return p.text();
    }

    boolean isLinks() {
      return linkWeight * 2 > weight;
    }
  }

  static List<Paragraph> extract(
      Element body,
      List<Element> elements,
      Boilerplate furniture,
      Element title,
      Element dateLine) {
    Map<Element, Double> scores = score(body, furniture, 25);
    if (scores.isEmpty()) {
      scores = score(body, furniture, 1); // a page of short lines only
    }
    Element top = null;
    double best = 0;
    for (Element e : elements) {
      Double s = scores.get(e);
      if (s != null && s > best) {
        best = s;
        top = e;
      }
    }
    if (top == null) {
      return List.of();
    }
    top = descend(top, scores, best);
    List<Element> roots = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      roots.add(top);
    } else {
      for (Element sibling : parent.children()) {
        Double s = scores.get(sibling);
        if (sibling == top || (s != null && s >= best * 0.2 && !furniture.isPruned(sibling))) {
          roots.add(sibling);
        }
      }
    }
    boolean titleInside = false;
    for (Element root : roots) {
      titleInside |= title != null && (root == title || title.parents().contains(root));
    }
    List<Para> paras = new ArrayList<>();
    if (title != null && !titleInside) {
      paras.addAll(leads(elements, title, roots.get(0), furniture, dateLine));
    }
    paras.addAll(collect(roots, furniture, title, dateLine, !titleInside));
    return filter(paras);
  }

  /**
   * From a container that scores only through one child container (text in a {@code div} split by
   * {@code <br>}), down to that child, so that the container's other lines stay out.
   */
  private static Element descend(Element top, Map<Element, Double> scores, double best) {
    Element at = top;
    while (true) {
      Element next = null;
      for (Element child : at.children()) {
        Double s = scores.get(child);
        if (s != null && s == best && !PARAGRAPHS.contains(child.normalName())) {
          next = child;
        }
      }
      if (next == null) {
        return at;
      }
      at = next;
    }
  }

  /**
   * A lead paragraph (standfirst) between the title and the content: a {@code <p>} of real text
   * that is not furniture, not the date line and not mostly links.
   */
  private static List<Para> leads(
      List<Element> elements,
      Element title,
      Element content,
      Boilerplate furniture,
      Element dateLine) {
    List<Para> out = new ArrayList<>();
    int from = elements.indexOf(title);
    int to = elements.indexOf(content);
    for (int i = from + 1; i < to; i++) {
      Element e = elements.get(i);
      if (!e.nameIs("p") || e == dateLine || furniture.isInside(e) || isHiddenInside(e)) {
        continue;
      }
      String text = PageText.of(e);
      int weight = PageText.weight(text);
      int links = 0;
      for (Element a : e.getElementsByTag("a")) {
        links += PageText.weight(PageText.of(a));
      }
      if (weight >= 40 && links * 4 < weight && !e.parents().contains(title)) {
        out.add(new Para(Paragraph.plain(text), weight, links));
      }
    }
    return out;
  }

  private static boolean isHiddenInside(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (Boilerplate.isHidden(at)) {
        return true;
      }
    }
    return false;
  }

  /** Scores elements by the weight of their blocks' own, non-link text. */
  private static Map<Element, Double> score(Element body, Boilerplate furniture, int minWeight) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Map<Element, int[]> own = new IdentityHashMap<>(); // block -> {weight, linkWeight}
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              return furniture.isPruned(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t && !t.isBlank()) {
              Element block = null;
              boolean link = false;
              for (Element at = t.parent(); at != null; at = at.parent()) {
                if (at.nameIs("a")) {
                  link = true;
                }
                if (isBlock(at)) {
                  block = at;
                  break;
                }
              }
              if (block != null) {
                int w = PageText.rawWeight(t.getWholeText());
                int[] counts = own.computeIfAbsent(block, k -> new int[2]);
                counts[0] += w;
                counts[1] += link ? w : 0;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Map.Entry<Element, int[]> entry : own.entrySet()) {
      int weight = entry.getValue()[0];
      int links = entry.getValue()[1];
      if (weight < minWeight || links == weight) {
        continue;
      }
      double s = (weight - links) * (1.0 - (double) links / weight);
      Element block = entry.getKey();
      scores.merge(block, s, Double::sum);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, s, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), s / 2, Double::sum);
        }
      }
    }
    return scores;
  }

  private static boolean isBlock(Element e) {
    return e.isBlock() || BREAKS.contains(e.normalName());
  }

  private static List<Para> collect(
      List<Element> roots,
      Boilerplate furniture,
      Element title,
      Element dateLine,
      boolean startNow) {
    Collector collector = new Collector(furniture, title, dateLine, startNow);
    for (Element root : roots) {
      NodeTraversor.filter(collector, root);
      collector.flush();
    }
    return collector.out;
  }

  /** Walks the content, cutting it into paragraphs at block boundaries, with their markup. */
  private static final class Collector implements NodeFilter {
    private final Boilerplate furniture;
    private final Element title;
    private final Element dateLine;
    private final List<Para> out = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<Open> open = new ArrayList<>();
    private final List<int[]> ranges = new ArrayList<>(); // {start, end, kind ordinal}
    private final List<String> targets = new ArrayList<>();
    private Element holder; // the first text's parent element since the last flush
    private int linkDepth;
    private int linkChars;
    private boolean started;

    /** An inline element whose range has begun. */
    private static final class Open {
      final Element element;
      final Span.Kind kind;
      int start;

      Open(Element element, Span.Kind kind, int start) {
        this.element = element;
        this.kind = kind;
        this.start = start;
      }
    }

    Collector(Boilerplate furniture, Element title, Element dateLine, boolean startNow) {
      this.furniture = furniture;
      this.title = title;
      this.dateLine = dateLine;
      this.started = startNow;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (started) {
          String raw = t.getWholeText();
          if (holder == null && !t.isBlank()) {
            holder = t.parent();
          }
          text.append(raw);
          if (linkDepth > 0) {
            linkChars += PageText.rawWeight(raw);
          }
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e == title) {
        flush();
        started = true;
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e == dateLine || furniture.isPruned(e) || Boilerplate.isHidden(e)) {
        flush();
        return FilterResult.SKIP_ENTIRELY;
      }
      if (isBlock(e)) {
        flush();
      }
      if (e.nameIs("a")) {
        linkDepth++;
      }
      Span.Kind kind = spanKind(e);
      if (kind != null) {
        open.add(new Open(e, kind, text.length()));
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.nameIs("a")) {
          linkDepth--;
        }
        for (int i = open.size() - 1; i >= 0; i--) {
          if (open.get(i).element == e) {
            close(open.remove(i), text.length());
          }
        }
        if (isBlock(e)) {
          flush();
        }
      }
      return FilterResult.CONTINUE;
    }

    private void close(Open o, int end) {
      if (end > o.start) {
        ranges.add(new int[] {o.start, end, o.kind.ordinal()});
        targets.add(o.kind == Span.Kind.LINK ? o.element.attr("href") : null);
      }
    }

    void flush() {
      for (Open o : open) { // a block inside an inline element: its range goes on after the cut
        close(o, text.length());
        o.start = 0;
      }
      int[] starts = new int[ranges.size()];
      int[] ends = new int[ranges.size()];
      for (int k = 0; k < starts.length; k++) {
        starts[k] = ranges.get(k)[0];
        ends[k] = ranges.get(k)[1];
      }
      String clean = PageText.clean(text.toString(), starts, ends);
      if (!clean.isEmpty()) {
        List<Span> spans = new ArrayList<>(starts.length);
        for (int k = 0; k < starts.length; k++) {
          if (ends[k] > starts[k]) {
            spans.add(
                new Span(starts[k], ends[k], Span.Kind.values()[ranges.get(k)[2]], targets.get(k)));
          }
        }
        int weight = PageText.weight(clean);
        out.add(new Para(paragraph(clean, holder, spans), weight, Math.min(weight, linkChars)));
      }
      text.setLength(0);
      ranges.clear();
      targets.clear();
      linkChars = 0;
      holder = null;
    }
  }

  private static Span.Kind spanKind(Element e) {
    return switch (e.normalName()) {
      case "em", "i" -> Span.Kind.EMPHASIS;
      case "strong", "b" -> Span.Kind.STRONG;
      case "a" -> e.hasAttr("href") ? Span.Kind.LINK : null;
      default -> null;
    };
  }

  /**
   * A paragraph with the kind of block that holds its first text: looking up through inline
   * elements and {@code <p>}, the first other element decides (a list item, a heading, a quote,
   * preformatted text, a table cell, a caption); a quote's {@code <footer>}, and the caption of a
   * figure holding a quote, are the quote's attribution.
   */
  private static Paragraph paragraph(String text, Element holder, List<Span> spans) {
    Element at = holder;
    while (at != null && (at.nameIs("p") || !isBlock(at))) {
      at = at.parent();
    }
    if (at == null) {
      return new Paragraph(text, Block.Kind.PARAGRAPH, 0, null, spans);
    }
    String name = at.normalName();
    switch (name) {
      case "li":
        return new Paragraph(text, Block.Kind.LIST_ITEM, depth(at), marker(at), spans);
      case "h1", "h2", "h3", "h4", "h5", "h6":
        return new Paragraph(text, Block.Kind.HEADING, name.charAt(1) - '0', null, spans);
      case "blockquote":
        return new Paragraph(text, Block.Kind.QUOTE, 0, null, spans);
      case "pre":
        return new Paragraph(text, Block.Kind.PREFORMATTED, 0, null, spans);
      case "td", "th":
        return new Paragraph(text, Block.Kind.TABLE_CELL, 0, null, spans);
      case "footer":
        return at.parent() != null && at.parent().nameIs("blockquote")
            ? new Paragraph(text, Block.Kind.QUOTE, 0, "\u2014", spans)
            : new Paragraph(text, Block.Kind.PARAGRAPH, 0, null, spans);
      case "figcaption":
        return at.parent() != null && !at.parent().getElementsByTag("blockquote").isEmpty()
            ? new Paragraph(text, Block.Kind.QUOTE, 0, "\u2014", spans)
            : new Paragraph(text, Block.Kind.CAPTION, 0, null, spans);
      default:
        return new Paragraph(text, Block.Kind.PARAGRAPH, 0, null, spans);
    }
  }

  /** A list item's nesting depth: 0 in a list that is in no other list. */
  private static int depth(Element li) {
    int lists = 0;
    for (Element at = li.parent(); at != null; at = at.parent()) {
      if (at.nameIs("ul") || at.nameIs("ol")) {
        lists++;
      }
    }
    return Math.max(0, lists - 1);
  }

  /** {@code •} in a bulleted list; the item's number and a dot in a numbered one. */
  private static String marker(Element li) {
    Element list = li.parent();
    if (list == null || !list.nameIs("ol")) {
      return "\u2022";
    }
    int n = 1;
    try {
      n = Integer.parseInt(list.attr("start").strip());
    } catch (NumberFormatException noStart) {
      // numbered from 1
    }
    for (Element sibling : list.children()) {
      if (sibling == li) {
        break;
      }
      if (sibling.nameIs("li")) {
        n++;
      }
    }
    return n + ".";
  }

  private static List<Paragraph> filter(List<Para> paras) {
    List<Paragraph> out = new ArrayList<>();
    for (int i = 0; i < paras.size(); i++) {
      Para p = paras.get(i);
      if (p.isLinks() || (p.text().length() <= 40 && Actions.isActionLabel(p.text()))) {
        continue;
      }
      boolean introducesLinks =
          p.text().length() <= 120
              && (p.text().endsWith(":") || p.text().endsWith("："))
              && i + 1 < paras.size()
              && paras.get(i + 1).isLinks();
      if (!introducesLinks) {
        out.add(p.p());
      }
    }
    return out;
  }
}
