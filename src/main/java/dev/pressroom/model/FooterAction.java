package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.net.URI;

/**
 * An action offered at the foot of a release page, such as {@code Print} or {@code Suggest To A
 * Friend}, optionally with the URI it leads to.
 *
 * <pre>{@code
 * new FooterAction("Print", null);
 * new FooterAction("Share", URI.create("https://example.org/share?id=7"));
 * }</pre>
 *
 * @param label what the action is called; one line of text with no surrounding whitespace
 * @param target where it leads, or {@code null}: an absolute {@code http}, {@code https} or {@code
 *     mailto} URI ({@link LinkTargets}); any other scheme ({@code javascript:}, {@code file:}, ...)
 *     or a relative URI is rejected
 */
public record FooterAction(String label, URI target) {

  /** A footer action; the label must be one clean line and the target absolute. */
  public FooterAction {
    String problem = Text.problem(label);
    if (problem != null) {
      throw new IllegalArgumentException("footer action label " + problem);
    }
    if (target != null) {
      String targetProblem = LinkTargets.problem(target);
      if (targetProblem != null) {
        throw new IllegalArgumentException("footer action target " + targetProblem);
      }
    }
  }

  /** An action with a label only. */
  public static FooterAction of(String label) {
    return new FooterAction(label, null);
  }
}
