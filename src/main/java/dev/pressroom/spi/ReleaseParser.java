package dev.pressroom.spi;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import java.io.InputStream;
import java.util.List;

/**
 * Reads one format into a {@link PressRelease}. Implementations are found through {@link
 * java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/dev.pressroom.spi.ReleaseParser}) and must have a public no-argument
 * constructor. They are stateless or immutable, and so safe to share between threads.
 *
 * <pre>{@code
 * public final class CsvParser implements ReleaseParser {
 *   public String format() { return "csv"; }
 *   public List<String> extensions() { return List.of("csv"); }
 *   public PressRelease parse(InputStream in, ParseContext context) throws ParseException { ... }
 * }
 * }</pre>
 */
public interface ReleaseParser {

  /** The format's short name, lower case, such as {@code "txt"}. */
  String format();

  /** File name extensions without the dot, lower case, preferred first. */
  List<String> extensions();

  /**
   * How sure this parser is, from 0 (not at all) to 100 (certain), that content beginning with
   * {@code head} is in its format. Used when neither a format name nor a known extension is given.
   *
   * @param head up to the first 8 KiB of the input
   */
  default int sniff(byte[] head) {
    return 0;
  }

  /**
   * Reads a release. The stream is read but not closed.
   *
   * @return a valid release
   * @throws ParseException what is wrong and where; never another exception
   */
  PressRelease parse(InputStream in, ParseContext context) throws ParseException;
}
