package dev.pressroom.format.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places lines on pages top to bottom. A paragraph that does not fit is split so that at least two
 * of its lines stay on each page (no orphans, no widows); a block of one or two lines moves whole.
 */
final class Paginator {
  /** A line at its place: baseline starts at ({@code x}, {@code y}). */
  record Placed(Shaped shaped, LineBreaker.Line line, float x, float y) {}

  /** A horizontal rule from {@code x1} to {@code x2} at {@code y}. */
  record Rule(float x1, float x2, float y) {}

  /** What goes on one page. */
  static final class Page {
    final List<Placed> lines = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
  }

  private static final int MIN_LINES = 2;

  private final PdfOptions options;
  private final float top;
  private final float bottom;
  private final List<Page> pages = new ArrayList<>();
  private Page page;
  private float y; // top of the next line

  Paginator(PdfOptions options) {
    this.options = options;
    this.top = options.pageSize().height - options.top();
    this.bottom = options.bottom();
    newPage();
  }

  private void newPage() {
    page = new Page();
    pages.add(page);
    y = top;
  }

  /** Leaves {@code height} points free at the top of the first page (the letterhead). */
  void skip(float height) {
    y -= height;
  }

  /** Adds a block's lines. */
  void add(Shaped shaped, List<LineBreaker.Line> lines) {
    add(shaped, lines, false);
  }

  /**
   * Adds a block's lines; {@code keepWithNext} (a heading) moves it to a new page when the page has
   * no room for two lines of body text after it.
   */
  void add(Shaped shaped, List<LineBreaker.Line> lines, boolean keepWithNext) {
    Block.Style style = shaped.block.style();
    float gap = style.before() + (style.ruleAbove() ? style.size() : 0);
    if (!page.lines.isEmpty() || y < top) {
      y -= gap;
    }
    if (keepWithNext && !page.lines.isEmpty()) {
      float body = options.fontSize() * 1.4f;
      float needed = lines.size() * style.leading() + options.fontSize() * 0.7f + 2 * body;
      if (y - needed < bottom) {
        newPage();
      }
    }
    int i = 0;
    int n = lines.size();
    while (i < n) {
      int fit = (int) Math.floor((y - bottom) / style.leading() + 1e-3);
      int take = Math.min(fit, n - i);
      if (take < n - i) {
        int rest = n - i - take;
        if (rest < MIN_LINES) {
          take -= MIN_LINES - rest; // leave no widow
        }
        if (take < MIN_LINES) {
          take = 0; // leave no orphan
        }
      }
      if (take <= 0) {
        if (page.lines.isEmpty()) {
          take = Math.max(1, Math.min(fit, n - i)); // a page cannot be made emptier
        } else {
          newPage();
          continue;
        }
      }
      if (i == 0 && style.ruleAbove()) {
        float ruleY = y + style.size() / 2;
        page.rules.add(new Rule(options.left(), options.pageSize().width - options.right(), ruleY));
      }
      float baselineDrop = (style.leading() - style.size()) / 2 + style.size() * 0.8f;
      for (int k = 0; k < take; k++) {
        page.lines.add(
            new Placed(
                shaped,
                lines.get(i + k),
                options.left() + shaped.block.indent(),
                y - baselineDrop));
        y -= style.leading();
      }
      i += take;
      if (i < n) {
        newPage();
      }
    }
  }

  List<Page> pages() {
    return pages;
  }
}
