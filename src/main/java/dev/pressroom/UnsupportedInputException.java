package dev.pressroom;

/**
 * The input is of a kind Pressroom does not read: an old binary Word {@code .doc}, an image-only
 * (scanned) PDF, undecodable bytes, or content no parser recognises.
 */
public class UnsupportedInputException extends ParseException {
  private static final long serialVersionUID = 1L;

  /** An input of an unsupported kind, with where and what it is. */
  public UnsupportedInputException(String location, String reason) {
    super(location, reason);
  }

  /** An input of an unsupported kind, with the library exception that told so. */
  public UnsupportedInputException(String location, String reason, Throwable cause) {
    super(location, reason, cause);
  }
}
