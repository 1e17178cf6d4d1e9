package dev.pressroom.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a piece of code prints on {@code System.err}: a library should print nothing there. */
public final class Stderr {
  private Stderr() {}

  /** Code under test. */
  @FunctionalInterface
  public interface Body {
    void run() throws Exception;
  }

  /** Runs {@code body} and returns what it printed on {@code System.err}. */
  public static String of(Body body) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
