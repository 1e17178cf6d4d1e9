package dev.pressroom.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for link targets: an absolute {@code http} or {@code https} URI with a host, or a
 * {@code mailto} URI with an address. Every other scheme ({@code javascript:}, {@code data:},
 * {@code vbscript:}, {@code file:}, ...) and every relative URI is refused.
 *
 * <p>The model applies it ({@link FooterAction} rejects any other target), the readers of
 * Pressroom's own formats report such a target as a parse error, readers of other documents drop
 * such a link and keep its text, and renderers check it again where they write an active link.
 *
 * <pre>{@code
 * LinkTargets.isAllowed(URI.create("https://example.org/print"));   // true
 * LinkTargets.isAllowed(URI.create("javascript:print()"));          // false
 * LinkTargets.allowedOrNull("file:///etc/passwd");                   // null
 * }</pre>
 */
public final class LinkTargets {
  /** The schemes a link may have, lower case. */
  public static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  private static final String RULE = "a link target must be an absolute http, https or mailto URI";

  private LinkTargets() {}

  /** Whether {@code target} may be a link target; {@code null} may not. */
  public static boolean isAllowed(URI target) {
    return problem(target) == null;
  }

  /**
   * What is wrong with {@code target} as a link target, as words that follow "target" in a message
   * ({@code "has the scheme javascript:, ..."}), or {@code null} when it is allowed.
   */
  public static String problem(URI target) {
    if (target == null) {
      return "is missing; " + RULE;
    }
    String scheme = target.getScheme();
    if (scheme == null) {
      return "is relative (" + shown(target.toString()) + "); " + RULE;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    if (!SCHEMES.contains(lower)) {
      return "has the scheme "
          + shown(scheme)
          + ":, which is not allowed ("
          + shown(target.toString())
          + "); "
          + RULE;
    }
    if (lower.equals("mailto")) {
      String address = target.getRawSchemeSpecificPart();
      if (address == null || address.isEmpty() || address.startsWith("?")) {
        return "is a mailto: URI without an address; " + RULE;
      }
    } else if (target.isOpaque()
        || target.getRawAuthority() == null
        || target.getRawAuthority().isEmpty()) {
      return "has no host (" + shown(target.toString()) + "); " + RULE;
    }
    return null;
  }

  /**
   * {@code text} as a link target, for readers of Pressroom's own formats.
   *
   * @throws IllegalArgumentException saying what is wrong when {@code text} is not a URI or not an
   *     allowed target
   */
  public static URI parse(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "target is not a URI (" + e.getReason() + "): " + shown(text), e);
    }
    String problem = problem(uri);
    if (problem != null) {
      throw new IllegalArgumentException("target " + problem);
    }
    return uri;
  }

  /**
   * {@code text} as a link target, or {@code null} when it is not a URI or not allowed: for readers
   * of documents Pressroom did not write, which drop such a link and keep its text.
   */
  public static URI allowedOrNull(String text) {
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      return isAllowed(uri) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** A URI or scheme as shown in a message: at most 100 characters. */
  private static String shown(String text) {
    return text.length() <= 100 ? text : text.substring(0, 99) + "…";
  }
}
