package dev.pressroom.print;

import dev.pressroom.PressroomException;

/**
 * A style file could not be read: its message names the file and, where there is one, the line and
 * the key.
 */
public final class StyleException extends PressroomException {
  private static final long serialVersionUID = 1L;

  /** An exception with its whole message, naming the file and place. */
  public StyleException(String message, Throwable cause) {
    super(message, cause);
  }
}
