package dev.pressroom;

/**
 * An input could not be read as a press release. The message says what is wrong and where: {@code
 * "line 3, column 7: unknown key \"titel\""}, {@code "page 2: no text layer"}, {@code
 * "word/document.xml: ..."}. When the exception comes through {@link Pressroom}, it also names the
 * input first ({@code "release.json: line 3, column 7: ..."}; see {@link #sourceName()}).
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

  private String sourceName;

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

  /**
   * Names the input this exception is about, unless it names one already. {@link Pressroom} does
   * this for every exception of a parser it calls, with the file's path or the {@code sourceName}
   * it was given.
   *
   * @return this exception
   */
  public ParseException withSourceName(String sourceName) {
    if (this.sourceName == null) {
      this.sourceName = sourceName;
    }
    return this;
  }

  /** The name of the input, such as its file's path, or {@code null} when none was given. */
  public String sourceName() {
    return sourceName;
  }

  /** {@code "source: location: reason"}, leaving out the parts that are not known. */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    return sourceName == null ? message : sourceName + ": " + message;
  }

  /**
   * The message without the source name, {@code "location: reason"}: for a caller that shows the
   * input's name its own way, as the command line does.
   */
  public String messageWithoutSource() {
    return super.getMessage();
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
