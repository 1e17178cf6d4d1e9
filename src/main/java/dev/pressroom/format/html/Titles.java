package dev.pressroom.format.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds a foreign page's headline. The page's own statements of it (JSON-LD {@code headline},
 * {@code og:title}, {@code twitter:title}, {@code ArticleTitle}, the headline part of {@code
 * <title>}) are matched against the visible candidates ({@code h1}–{@code h3} and elements whose
 * class or id says title or headline); the best-scoring visible element wins and is the anchor the
 * date line and the body are looked for after. A site name (what {@code og:site_name} says, or the
 * other parts of {@code <title>}) is never a headline. Without a visible candidate the metadata's
 * own text is used.
 *
 * <p>The headline part of a {@code <title>} split at {@code " - "}, {@code " | "}, {@code " — "} or
 * {@code _} is the part that matches a visible candidate or another statement of the title; else
 * the longest part that is not the site name, a site name being what {@code og:site_name} says or a
 * part the page's header, footer or logo shows ({@code 版权所有：中华人民共和国外交部}). Length alone never
 * decides between a short CJK headline and a long site name.
 */
final class Titles {
  private Titles() {}

  /** The headline and the element showing it ({@code null} when taken from metadata). */
  record Title(String text, Element anchor) {}

  private static final Set<String> OUTSIDE =
      Set.of("nav", "aside", "footer", "menu", "select", "option", "button", "form", "label");

  private static final String SPLIT = "\\s+[-–—|:»·]\\s+|\\s*[|｜]\\s*|_";

  static Title find(List<Element> elements, PageMeta meta) {
    List<String> stated = new ArrayList<>();
    addStated(stated, meta.jsonLd.headline);
    for (String key : new String[] {"og:title", "twitter:title", "articletitle", "dc.title"}) {
      addStated(stated, meta.meta(key));
    }
    Set<String> siteNames = declaredSiteNames(meta);
    String headlinePart = headlinePart(meta.title, elements, stated, siteNames);
    addStated(stated, headlinePart);
    addStated(stated, meta.title);
    siteNames.addAll(otherParts(meta.title, headlinePart));

    Element best = null;
    String bestText = null;
    int bestScore = 0;
    for (Element e : elements) {
      if (!isCandidate(e) || e.childrenSize() > 12 || isOutside(e)) {
        continue;
      }
      String text = PageText.of(e);
      if (text.isEmpty() || text.length() > 300 || siteNames.contains(key(text))) {
        continue;
      }
      int score = score(e, text, stated);
      if (score > bestScore) {
        best = e;
        bestText = text;
        bestScore = score;
      }
    }
    // A plain h2 or a "title" div is trusted alone only on a page that states no title at all.
    if (best != null && (bestScore >= 30 || stated.isEmpty())) {
      return new Title(bestText, best);
    }
    for (String s : stated) {
      if (!siteNames.contains(key(s))) {
        return new Title(s, null);
      }
    }
    return stated.isEmpty() ? null : new Title(stated.get(0), null);
  }

  /** An h1–h3, an element named title or headline, or {@code itemprop="headline"}. */
  private static boolean isCandidate(Element e) {
    if (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3")) {
      return true;
    }
    String names = Boilerplate.names(e);
    return names.contains("title")
        || names.contains("headline")
        || e.attr("itemprop").equalsIgnoreCase("headline");
  }

