package dev.pressroom.format.txt;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.TextRepair;
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

  /**
   * Reads a text. A text that is exactly what {@link TxtRenderer} writes for what it reads is
   * Pressroom's own and comes back as it is, with no language. Any other text is first repaired
   * ({@link TextRepair#repairDamage}: mojibake, C1 controls, noncharacters), each kind of repair a
   * warning. Other control characters are still an error: plain text with them is not text. No
   * language is set (plain text has no place for one).
   */
  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    byte[] bytes = Inputs.readAll(in, context);
    String text = Inputs.decodeText(bytes);
    PressRelease first = null;
    ParseException failure = null;
    try {
      first = read(text, context);
      boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB;
      if (!bom && TxtRenderer.text(first).equals(text)) {
        return first;
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (ParseException e) {
      failure = e;
    }
    TextRepair.Repaired repaired = TextRepair.repairDamage(text);
    PressRelease release;
    if (repaired.text() == text) {
      if (failure != null) {
        throw failure;
      }
      release = first;
    } else {
      release = read(repaired.text(), context);
      for (TextRepair.Repair repair : repaired.repairs()) {
        context.warnings().accept(new ParseWarning(context.sourceName(), null, repair.message()));
      }
    }
    return release;
  }

  private static PressRelease read(String text, ParseContext context) throws ParseException {
    return new TxtReader(Lines.split(text, context.limits()), context.limits()).read();
  }
}
