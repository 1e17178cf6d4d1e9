package dev.pressroom.format.html;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds when a foreign page was published. Sources, most trusted first: JSON-LD {@code
 * datePublished}; meta tags ({@code article:published_time}, {@code datePublished}, {@code
 * PubDate}, {@code publishdate}, {@code DC.date}, ...); {@code <time itemprop="datePublished">} or
 * {@code <time pubdate>}; then a {@code <time>} or a short date line right after the title, before
 * the body begins. Sidebars, related-news lists and footers are never looked at, and neither are
 * lines that say a date is a change ("Updated", "Stand:", "更新"). When the most trusted source gives
 * only a day and a later one gives the same day with a time, the time is kept. When nothing else
 * dates the page, a date the headline states ({@code Press Conference on December 26, 2019}) is the
 * day.
 */
final class Published {
  private Published() {}

  /** The timestamp and the visible element it was read from ({@code null} for metadata). */
  record Found(Timestamp timestamp, Element element) {}

  private static final String[] META_KEYS = {
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "parsely-pub-date",
    "sailthru.date"
  };

  /** How many text pieces after the title may hold the date line. */
  private static final int LOOK_AHEAD = 40;

  static Found find(
      Element body, PageMeta meta, Element anchor, String headline, Boilerplate furniture) {
    List<Found> found = new ArrayList<>();
    add(found, machineOrText(meta.jsonLd.datePublished), null);
    for (String key : META_KEYS) {
      add(found, machineOrText(meta.meta(key)), null);
    }
    for (Element t : body.select("time[itemprop=datePublished], time[pubdate]")) {
      if (!furniture.isInside(t)) {
        add(found, fromTime(t), t);
      }
    }
    if (anchor != null) {
      Found line = afterTitle(body, anchor, furniture);
      if (line != null) {
        found.add(line);
      }
    }
    if (found.isEmpty()) {
      DateFinder.Found inHeadline = DateFinder.find(headline);
      return inHeadline == null
          ? null
          : new Found(Timestamp.ofDate(inHeadline.timestamp().date()), null);
    }
    Found best = found.get(0);
    for (Found f : found) {
      if (best.timestamp().precision() == Timestamp.Precision.DAY
          && f.timestamp().precision() != Timestamp.Precision.DAY
          && f.timestamp().date().equals(best.timestamp().date())) {
        return f;
      }
    }
    // The visible line is skipped from the body whichever source gave the timestamp.
    Found visible = found.get(found.size() - 1);
    return visible.element() != null && visible.timestamp().date().equals(best.timestamp().date())
        ? new Found(best.timestamp(), visible.element())
        : best;
  }

  private static void add(List<Found> found, Timestamp t, Element e) {
    if (t != null) {
      found.add(new Found(t, e));
    }
  }

  private static Timestamp machineOrText(String value) {
    if (value == null) {
      return null;
    }
    Timestamp t = DateFinder.value(value);
    if (t != null) {
      return t;
    }
    DateFinder.Found f = DateFinder.published(value);
    return f == null ? null : f.timestamp();
  }

  private static Timestamp fromTime(Element time) {
    Timestamp t = DateFinder.value(time.attr("datetime"));
    if (t != null) {
      return t;
    }
    DateFinder.Found f = DateFinder.published(PageText.of(time));
    return f == null ? null : f.timestamp();
  }

  /** A {@code <time>} or a short date line among the first text pieces after the title. */
  private static Found afterTitle(Element body, Element anchor, Boilerplate furniture) {
    Found[] result = new Found[1];
    NodeTraversor.filter(
        new NodeFilter() {
          boolean passed;
          int pieces;

          @Override
          public FilterResult head(Node node, int depth) {
            if (node == anchor) {
              passed = true;
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e) {
              if (furniture.isPruned(e) || Boilerplate.isHidden(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (passed && e.nameIs("time") && !isChange(e)) {
                Timestamp t = fromTime(e);
                if (t != null) {
                  result[0] = new Found(t, block(e, PageText.of(e).length()));
                  return FilterResult.STOP;
                }
              }
              return FilterResult.CONTINUE;
            }
            if (!passed || !(node instanceof TextNode text)) {
              return FilterResult.CONTINUE;
            }
            String line = PageText.clean(text.getWholeText());
            if (line.isEmpty()) {
              return FilterResult.CONTINUE;
            }
            if (++pieces > LOOK_AHEAD || line.length() > 150) {
              return FilterResult.STOP; // the body has begun
            }
            DateFinder.Found f = DateFinder.published(line);
            if (f != null && isDateLine(line, f) && !isChange(text.parent())) {
              result[0] = new Found(f.timestamp(), block(text.parent(), line.length()));
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return result[0];
  }

  /** A line that is mostly its date: at most a short label besides ("Veröffentlicht am"). */
  private static boolean isDateLine(String line, DateFinder.Found f) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      if ((i < f.start() || i >= f.end()) && Character.isLetter(line.charAt(i))) {
        letters++;
      }
    }
    return letters <= 25;
  }

  private static boolean isChange(Node node) {
    Element block = node instanceof Element e ? nearestBlock(e) : null;
    String text = block == null ? "" : PageText.of(block);
    return text.length() < 200 && DateFinder.mentionsUpdate(text);
  }

  /**
   * The line to leave out of the body: the nearest block element holding {@code e} when that block
   * is the date line (the date's {@code length} characters and at most a short label), else {@code
   * e} when it is an element of its own inside the block, else none, so that a {@code <time>} or a
   * date placed straight in the article does not take the article with it.
   */
  private static Element block(Element e, int length) {
    Element block = nearestBlock(e);
    if (PageText.of(block).length() <= length + LABEL) {
      return block;
    }
    return block == e ? null : e;
  }

  private static Element nearestBlock(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (at.isBlock() && !at.nameIs("span")) {
        return at;
      }
    }
    return e;
  }

  /** The most text a date line holds besides its date: "Veröffentlicht am", "Last updated on". */
  private static final int LABEL = 40;
}
