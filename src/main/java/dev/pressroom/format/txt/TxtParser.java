package dev.pressroom.format.txt;

import dev.pressroom.ParseException;
import dev.pressroom.internal.Inputs;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.util.List;

/**
 * Reads plain-text releases: exactly what {@link TxtRenderer} writes, and leniently the text that
 * scrapes, wire services and people produce. The rules are in the {@linkplain
 * dev.pressroom.format.txt package documentation}. The parser never sets a language.
 *
 * <pre>{@code
 * PressRelease release = new TxtParser().parse(in, ParseContext.of("release.txt"));
 * }</pre>
 */
public final class TxtParser implements ReleaseParser {

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public TxtParser() {}

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "text");
  }

  /** Any UTF-8 text could be a plain-text release, so a low score that other formats beat. */
  @Override
  public int sniff(byte[] head) {
    return Inputs.looksLikeText(head) ? 10 : 0;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    String text = Inputs.decodeUtf8(Inputs.readAll(in, context));
    return new TxtReader(Lines.split(text, context.limits()), context.limits()).read();
  }
}
