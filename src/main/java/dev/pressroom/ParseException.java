package dev.pressroom;

/**
 * An input could not be read as a press release. The message says what is wrong and where: {@code
 * "line 3, column 7: unknown key \"titel\""}, {@code "page 2: no text layer"}, {@code
 * "word/document.xml: ..."}.
 *
 * <p>Subclasses name the kinds of failure a caller may want to tell apart: {@link
 * LimitExceededException}, {@link EncryptedInputException}, {@link UnsupportedInputException}.
 */
public class ParseException extends PressroomException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, or {@code null}. */
  private final String location;

  /** What is wrong, without the location. */
  private final String reason;

  /**
   * @param location where in the input, e.g. {@code "line 3, column 7"} or {@code "page 2"}; may be
   *     {@code null} when the problem concerns the whole input
   * @param reason what is wrong, one line, without the location
   */
  public ParseException(String location, String reason) {
    this(location, reason, null);
  }

  /** A problem, with the library exception that revealed it. */
  public ParseException(String location, String reason, Throwable cause) {
    super(location == null ? reason : location + ": " + reason, cause);
    this.location = location;
    this.reason = reason;
  }

  /** A problem at a 1-based line and column of a text input. */
  public static ParseException at(int line, int column, String reason) {
    return new ParseException(position(line, column), reason);
  }

  /** The 1-based {@code "line L, column C"} form used by text formats. */
  public static String position(int line, int column) {
    return column > 0 ? "line " + line + ", column " + column : "line " + line;
  }

  /** Where the problem is, or {@code null} when it concerns the whole input. */
  public String location() {
    return location;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
