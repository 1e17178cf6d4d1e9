package dev.pressroom.format.html;

import dev.pressroom.internal.LanguageDetector;
import dev.pressroom.internal.Text;
import org.jsoup.nodes.Document;

/**
 * A foreign page's language: {@code <html lang>} (or {@code xml:lang}), then {@code
 * Content-Language}, {@code og:locale} or JSON-LD {@code inLanguage}; failing those, detected from
 * the release's text by the one detector every foreign reader uses ({@link LanguageDetector}).
 * Nothing is guessed from too little text.
 */
final class Languages {
  private Languages() {}

  static String find(Document doc, PageMeta meta, String text) {
    String[] declared = {
      doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
      doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("xml:lang"),
      meta.meta("content-language"),
      meta.meta("language"),
      meta.meta("og:locale"),
      meta.jsonLd.inLanguage
    };
    for (String d : declared) {
      String tag = tag(d);
      if (tag != null) {
        return tag;
      }
    }
    return detect(text);
  }

  /** A declared value as a BCP-47 tag ({@code en_US} → {@code en-US}), or {@code null}. */
  static String tag(String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim().replace('_', '-');
    int comma = v.indexOf(',');
    if (comma > 0) {
      v = v.substring(0, comma).trim();
    }
    return Text.isLanguageTag(v) ? v : null;
  }

  /** The language of a text ({@link LanguageDetector}), or {@code null}. */
  static String detect(String text) {
    return LanguageDetector.detect(text);
  }
}
