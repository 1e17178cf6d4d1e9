package dev.pressroom;

/** The input is encrypted or password-protected and cannot be read. */
public class EncryptedInputException extends ParseException {
  private static final long serialVersionUID = 1L;

  /**
   * An encrypted input, with where and what (see {@link ParseException#ParseException(String,
   * String)}).
   */
  public EncryptedInputException(String location, String reason) {
    super(location, reason);
  }

  /** An encrypted input, with the library exception that told so. */
  public EncryptedInputException(String location, String reason, Throwable cause) {
    super(location, reason, cause);
  }
}
