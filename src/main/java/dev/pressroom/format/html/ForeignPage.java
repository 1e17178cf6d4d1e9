package dev.pressroom.format.html;

import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the structure of a page someone else made decides: metadata first, then scripts and styles
 * go, then the title ({@link Titles}), the furniture ({@link Boilerplate}), the timestamp ({@link
 * Published}), the body ({@link Body}), the breadcrumb ({@link Breadcrumbs}), the actions ({@link
 * Actions}) and the language ({@link Languages}). Text is folded as a browser shows it ({@link
 * PageText}).
 */
final class ForeignPage {
  private ForeignPage() {}

  /** What the page's structure decides, for {@link HtmlForeignDocument}. */
  record Read(
      String title,
      List<Body.Paragraph> paragraphs,
      Timestamp published,
      String language,
      List<String> breadcrumb,
      List<FooterAction> actions) {}

  static Read parts(Document doc) throws ParseException {
    PageMeta meta = PageMeta.of(doc);
    removeInvisible(doc);
    Element body = doc.body();
    List<Element> elements = body.getAllElements(); // in page order, shared by the passes below
    Titles.Title title = Titles.find(elements, meta);
    if (title == null) {
      throw new ParseException(
          null, "no title: the page has no <h1>, headline, og:title or <title> text");
    }
    Boilerplate furniture = Boilerplate.of(body, title.anchor());
    Published.Found published = Published.find(body, meta, title.anchor(), title.text(), furniture);
    List<Body.Paragraph> paragraphs =
        Body.extract(
            body,
            elements,
            furniture,
            title.anchor(),
            published == null ? null : published.element());
    if (paragraphs.isEmpty() && meta.jsonLd.articleBody != null) {
      paragraphs = new ArrayList<>();
      for (String line : meta.jsonLd.articleBody.split("\\R")) {
        String clean = PageText.clean(line);
        if (!clean.isEmpty()) {
          paragraphs.add(Body.Paragraph.plain(clean));
        }
      }
    }
    String language = Languages.find(doc, meta, title.text() + "\n" + text(paragraphs));
    return new Read(
        title.text(),
        paragraphs,
        published == null ? null : published.timestamp(),
        language,
        Breadcrumbs.find(elements, meta.jsonLd.breadcrumb, title.text()),
        Actions.find(body));
  }

  private static String text(List<Body.Paragraph> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (Body.Paragraph p : paragraphs) {
      out.append(p.text()).append('\n');
    }
    return out.toString();
  }

  /** Removes what a reader never sees as text: scripts, styles, templates, noscript fallbacks. */
  private static void removeInvisible(Document doc) {
    List<Element> gone = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      switch (e.normalName()) {
        case "script", "style", "noscript", "template" -> gone.add(e);
        default -> {}
      }
    }
    for (Element e : gone) {
      e.remove();
    }
  }
}
