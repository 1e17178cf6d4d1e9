package dev.pressroom.format.txt;

import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Footer action lines: {@code <Label>}, or {@code <Label> https://...} when the action has a
 * target. The label escapes {@code >}, {@code <} and {@code \} with a backslash ({@link Escapes}).
 */
final class Actions {
  private Actions() {}

  /** The line for an action. */
  static String format(FooterAction action) {
    String line = "<" + Escapes.escape(action.label()) + ">";
    return action.target() == null ? line : line + " " + action.target();
  }

  /**
   * The action a line shows, or {@code null}: it must begin with {@code <}, close the label with an
   * unescaped {@code >}, and have after it nothing or one absolute URI. A target that is not an
   * allowed link target ({@link LinkTargets}: {@code javascript:}, {@code file:}, ...) is dropped
   * and the label kept.
   */
  static FooterAction parse(String line) {
    if (line.isEmpty() || line.charAt(0) != '<') {
      return null;
    }
    int close = Escapes.indexOfUnescaped(line, '>', 1);
    if (close < 0) {
      return null;
    }
    String label = Text.strip(Escapes.unescape(line.substring(1, close)));
    if (Text.problem(label) != null) {
      return null;
    }
    String rest = Text.strip(line.substring(close + 1));
    if (rest.isEmpty()) {
      return new FooterAction(label, null);
    }
    try {
      URI target = new URI(rest);
      if (!target.isAbsolute()) {
        return null;
      }
      return new FooterAction(label, LinkTargets.isAllowed(target) ? target : null);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
