package dev.pressroom.format.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Which parts of a foreign page are page furniture rather than the release: navigation, menus,
 * sidebars, related-news lists, share bars, cookie banners, search boxes, page headers and footers.
 * Judged by element ({@code nav}, {@code aside}, {@code footer}, ...), ARIA role and words in
 * {@code class} and {@code id}. An element that contains the title (or, on a page without one, the
 * {@code main} element, {@code itemprop="articleBody"} or the only {@code article}) is never
 * furniture, however it is named. Names are hints, not verdicts: an element that is furniture by
 * its class or id alone ({@code teaser}, {@code header}) but holds an article's running text
 * ({@link #holdsArticle}) is kept.
 */
final class Boilerplate {
  private static final Set<String> TAGS =
      Set.of(
          "nav",
          "aside",
          "footer",
          "header",
          "menu",
          "button",
          "select",
          "option",
          "textarea",
          "input",
          "dialog",
          "figure",
          "figcaption",
          "img",
          "picture",
          "video",
          "audio",
          "object",
          "embed",
          "canvas",
          "map");

  private static final Set<String> ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar");

  private static final String[] NEGATIVE = {
    "nav",
    "menu",
    "sidebar",
    "side-bar",
    "aside",
    "related",
    "relnews",
    "share",
    "social",
    "cookie",
    "consent",
    "banner",
    "footer",
    "comment",
    "breadcrumb",
    "crumb",
    "pagination",
    "pager",
    "promo",
    "advert",
    "newsletter",
    "appendix",
    "toolbar",
    "print",
    "recommend",
    "skip",
    "aural",
    "sr-only",
    "visually-hidden",
    "copyright",
    "search",
    "logo",
    "widget",
    "subscribe",
    "popup",
    "modal",
    "teaser",
    "jiathis",
    "masthead",
    "header",
    "urhere",
    "tool",
    "login"
  };

  private static final String[] POSITIVE = {"article", "content", "main", "body", "story"};

  private final Set<Element> pruned = Collections.newSetFromMap(new IdentityHashMap<>());

  private Boilerplate() {}

  /** Marks the furniture of {@code doc}'s body, keeping {@code title} and its ancestors. */
  static Boilerplate of(Element body, Element title) {
    Boilerplate b = new Boilerplate();
    Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.add(body); // <body class="has-sidebar nav-open"> is still the page
    if (title != null) {
      kept.addAll(title.parents());
      kept.add(title);
    }
    Element main = title != null ? null : mainElement(body);
    if (main != null) {
      kept.addAll(main.parents());
      kept.add(main);
    }
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && !kept.contains(e) && isFurniture(e)) {
              b.pruned.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return b;
  }

  /**
   * The element a page marks as its main content when there is no title to go by: {@code
   * itemprop="articleBody"}, {@code main}, or the page's only {@code article}.
   */
  private static Element mainElement(Element body) {
    Element main = body.selectFirst("[itemprop=articleBody], main, [role=main]");
    if (main != null) {
      return main;
    }
    Elements articles = body.getElementsByTag("article");
    return articles.size() == 1 ? articles.first() : null;
  }

  /** Whether the element (not its ancestors) was judged furniture. */
  boolean isPruned(Element e) {
    return pruned.contains(e);
  }

  /** Whether the element or an ancestor is furniture. */
  boolean isInside(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (pruned.contains(at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an element, judged on its own, looks like page furniture or is hidden. */
  static boolean isFurniture(Element e) {
    if (isQuotePart(e)) {
      return false;
    }
    if (TAGS.contains(e.normalName()) || isHidden(e)) {
      return true;
    }
    if (ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return isNegativeName(e) && !holdsArticle(e);
  }

  /**
   * Whether {@code e} is part of a quotation, whatever its tag: a {@code <footer>} in a {@code
   * <blockquote>} (the quote's attribution), a {@code <figure>} holding a quote and its caption.
   */
  private static boolean isQuotePart(Element e) {
    Element parent = e.parent();
    return switch (e.normalName()) {
      case "footer" -> parent != null && parent.nameIs("blockquote");
      case "figure" -> !e.getElementsByTag("blockquote").isEmpty();
      case "figcaption" ->
          parent != null
              && parent.nameIs("figure")
              && !parent.getElementsByTag("blockquote").isEmpty();
      default -> false;
    };
  }

  /**
   * Whether an element holds an article: a headline ({@code h1}) and running text, or running text
   * alone of two or more paragraphs and 300 characters or more in all; a running paragraph being a
   * {@code p} of at least 80 characters, mostly not link text. Teasers, menus and related-news
   * lists hold short lines or links.
   */
  static boolean holdsArticle(Element e) {
    int paragraphs = 0;
    int weight = 0;
    for (Element p : e.getElementsByTag("p")) {
      int w = PageText.weight(PageText.of(p));
      if (w < 80) {
        continue;
      }
      int links = 0;
      for (Element a : p.getElementsByTag("a")) {
        links += PageText.weight(PageText.of(a));
      }
      if (links * 4 < w) {
        paragraphs++;
        weight += w;
      }
    }
    return paragraphs >= 2 && weight >= 300
        || paragraphs >= 1 && !e.getElementsByTag("h1").isEmpty();
  }

  /** Whether class or id names the element as furniture (and not also as content). */
  static boolean isNegativeName(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return false;
    }
    for (String p : POSITIVE) {
      if (names.contains(p)) {
        return false;
      }
    }
    for (String n : NEGATIVE) {
      if (names.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /** The element's class and id, lower case, space-separated; empty when it has neither. */
  static String names(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return "";
    }
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /**
   * Hidden by the page itself: {@code hidden}, {@code aria-hidden}, inline {@code display:none}.
   */
  static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
