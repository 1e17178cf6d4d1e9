package dev.pressroom.format.html;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.reading.Vocabulary;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds a foreign page's actions — print, recommend or send to a friend, share, close — by their
 * words in the page's own language, in page order. A label is a whole visible text piece (brackets
 * such as {@code [打印本页]} or {@code 【打印】} removed) that is one of the known phrases, case aside; it
 * keeps the page's spelling. Its target is the enclosing link's absolute {@code http}, {@code
 * https} or {@code mailto} address; script links ({@code javascript:window.print()}) and same-page
 * fragments ({@code #}) give no target. Text inside {@code <nav>} is not looked at.
 */
final class Actions {
  private Actions() {}

  private static final String BRACKETS = "[]【】〔〕<>()（）「」『』«»›‹|";

  /** Whether the text, brackets aside, is a known action phrase ({@link Vocabulary}). */
  static boolean isActionLabel(String text) {
    return Vocabulary.isFooterAction(unbracket(text));
  }

  static List<FooterAction> find(Element body) {
    List<FooterAction> actions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              return e.nameIs("nav") || e.nameIs("select") || e.nameIs("textarea")
                  ? FilterResult.SKIP_ENTIRELY
                  : FilterResult.CONTINUE;
            }
            if (node instanceof TextNode t && isShort(t.getWholeText())) {
              String label = unbracket(PageText.clean(t.getWholeText()));
              if (!label.isEmpty()
                  && Vocabulary.isFooterAction(label)
                  && seen.add(label.toLowerCase(Locale.ROOT))) {
                actions.add(new FooterAction(label, target(t.parent())));
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    return actions;
  }

  /** Whether raw text has between 1 and 40 non-space characters: could be a label. */
  private static boolean isShort(String raw) {
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c > ' ' && ++n > 40) {
        return false;
      }
    }
    return n > 0;
  }

  private static String unbracket(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && BRACKETS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && BRACKETS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return start == 0 && end == text.length() ? text : PageText.clean(text.substring(start, end));
  }

  /** The absolute http(s) or mailto address of the link around {@code e}, or {@code null}. */
  private static URI target(Element e) {
    Element link = e.closest("a[href]");
    if (link == null) {
      return null;
    }
    String href = link.attr("href").trim();
    if (href.isEmpty() || href.startsWith("#")) {
      return null;
    }
    String absolute = link.absUrl("href");
    if (absolute.isEmpty()) {
      return null;
    }
    return LinkTargets.allowedOrNull(absolute);
  }
}
