package dev.pressroom;

/** The input is encrypted or password-protected and cannot be read. */
public class EncryptedInputException extends ParseException {
  private static final long serialVersionUID = 1L;

  public EncryptedInputException(String location, String reason) {
    super(location, reason);
  }

  public EncryptedInputException(String location, String reason, Throwable cause) {
    super(location, reason, cause);
  }
}
