package dev.pressroom.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging off stderr. PDFBox logs through commons-logging, and formats added
 * to the CLI may log through the Log4j API; the CLI jar carries {@code log4j-to-jul}, so the Log4j
 * API ends in {@code java.util.logging}, and commons-logging is pointed straight at {@code
 * java.util.logging} (left to itself it would discover the Log4j API and start it, about a tenth of
 * a second of every run that writes a PDF). This class silences {@code java.util.logging}, or with
 * {@code --debug} prints FINE and above to stderr, PDFBox's and FontBox's too (their loggers get a
 * level of their own, which the PDF format leaves alone).
 */
final class Logging {
  /** Held strongly: {@code java.util.logging} would forget the level of a collected logger. */
  private static final java.util.List<Logger> LIBRARIES =
      java.util.List.of(
          Logger.getLogger("org.apache.pdfbox"), Logger.getLogger("org.apache.fontbox"));

  private Logging() {}

  static void configure(boolean debug) {
    if (!debug && System.getProperty("log4j2.statusLoggerLevel") == null) {
      // The Log4j API's own status messages (such as "could not find a logging provider").
      System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
    if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
      System.setProperty(
          "org.apache.commons.logging.LogFactory",
          "org.apache.commons.logging.impl.LogFactoryImpl");
      System.setProperty(
          "org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
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
      LIBRARIES.forEach(logger -> logger.setLevel(Level.FINE));
    } else {
      root.setLevel(Level.OFF);
    }
  }
}
