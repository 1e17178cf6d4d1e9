package dev.pressroom.format.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself outside its visible text: {@code <title>}, meta tags (by {@code
 * name}, {@code property}, {@code itemprop} or {@code http-equiv}, lower-cased; the first wins) and
 * its JSON-LD. Read before scripts are removed from the document.
 */
final class PageMeta {
  final String title;
  final JsonLd jsonLd;
  private final Map<String, String> meta = new TreeMap<>();

  private PageMeta(Document doc) {
    Element titleElement = doc.selectFirst("title");
    this.title = titleElement == null ? null : PageText.clean(titleElement.text());
    List<String> blocks = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e.nameIs("meta") && e.hasAttr("content")) {
        for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
          String key = e.attr(attr).trim().toLowerCase(Locale.ROOT);
          if (!key.isEmpty()) {
            meta.putIfAbsent(key, e.attr("content"));
          }
        }
      } else if (e.nameIs("script")
          && e.attr("type").trim().equalsIgnoreCase("application/ld+json")) {
        blocks.add(unwrap(e.data()));
      }
    }
    this.jsonLd = JsonLd.read(blocks);
  }

  static PageMeta of(Document doc) {
    return new PageMeta(doc);
  }

  /** A meta tag's content by lower-case key, or {@code null}. */
  String meta(String key) {
    String value = meta.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** Strips the comment and CDATA wrappers old pages put around script content. */
  private static String unwrap(String data) {
    String s = data.trim();
    for (String start : new String[] {"<!--", "//<![CDATA[", "<![CDATA["}) {
      if (s.startsWith(start)) {
        s = s.substring(start.length());
      }
    }
    for (String end : new String[] {"-->", "//]]>", "]]>"}) {
      if (s.endsWith(end)) {
        s = s.substring(0, s.length() - end.length());
      }
    }
    return s;
  }
}
