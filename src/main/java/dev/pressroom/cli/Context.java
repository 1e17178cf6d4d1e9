package dev.pressroom.cli;

import dev.pressroom.ParseWarning;
import dev.pressroom.Pressroom;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What every command works with: the formats, the working folder and the two output streams. */
final class Context {
  private final Supplier<Pressroom> formats;
  private Pressroom pressroom;
  final Path workDir;
  final OutputStream rawOut;
  final PrintWriter out;
  final PrintWriter err;
  final boolean terminal;
  boolean debug;
  boolean verbose;

  Context(
      Supplier<Pressroom> formats,
      Path workDir,
      OutputStream out,
      OutputStream err,
      boolean terminal) {
    this.formats = formats;
    this.workDir = workDir;
    this.rawOut = out;
    this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.err = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    this.terminal = terminal;
  }

  /** The formats, loaded on first use so that {@code --help} and {@code --version} stay fast. */
  Pressroom pressroom() {
    if (pressroom == null) {
      pressroom = formats.get();
    }
    return pressroom;
  }

  /** The names of the formats that can be read, sorted. */
  List<String> readable() {
    Pressroom pressroom = pressroom();
    return pressroom.formats().stream().filter(f -> pressroom.parser(f).isPresent()).toList();
  }

  /** The names of the formats that can be written, sorted. */
  List<String> writable() {
    Pressroom pressroom = pressroom();
    return pressroom.formats().stream().filter(f -> pressroom.renderer(f).isPresent()).toList();
  }

  /** A path the user typed, resolved against the working folder. */
  Path resolve(Path path) {
    return workDir.resolve(path);
  }

  /** Prints {@code pressroom: SUBJECT: MESSAGE} on stderr, and the trace with {@code --debug}. */
  void fail(String subject, String message, Throwable cause) {
    err.println("pressroom: " + (subject == null ? "" : subject + ": ") + message);
    if (debug && cause != null) {
      cause.printStackTrace(err);
    }
    err.flush();
  }

  /** With {@code --verbose}, prints {@code pressroom: FILE: warning: ...} for each warning. */
  void warnings(String subject, List<ParseWarning> warnings) {
    if (!verbose || warnings.isEmpty()) {
      return;
    }
    for (ParseWarning w : warnings) {
      err.println(
          "pressroom: "
              + subject
              + ": warning: "
              + (w.location() == null ? "" : w.location() + ": ")
              + w.message());
    }
    err.flush();
  }

  /** Writes bytes on stdout as they are, after any text printed before them. */
  void writeRaw(byte[] bytes) {
    out.flush();
    try {
      rawOut.write(bytes);
      rawOut.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
