package dev.pressroom;

/**
 * A release could not be written in a format, for example because no available font can show some
 * of its characters. The message names what could not be rendered and where in the release.
 */
public class RenderException extends PressroomException {
  private static final long serialVersionUID = 1L;

  /** A release that could not be rendered, and why. */
  public RenderException(String message) {
    super(message, null);
  }

  /** A release that could not be rendered, why, and the library exception behind it. */
  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
