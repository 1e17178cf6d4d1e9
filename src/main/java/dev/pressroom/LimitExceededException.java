package dev.pressroom;

/**
 * A resource limit of {@link Limits} was exceeded: input too large, too many paragraphs, a zip
 * entry that expands too far (a zip bomb), too many pages. The message names the limit and how to
 * raise it.
 */
public class LimitExceededException extends ParseException {
  private static final long serialVersionUID = 1L;

  /** A limit exceeded, with where and which limit to raise. */
  public LimitExceededException(String location, String reason) {
    super(location, reason);
  }

  /** A limit exceeded, with the library exception that told so. */
  public LimitExceededException(String location, String reason, Throwable cause) {
    super(location, reason, cause);
  }
}
