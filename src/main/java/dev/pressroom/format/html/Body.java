package dev.pressroom.format.html;

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

  private record Para(String text, int weight, int linkWeight) {
    boolean isLinks() {
      return linkWeight * 2 > weight;
    }
  }

  static List<String> extract(
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
        out.add(new Para(text, weight, links));
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
    List<Para> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int[] linkDepth = {0};
    int[] linkChars = {0};
    boolean[] started = {startNow};
    Runnable flush =
        () -> {
          String clean = PageText.clean(text.toString());
          if (!clean.isEmpty()) {
            int weight = PageText.weight(clean);
            out.add(new Para(clean, weight, Math.min(weight, linkChars[0])));
          }
          text.setLength(0);
          linkChars[0] = 0;
        };
    for (Element root : roots) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode t) {
                if (started[0]) {
                  String raw = t.getWholeText();
                  text.append(raw);
                  if (linkDepth[0] > 0) {
                    linkChars[0] += PageText.rawWeight(raw);
                  }
                }
                return FilterResult.CONTINUE;
              }
              if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
              }
              if (e == title) {
                flush.run();
                started[0] = true;
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e == dateLine || furniture.isPruned(e) || Boilerplate.isHidden(e)) {
                flush.run();
                return FilterResult.SKIP_ENTIRELY;
              }
              if (isBlock(e)) {
                flush.run();
              }
              if (e.nameIs("a")) {
                linkDepth[0]++;
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element e) {
                if (e.nameIs("a")) {
                  linkDepth[0]--;
                }
                if (isBlock(e)) {
                  flush.run();
                }
              }
              return FilterResult.CONTINUE;
            }
          },
          root);
      flush.run();
    }
    return out;
  }

  private static List<String> filter(List<Para> paras) {
    List<String> out = new ArrayList<>();
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
        out.add(p.text());
      }
    }
    return out;
  }
}
