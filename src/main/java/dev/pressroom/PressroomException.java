package dev.pressroom;

/**
 * The base of every checked exception Pressroom throws. Exceptions of the libraries behind the
 * formats (PDFBox, flexmark, snakeyaml-engine, jsoup, Jackson) never escape; they are translated
 * into one of these subclasses at the format's boundary.
 *
 * <ul>
 *   <li>{@link ParseException}: an input could not be read as a release;
 *   <li>{@link RenderException}: a release could not be written in a format.
 * </ul>
 */
public abstract class PressroomException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An exception with its whole message and the exception behind it, if any. */
  protected PressroomException(String message, Throwable cause) {
    super(message, cause);
  }
}
