package dev.pressroom.format.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers from a foreign PDF's lines. A line is page
 * furniture when it lies in the top or bottom tenth of its page and either
 *
 * <ul>
 *   <li>the same text, digits aside, appears in that band on at least half the pages (two or more),
 *   <li>it reads as a page number: {@code Page 3 of 7}, {@code 3 / 7}, {@code - 3 -}, {@code 3},
 * </ul>
 *
 * <p>or it is a lone number that is the last line of a page, in its bottom fifth.
 */
final class PdfPageFurniture {
  private PdfPageFurniture() {}

  private static final float BAND = 0.1f;
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?i)(?:(?:page|p\\.|seite|pagina|página)\\s*)?\\d{1,4}"
              + "(?:\\s*(?:of|/|von|de|sur)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]");
  private static final Pattern LONE_NUMBER = Pattern.compile("\\d{1,4}");

  /** The lines without page furniture, in the same order. */
  static List<PdfTextLine> strip(List<PdfTextLine> lines) {
    Set<Integer> pages = new HashSet<>();
    Map<String, Set<Integer>> bandPages = new HashMap<>();
    Map<Integer, PdfTextLine> lastOfPage = new HashMap<>();
    for (PdfTextLine line : lines) {
      pages.add(line.page());
      if (line.inMargin(BAND)) {
        bandPages.computeIfAbsent(key(line.text()), k -> new HashSet<>()).add(line.page());
      }
      PdfTextLine last = lastOfPage.get(line.page());
      if (last == null || line.baseline() >= last.baseline()) {
        lastOfPage.put(line.page(), line);
      }
    }
    int repeatAt = Math.max(2, (pages.size() + 1) / 2);
    List<PdfTextLine> kept = new ArrayList<>(lines.size());
    for (PdfTextLine line : lines) {
      String text = line.text().strip();
      boolean furniture =
          line.inMargin(BAND)
              && (bandPages.get(key(text)).size() >= repeatAt
                  || PAGE_NUMBER.matcher(text).matches());
      boolean loneNumber =
          lastOfPage.get(line.page()) == line
              && line.baseline() > line.pageHeight() * 0.8f
              && LONE_NUMBER.matcher(text).matches();
      if (!furniture && !loneNumber) {
        kept.add(line);
      }
    }
    return kept;
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
