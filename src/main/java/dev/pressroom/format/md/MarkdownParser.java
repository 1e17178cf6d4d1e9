package dev.pressroom.format.md;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads Markdown: the files {@link MarkdownRenderer} writes, exactly, and Markdown that people
 * write, sensibly — with or without YAML front matter, headline from the front matter or the first
 * heading, date from the front matter or a date line or dateline near the top, headings, lists,
 * quotes, emphasis, strong text and links kept as the model's blocks and inline content, tables and
 * code turned into paragraphs, and the body ended at an end mark such as {@code ###}. The rules are
 * documented on {@link MarkdownReader}, {@link FrontMatter}, {@link BodyReader}, {@link InlineText}
 * and {@link Dates}.
 *
 * <pre>{@code
 * PressRelease release = new MarkdownParser().parse(in, ParseContext.of("release.md"));
 * }</pre>
 *
 * <p>Input is UTF-8 (a BOM is dropped), with any line ends. Invalid YAML, a field the model refuses
 * or text it cannot hold is a {@link ParseException} naming the line.
 */
public final class MarkdownParser implements ReleaseParser {

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public MarkdownParser() {}

  @Override
  public String format() {
    return "md";
  }

  @Override
  public List<String> extensions() {
    return List.of("md", "markdown");
  }

  @Override
  public int sniff(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.startsWith("---\ntitle: ") || text.startsWith("---\r\ntitle: ")) {
      return 90;
    }
    if (text.startsWith("---\n") || text.startsWith("# ") || text.contains("\n# ")) {
      return 40;
    }
    return 0;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    String text = Inputs.decodeText(Inputs.readAll(in, context));
    try {
      return read(
          text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'), context);
    } catch (LinkageError e) {
      throw Inputs.missingLibrary("Markdown", e);
    }
  }

  /** Reads a decoded text with {@code \n} line ends: the fast path first, else the full reader. */
  static PressRelease read(String text, ParseContext context) throws ParseException {
    PressRelease own = OwnShape.read(text, context.limits());
    if (own != null) {
      return own;
    }
    // Not our own file: damaged text (mojibake, C1 controls, noncharacters) is repaired first.
    TextRepair.Repaired repaired = TextRepair.repairDamage(text);
    for (TextRepair.Repair repair : repaired.repairs()) {
      context.warnings().accept(new ParseWarning(context.sourceName(), null, repair.message()));
    }
    return full(repaired.text(), context);
  }

  /** The full reader alone, for tests that prove the fast path equivalent. */
  static PressRelease full(String text, ParseContext context) throws ParseException {
    try {
      return MarkdownReader.read(text, context);
    } catch (IllegalArgumentException e) {
      throw new ParseException(null, e.getMessage(), e);
    } catch (RuntimeException e) {
      // flexmark or snakeyaml-engine failing on odd input: still the input's fault
      throw new ParseException(null, "cannot read Markdown: " + Inputs.describe(e), e);
    } catch (StackOverflowError e) {
      throw new LimitExceededException(null, "Markdown is nested too deeply to read");
    }
  }
}