  private static int score(Element e, String text, List<String> stated) {
    int score =
        switch (e.normalName()) {
          case "h1" -> 40;
          case "h2" -> 20;
          case "h3" -> 10;
          default -> 0;
        };
    String names = Boilerplate.names(e);
    if (names.contains("title") || names.contains("headline")) {
      score += 15;
    }
    if (names.contains("subtitle") || names.contains("sub-title")) {
      score -= 30;
    }
    if (e.attr("itemprop").equalsIgnoreCase("headline")) {
      score += 50;
    }
    String k = key(text);
    int match = 0;
    for (String s : stated) {
      String sk = key(s);
      if (sk.equals(k)) {
        match = 50;
        break;
      }
      int shorter = Math.min(sk.length(), k.length());
      if (PageText.weight(shorter == k.length() ? k : sk) >= 12
          && (sk.contains(k) || k.contains(sk))) {
        match = Math.max(match, 20);
      }
    }
    score += match;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.nameIs("article") || a.nameIs("main")) {
        score += 10;
        break;
      }
    }
    return score;
  }

  /** Inside navigation, a sidebar, a footer, a form or hidden: never the headline. */
  private static boolean isOutside(Element e) {
    for (Element a = e; a != null && !a.nameIs("body"); a = a.parent()) {
      if (OUTSIDE.contains(a.normalName()) || Boilerplate.isHidden(a)) {
        return true;
      }
      String names = Boilerplate.names(a);
      if (!names.isEmpty()
          && Boilerplate.isNegativeName(a)
          && !Boilerplate.holdsArticle(a)
          && !names.contains("header")
          && !names.contains("masthead")) {
        return true;
      }
    }
    return false;
  }

  private static void addStated(List<String> stated, String s) {
    if (s != null) {
      String clean = PageText.clean(s);
      if (!clean.isEmpty() && !stated.contains(clean)) {
        stated.add(clean);
      }
    }
  }

  /** The parts of a {@code <title>}, cleaned, empty ones left out. */
  private static List<String> parts(String title) {
    List<String> parts = new ArrayList<>();
    if (title != null) {
      for (String part : title.split(SPLIT)) {
        String p = PageText.clean(part);
        if (!p.isEmpty()) {
          parts.add(p);
        }
      }
    }
    return parts;
  }

  /** The part of {@code <title>} that is the headline (see the class comment), or null. */
  static String headlinePart(
      String title, List<Element> elements, List<String> stated, Set<String> siteNames) {
    List<String> parts = parts(title);
    if (parts.size() <= 1) {
      return parts.isEmpty() ? null : parts.get(0);
    }
    Set<String> strong = new HashSet<>(); // h1 and the other statements of the title
    Set<String> weak = new HashSet<>(); // other headline candidates
    Set<String> furniture = new HashSet<>();
    Set<Element> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : elements) {
      if (isCandidate(e) && e.childrenSize() <= 12) {
        String text = PageText.of(e);
        if (text.length() <= 300) {
          (e.nameIs("h1") ? strong : weak).add(key(text));
        }
      }
      if (showsSiteName(e) && !shown.contains(e.parent())) {
        furniture.add(key(PageText.of(e)));
      }
      if (shown.contains(e.parent()) || showsSiteName(e)) {
        shown.add(e); // inside a header or footer already read
      }
    }
    for (String s : stated) {
      strong.add(key(s));
    }
    String best = null;
    int bestScore = Integer.MIN_VALUE;
    for (String p : parts) {
      String k = key(p);
      int score = strong.contains(k) ? 3 : weak.contains(k) ? 2 : 0;
      boolean site = siteNames.contains(k);
      for (String f : furniture) {
        site |= f.contains(k);
      }
      score -= site ? 1 : 0;
      if (score > bestScore || (score == bestScore && PageText.weight(p) > PageText.weight(best))) {
        best = p;
        bestScore = score;
      }
    }
    return best;
  }

  /** A page header, footer, logo or copyright line: where a site shows its own name. */
  private static boolean showsSiteName(Element e) {
    if (e.nameIs("header") || e.nameIs("footer")) {
      return true;
    }
    String names = Boilerplate.names(e);
    return !names.isEmpty()
        && (names.contains("logo")
            || names.contains("footer")
            || names.contains("copyright")
            || names.contains("masthead"));
  }

  private static Set<String> declaredSiteNames(PageMeta meta) {
    Set<String> names = new HashSet<>();
    for (String key : new String[] {"og:site_name", "sitename", "application-name"}) {
      String v = meta.meta(key);
      if (v != null && !v.isBlank()) {
        names.add(key(v));
      }
    }
    return names;
  }

  private static List<String> otherParts(String title, String headlinePart) {
    List<String> others = new ArrayList<>();
    for (String p : parts(title)) {
      if (!p.equals(headlinePart)) {
        others.add(key(p));
      }
    }
    return others;
  }

  /** A comparison key: cleaned, lower case. */
  static String key(String s) {
    return PageText.clean(s).toLowerCase(Locale.ROOT);
  }
}
