package dev.pressroom.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds a foreign page's breadcrumb trail. Candidates: breadcrumb markup ({@code aria-label} or
 * class/id naming a breadcrumb, {@code urhere}, schema.org {@code BreadcrumbList} microdata or
 * JSON-LD) and short elements whose text is a trail of at least two links separated by {@code >},
 * {@code ›}, {@code »}, {@code →} or {@code ＞}, or introduced by "You are here" / "Sie sind hier" /
 * "当前位置". A list trail gives its items; an inline trail is split at the separators. The
 * introduction, unrendered template placeholders ({@code {0}}), empty segments and a last segment
 * that repeats the title are dropped. A list item's sub-menu (a nested list of links under a trail
 * item) is not part of the trail: the item gives its own text only.
 *
 * <p>Candidates of two or more segments are ranked by how surely they are a trail: a schema.org
 * {@code BreadcrumbList} (JSON-LD or microdata), an ARIA label, or a list or its wrapper whose
 * class or id says {@code breadcrumb}, first; then other names ({@code crumb}, {@code urhere});
 * then trails found by their text alone. The surest candidate wins, and among equally sure ones the
 * one with the most segments, then the first in the page; so a menu whose class happens to hold
 * {@code crumb} never beats the real {@code ol.breadcrumb}.
 */
final class Breadcrumbs {
  private Breadcrumbs() {}

  private static final Pattern SEPARATORS =
      Pattern.compile("[\\s\u00A0\u3000]*[>›»→＞]+[\\s\u00A0\u3000]*");

  private static final Pattern INTRO =
      Pattern.compile(
          "(?iu)^(you are here|sie sind hier|vous êtes ici|usted está en|当前位置|您的位置|"
              + "您现在的位置|现在位置|location|position)\\s*[:：]?\\s*");

  private static final Pattern ARIA =
      Pattern.compile("(?iu)breadcrumb|you are here|sie sind hier|brotkrümel|面包屑");

  private static final String[] NAMES = {"breadcrumb", "crumb", "urhere", "pathway"};

  private static final Set<String> TRAIL_TAGS = Set.of("div", "p", "span", "td", "li", "section");

  private record Candidate(List<String> segments, int rank) {}

  static List<String> find(List<Element> elements, List<String> fromJsonLd, String title) {
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(new Candidate(clean(fromJsonLd, title), 3));
    for (Element e : elements) {
      int rank = rank(e);
      if (rank > 0 || (TRAIL_TAGS.contains(e.normalName()) && isTrail(e))) {
        candidates.add(new Candidate(clean(segments(e), title), rank));
      }
    }
    Candidate best = null;
    for (Candidate c : candidates) {
      if (c.segments.size() >= 2
          && (best == null
              || c.rank > best.rank
              || (c.rank == best.rank && c.segments.size() > best.segments.size()))) {
        best = c;
      }
    }
    if (best != null) {
      return best.segments;
    }
    for (Candidate c : candidates) {
      if (!c.segments.isEmpty()) {
        return c.segments; // a trail of one segment, as the page gives it
      }
    }
    return List.of();
  }

  /**
   * How surely markup says an element is a breadcrumb: 3 by schema.org type, ARIA label or the word
   * {@code breadcrumb} in class or id, 2 by another name, 0 when it does not.
   */
  private static int rank(Element e) {
    if (e.hasAttr("aria-label") && ARIA.matcher(e.attr("aria-label")).find()) {
      return 3;
    }
    if (e.attr("itemtype").endsWith("BreadcrumbList")) {
      return 3;
    }
    String names = Boilerplate.names(e);
    if (names.isEmpty()) {
      return 0;
    }
    if (names.contains("breadcrumb") && !names.contains("menu")) {
      return 3;
    }
    for (String n : NAMES) {
      if (names.contains(n)) {
        return 2;
      }
    }
    return 0;
  }

  /** Short text of two or more links with separators, or starting with "You are here". */
  private static boolean isTrail(Element e) {
    if (e.childrenSize() < 2 || e.childrenSize() > 20) {
      return false;
    }
    int links = 0;
    for (Element child : e.children()) {
      if (child.nameIs("a")) {
        links++;
      }
    }
    if (links < 2) {
      return false;
    }
    String text = PageText.of(e);
    if (text.length() > 300) {
      return false;
    }
    if (INTRO.matcher(text).find()) {
      return true;
    }
    String[] parts = SEPARATORS.split(text);
    return parts.length >= 2 && parts.length >= links;
  }

  private static List<String> segments(Element e) {
    List<Element> items = e.select("li");
    List<String> out = new ArrayList<>();
    if (!items.isEmpty()) {
      for (Element li : items) {
        if (isTopItem(li, e)) {
          out.add(ownText(li));
        }
      }
      return out;
    }
    // Links are segments of their own; text between them is split at the separators.
    for (Node child : e.childNodes()) {
      if (child instanceof Element a && a.nameIs("a")) {
        out.add(PageText.of(a));
      } else {
        String text =
            child instanceof Element el
                ? PageText.of(el)
                : child instanceof TextNode t ? t.getWholeText() : "";
        text = INTRO.matcher(PageText.clean(text)).replaceFirst("");
        for (String part : SEPARATORS.split(text)) {
          out.add(part);
        }
      }
    }
    return out;
  }

  /** Whether {@code li} is an item of the trail itself, not of a sub-menu under an item. */
  private static boolean isTopItem(Element li, Element trail) {
    for (Element at = li.parent(); at != null && at != trail; at = at.parent()) {
      if (at.nameIs("li")) {
        return false;
      }
    }
    return true;
  }

  /** An item's text without the sub-menu it may hold. */
  private static String ownText(Element li) {
    if (li.getElementsByTag("li").size() == 1) {
      return PageText.of(li);
    }
    Element copy = li.clone();
    for (Element sub : copy.select("ul, ol")) {
      sub.remove();
    }
    return PageText.of(copy);
  }

  private static List<String> clean(List<String> segments, String title) {
    List<String> out = new ArrayList<>();
    for (String s : segments) {
      String text = PageText.clean(PageText.PLACEHOLDER.matcher(s).replaceAll(" "));
      text = PageText.clean(INTRO.matcher(text).replaceFirst(""));
      text = PageText.clean(SEPARATORS.matcher(text).replaceAll(" "));
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    if (!out.isEmpty() && title != null && isTitle(out.get(out.size() - 1), title)) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static boolean isTitle(String segment, String title) {
    String s = Titles.key(segment).replaceAll("(\\.\\.\\.|…)$", "");
    String t = Titles.key(title);
    return s.equals(t) || (PageText.weight(s) >= 12 && t.startsWith(s));
  }
}
