package dev.pressroom.cli;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Logger;
import org.apache.commons.logging.LogFactory;
import org.apache.logging.log4j.LogManager;

/**
 * A test-only parser of {@code .noisy} files that logs an error through each logging API a format
 * may use: the Log4j API, commons-logging (as PDFBox does) and java.util.logging. Then it reads the
 * file like {@link TestFormats.LinesParser}. {@link QuietLoggingTest} registers it in a child JVM
 * through a services file of its own, so no other test discovers it.
 */
public final class NoisyParser implements ReleaseParser {
  private final ReleaseParser lines = new TestFormats.LinesParser();

  @Override
  public String format() {
    return "noisy";
  }

  @Override
  public List<String> extensions() {
    return List.of("noisy");
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    LogManager.getLogger("noisy.log4j").error("log4j-api says hello");
    LogFactory.getLog("noisy.commons").error("commons-logging says hello");
    Logger.getLogger("noisy.jul").severe("java.util.logging says hello");
    return lines.parse(in, context);
  }
}
