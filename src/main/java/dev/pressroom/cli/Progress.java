package dev.pressroom.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr, redrawn in place with {@code \r}: {@code [#########.......]
 * 12/20}. It is drawn only when stderr is a terminal; other lines printed during the batch first
 * {@link #clear()} it.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private boolean shown;

  Progress(PrintWriter err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled && total > 1;
  }

  /** Draws the bar for {@code done} of the total inputs. */
  void update(int done) {
    if (!enabled) {
      return;
    }
    int filled = WIDTH * done / total;
    err.print(
        "\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total + " ");
    err.flush();
    shown = true;
  }

  /** Removes the bar so that a message can be printed on a clean line. */
  void clear() {
    if (shown) {
      err.print("\r" + " ".repeat(WIDTH + 2 * String.valueOf(total).length() + 5) + "\r");
      err.flush();
      shown = false;
    }
  }
}
