package dev.pressroom.reading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops page furniture from documents that have pages: a block that opens or closes its page and
 * either
 *
 * <ul>
 *   <li>shows the same text, digits aside, at the same edge of at least half the pages (two or
 *       more), beside other text on its page: a running header or footer such as {@code Ministry of
 *       Health — Page 2} (a block alone on its page is that page's text);
 *   <li>reads as a page number: {@code 3}, {@code - 3 -}, {@code Page 3 of 7}, {@code Seite 3 von
 *       7}, {@code 3 / 7}, {@code página 3}, {@code 第 3 页}.
 * </ul>
 *
 * Documents without pages (plain text, Markdown, HTML) are left alone.
 */
final class FurniturePass implements Pass {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?:(?:page|p\\.|seite|s\\.|pagina|página)\\s*)?\\d{1,4}"
              + "(?:\\s*(?:of|/|von|de|sur|sobre)\\s*\\d{1,4})?"
              + "|[-–—]\\s*\\d{1,4}\\s*[-–—]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Override
  public void apply(Draft draft) {
    int n = draft.blocks.size();
    Set<Integer> pages = new HashSet<>();
    Map<Integer, Integer> first = new HashMap<>();
    Map<Integer, Integer> last = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int page = draft.blocks.get(i).layout().page();
      if (page > 0) {
        pages.add(page);
        first.putIfAbsent(page, i);
        last.put(page, i);
      }
    }
    if (pages.isEmpty()) {
      return;
    }
    Map<String, Set<Integer>> edgePages = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Block block = draft.blocks.get(i);
      String edge = edge(block, i, first, last);
      if (edge != null) {
        edgePages.computeIfAbsent(edge + key(block.text()), k -> new HashSet<>()).add(page(block));
      }
    }
    int repeatAt = Math.max(2, (pages.size() + 1) / 2);
    boolean[] drop = new boolean[n];
    for (int i = 0; i < n; i++) {
      Block block = draft.blocks.get(i);
      String edge = edge(block, i, first, last);
      if (edge != null
          && (edgePages.get(edge + key(block.text())).size() >= repeatAt
                  && first.get(page(block)) != last.get(page(block))
              || PAGE_NUMBER.matcher(block.text().strip()).matches())) {
        drop[i] = true;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      if (drop[i]) {
        Block gone = draft.blocks.remove(i);
        draft.warn(gone.place(), "page furniture left out: \"" + gone.text() + "\"");
      }
    }
  }

  private static int page(Block block) {
    return block.layout().page();
  }

  /** {@code "top:"} or {@code "bottom:"} for a block that opens or closes its page, else null. */
  private static String edge(
      Block block, int index, Map<Integer, Integer> first, Map<Integer, Integer> last) {
    int page = page(block);
    if (page <= 0 || block.text().indexOf('\n') >= 0) {
      return null;
    }
    if (first.get(page) == index) {
      return "top:";
    }
    return last.get(page) == index ? "bottom:" : null;
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
