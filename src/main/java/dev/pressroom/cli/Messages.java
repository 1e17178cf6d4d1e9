package dev.pressroom.cli;

import dev.pressroom.ParseException;
import dev.pressroom.UnrecognisedInputException;
import dev.pressroom.internal.Inputs;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;

/** One-line messages for the exceptions the CLI reports. */
final class Messages {
  private Messages() {}

  /**
   * An I/O failure as a person reads it: {@code out/a: not a directory} rather than the bare file
   * name that {@link FileSystemException#getMessage()} often is.
   */
  static String io(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof FileSystemException fs) {
      String reason = fs.getReason();
      if (reason == null) {
        reason = reason(fs);
      }
      return fs.getFile() == null ? reason : fs.getFile() + ": " + reason;
    }
    return Inputs.describe(cause);
  }

  private static String reason(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    } else if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    } else if (e instanceof FileAlreadyExistsException) {
      return "already exists and is not a folder";
    } else if (e instanceof NotDirectoryException) {
      return "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    return e.getClass().getSimpleName();
  }

  /**
   * A parse failure without the input's name (the CLI shows its own), with the CLI's advice where
   * the library gives none: content no format recognises can be named with {@code --from}.
   */
  static String parse(ParseException e) {
    String message = e.messageWithoutSource();
    return e instanceof UnrecognisedInputException ? message + " (name one with --from)" : message;
  }

  /** {@code internal error: ...}: a one-line description of an exception that is a bug. */
  static String internalError(Throwable e) {
    String message = e.getMessage();
    return "internal error: "
        + e.getClass().getName()
        + (message == null || message.isBlank() ? "" : ": " + Inputs.describe(e));
  }

  /**
   * {@code unknown format "x" for --to (known: json, md)}, with {@code ; did you mean md?} before
   * the list when a known name, or one of {@code extra}, is close to the one given.
   */
  static String unknownFormat(String name, String option, List<String> known, String... extra) {
    List<String> names = new ArrayList<>(known);
    names.addAll(List.of(extra));
    return "unknown format \""
        + name
        + "\" for "
        + option
        + Suggestions.didYouMean(name.trim(), names)
        + " (known: "
        + String.join(", ", known)
        + ")";
  }
}
