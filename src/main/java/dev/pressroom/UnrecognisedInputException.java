package dev.pressroom;

/**
 * No format was named for an input, and none recognises it by its file name's extension or its
 * first bytes. A caller that can name a format (as the command line's {@code --from} does) can say
 * so.
 */
public class UnrecognisedInputException extends UnsupportedInputException {
  private static final long serialVersionUID = 1L;

  public UnrecognisedInputException(String location, String reason) {
    super(location, reason);
  }
}
