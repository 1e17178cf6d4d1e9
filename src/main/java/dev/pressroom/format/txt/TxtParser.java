package dev.pressroom.format.txt;

import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.PressRelease;
import dev.pressroom.reading.Assembler;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.util.List;

/**
 * Reads plain-text releases: exactly what {@link TxtRenderer} writes ({@link OwnText}, also with
 * CRLF or CR line ends or a BOM), and leniently the text that scrapes, wire services and people
 * produce ({@link TxtDocument} into the shared {@link Assembler}). The rules are in the {@linkplain
 * dev.pressroom.format.txt package documentation}. Our own files never get a language.
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

  /**
   * Reads a text. A text that is exactly what {@link TxtRenderer} writes for what it reads is
   * Pressroom's own and comes back as it is, with no language. Any other text is first repaired
   * ({@link TextRepair#repairDamage}: mojibake, C1 controls, noncharacters), each kind of repair a
   * warning. Other control characters are still an error: plain text with them is not text. No
   * language is set (plain text has no place for one).
   */
  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    String text = Inputs.decodeText(Inputs.readAll(in, context));
    PressRelease own = OwnText.read(ownLineEnds(text), context.limits());
    if (own != null) {
      return own;
    }
    TextRepair.Repaired repaired = TextRepair.repairDamage(text);
    for (TextRepair.Repair repair : repaired.repairs()) {
      context.warnings().accept(new ParseWarning(context.sourceName(), null, repair.message()));
    }
    return Assembler.assemble(
        TxtDocument.read(Lines.split(repaired.text(), context.limits())), context);
  }

  /** The text with CRLF and CR line ends as LF and without a leading BOM. */
  private static String ownLineEnds(String text) {
    String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
  }
}
