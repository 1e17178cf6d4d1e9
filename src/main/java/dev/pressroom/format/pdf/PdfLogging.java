package dev.pressroom.format.pdf;

import dev.pressroom.internal.Slf4jNotice;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Jdk14Logger;

/**
 * Keeps PDFBox and FontBox from printing in an application that has not set up their logging.
 *
 * <p>PDFBox and FontBox log through commons-logging, which in a plain application ends in {@code
 * java.util.logging}, whose default console handler prints every warning on stderr: one damaged PDF
 * gives dozens of lines. Pressroom turns those warnings into a {@link dev.pressroom.ParseException}
 * or repairs what they describe, so they tell an application nothing. Before each PDF it reads or
 * writes, this class therefore sets the {@code java.util.logging} loggers {@code org.apache.pdfbox}
 * and {@code org.apache.fontbox} to {@link Level#OFF}, but only when
 *
 * <ul>
 *   <li>commons-logging sends PDFBox's messages to {@code java.util.logging} (an application that
 *       routes them to Log4j or SLF4J gets them as its configuration says), and
 *   <li>neither that logger nor {@code org.apache} or {@code org} has a level, in the logging
 *       configuration or set in code: an application that names a level for them gets what it asked
 *       for.
 * </ul>
 *
 * <p>Nothing else is changed: no handler, no other logger, no system property.
 */
final class PdfLogging {
  private static final List<String> NAMES = List.of("org.apache.pdfbox", "org.apache.fontbox");
  private static final List<String> ANCESTORS = List.of("org.apache", "org");

  /**
   * The loggers, held strongly: {@code java.util.logging} keeps loggers only weakly, and a level
   * set on a logger that is collected would be lost. Empty when the messages do not go there.
   */
  private static final List<Logger> LOGGERS = loggers();

  private static List<Logger> loggers() {
    Slf4jNotice.quietenIfUnbound(); // commons-logging asks SLF4J whether it is bound
    return LogFactory.getLog(NAMES.get(0)) instanceof Jdk14Logger
        ? NAMES.stream().map(Logger::getLogger).toList()
        : List.of();
  }

  private PdfLogging() {}

  /** Turns the PDFBox and FontBox loggers off, unless the application has given them a level. */
  static void quietUnlessConfigured() {
    if (LOGGERS.isEmpty() || ancestorHasLevel()) {
      return;
    }
    for (Logger logger : LOGGERS) {
      if (logger.getLevel() == null) {
        logger.setLevel(Level.OFF);
      }
    }
  }

  private static boolean ancestorHasLevel() {
    LogManager manager = LogManager.getLogManager();
    for (String name : ANCESTORS) {
      Logger logger = manager.getLogger(name);
      if (manager.getProperty(name + ".level") != null
          || (logger != null && logger.getLevel() != null)) {
        return true;
      }
    }
    return false;
  }
}
