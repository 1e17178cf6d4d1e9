package dev.pressroom.format.html;

import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Reads a page {@link HtmlRenderer} wrote (it carries {@code <meta name="generator"
 * content="Pressroom">}) by its visible structure, keeping every text exactly: the whole text of
 * each element, with no whitespace folding. Only ends are trimmed, and empty elements skipped, so
 * that a page someone edited still reads.
 */
final class OwnPage {
  // The selectors, parsed once; jsoup's evaluators may be shared between threads.
  private static final Evaluator GENERATOR = Selector.evaluatorOf("meta[name=generator]");
  private static final Evaluator ARTICLE = Selector.evaluatorOf("article");
  private static final Evaluator HEADER = Selector.evaluatorOf("> header");
  private static final Evaluator BREADCRUMB = Selector.evaluatorOf("nav li");
  private static final Evaluator TITLE = Selector.evaluatorOf("h1");
  private static final Evaluator TIME = Selector.evaluatorOf("time");
  private static final Evaluator HTML = Selector.evaluatorOf("html");
  private static final Evaluator SUBTITLE = Selector.evaluatorOf("p.subtitle");
  private static final Evaluator ADDRESS = Selector.evaluatorOf("> address");
  private static final Evaluator BOILERPLATE = Selector.evaluatorOf("> section.boilerplate");
  private static final Evaluator ACTIONS = Selector.evaluatorOf("> footer li");
  private static final Evaluator ACTION_LINK = Selector.evaluatorOf("a[href]");

  private OwnPage() {}

  /** Whether the document says Pressroom wrote it. */
  static boolean isOwn(Document doc) {
    Element generator = doc.head().selectFirst(GENERATOR);
    return generator != null
        && generator.attr("content").trim().startsWith(HtmlRenderer.GENERATOR)
        && doc.body().selectFirst(ARTICLE) != null;
  }

  static PressRelease read(Document doc) throws ParseException {
    Element article = doc.body().selectFirst(ARTICLE);
    PressRelease.Builder release = PressRelease.builder();
    Element header = article.selectFirst(HEADER);
    Element scope = header == null ? article : header;
    List<String> breadcrumb = new ArrayList<>();
    for (Element li : scope.select(BREADCRUMB)) {
      addIfText(breadcrumb, li.wholeText());
    }
    release.breadcrumb(breadcrumb);
    Element h1 = scope.selectFirst(TITLE);
    if (h1 == null || Text.isBlank(h1.wholeText())) {
      throw new ParseException("<article>", "the page has no <h1> title");
    }
    release.title(Text.strip(h1.wholeText()));
    Element time = scope.selectFirst(TIME);
    if (time != null) {
      release.timestamp(timestamp(time));
    }
    String lang = doc.selectFirst(HTML).attr("lang").trim();
    if (!lang.isEmpty()) {
      if (!Text.isLanguageTag(lang)) {
        throw new ParseException("<html lang>", "not a BCP-47 language tag: \"" + lang + "\"");
      }
      release.language(lang);
    }
    Element subtitle = scope.selectFirst(SUBTITLE);
    if (subtitle != null && !Text.isBlank(subtitle.wholeText())) {
      release.subtitle(Text.strip(subtitle.wholeText()));
    }
    release.body(OwnBlocks.blocks(article));
    Element address = article.selectFirst(ADDRESS);
    if (address != null) {
      release.contacts(OwnBlocks.contacts(address));
    }
    Element boilerplate = article.selectFirst(BOILERPLATE);
    if (boilerplate != null) {
      release.boilerplate(OwnBlocks.blocks(boilerplate));
    }
    List<FooterAction> actions = new ArrayList<>();
    for (Element li : article.select(ACTIONS)) {
      String label = Text.strip(li.wholeText());
      if (label.isEmpty()) {
        continue;
      }
      Element link = li.selectFirst(ACTION_LINK);
      actions.add(new FooterAction(label, link == null ? null : uri(link.attr("href"))));
    }
    release.footerActions(actions);
    return release.build();
  }

  private static void addIfText(List<String> list, String text) {
    String stripped = Text.strip(text);
    if (!stripped.isEmpty()) {
      list.add(stripped);
    }
  }

  private static Timestamp timestamp(Element time) throws ParseException {
    String datetime = time.attr("datetime").trim();
    String zone = time.attr("data-zone").trim();
    if (datetime.isEmpty()) {
      DateFinder.Found found = DateFinder.find(PageText.clean(time.wholeText()));
      return found == null ? null : found.timestamp();
    }
    try {
      Timestamp t = Timestamp.parse(datetime);
      if (!zone.isEmpty()) {
        t = new Timestamp(t.date(), t.time(), t.precision(), t.offset(), ZoneId.of(zone));
      }
      return t;
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new ParseException("<time datetime=\"" + datetime + "\">", e.getMessage());
    }
  }

  private static URI uri(String href) throws ParseException {
    try {
      return LinkTargets.parse(href.trim());
    } catch (IllegalArgumentException e) {
      throw new ParseException("<a href=\"" + href + "\">", "footer link " + e.getMessage());
    }
  }
}
