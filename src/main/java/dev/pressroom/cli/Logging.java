package dev.pressroom.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging off stderr. POI logs through the Log4j API and PDFBox through
 * commons-logging; the CLI jar carries {@code log4j-to-jul}, so the Log4j API ends in {@code
 * java.util.logging}, and commons-logging 1.3 prefers the Log4j API when it is present, so both end
 * there. This class silences {@code java.util.logging}, or with {@code --debug} prints FINE and
 * above to stderr.
 */
final class Logging {
  private Logging() {}

  static void configure(boolean debug) {
    if (!debug && System.getProperty("log4j2.statusLoggerLevel") == null) {
      // The Log4j API's own status messages (such as "could not find a logging provider").
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "pressroom: debug: %4$s %3$s: %5$s%6$s%n");
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    if (debug) {
      ConsoleHandler handler = new ConsoleHandler();
      handler.setLevel(Level.FINE);
      root.addHandler(handler);
      root.setLevel(Level.FINE);
    } else {
      root.setLevel(Level.OFF);
    }
  }
}
