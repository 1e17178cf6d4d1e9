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
 * that repeats the title are dropped. The candidate with the most segments wins; on a tie, the
 * first in the page.
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

  static List<String> find(List<Element> elements, List<String> fromJsonLd, String title) {
    List<List<String>> candidates = new ArrayList<>();
    candidates.add(clean(fromJsonLd, title));
    for (Element e : elements) {
      if (isMarkup(e) || (TRAIL_TAGS.contains(e.normalName()) && isTrail(e))) {
        candidates.add(clean(segments(e), title));
      }
    }
    List<String> best = List.of();
    for (List<String> c : candidates) {
      if (c.size() > best.size()) {
        best = c;
      }
    }
    return best;
  }

  /** Breadcrumb markup: by ARIA label, schema.org microdata type, or class or id. */
  private static boolean isMarkup(Element e) {
    if (e.hasAttr("aria-label") && ARIA.matcher(e.attr("aria-label")).find()) {
      return true;
    }
    if (e.attr("itemtype").endsWith("BreadcrumbList")) {
      return true;
    }
    String names = Boilerplate.names(e);
    for (String n : NAMES) {
      if (names.contains(n)) {
        return true;
      }
    }
    return false;
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
        if (li.children().select("li").isEmpty()) {
          out.add(PageText.of(li));
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
