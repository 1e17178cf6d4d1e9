package dev.pressroom.format.md;

import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.reading.Assembler;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.spi.ParseContext;
import java.util.List;

/**
 * Reads any Markdown file (line ends already {@code \n}) into the neutral form and through the
 * shared {@link Assembler}: front matter by {@link FrontMatter} as the document's declared
 * metadata, the body by flexmark and {@link BodyReader} as blocks.
 *
 * <p>A file with front matter declares its metadata there: its {@code title} is the headline (a
 * level-1 heading opening the body is its visible copy and dropped), its {@code date} the
 * timestamp, and its body is not searched for a title, date, banner or contact block; only an end
 * mark ends it. A file without front matter is read by the assembler's conventions: the first
 * level-1 heading is the headline, a date line or dateline near the top the timestamp, banners,
 * contact blocks and bylines left out, text pasted on one line split.
 */
final class MarkdownReader {
  private MarkdownReader() {}

  static PressRelease read(String text, ParseContext context) throws ParseException {
    Limits limits = context.limits();
    FrontMatter front = FrontMatter.read(text, limits);
    List<dev.pressroom.reading.Block> blocks =
        BodyReader.blocks(
            BodyReader.parse(front.body(), front.bodyLine(), limits), front.bodyLine(), limits);
    List<DateClaim> dates =
        front.timestamp() == null
            ? List.of()
            : List.of(
                new DateClaim(
                    front.timestamp().toString(),
                    DateClaim.Label.PUBLISHED,
                    "front matter date",
                    front.timestamp()));
    DocumentInfo info =
        new DocumentInfo(
            front.title(),
            front.present() ? "front matter" : null,
            front.present(),
            dates,
            front.language(),
            null,
            front.breadcrumb(),
            front.footer());
    return Assembler.assemble(new ForeignDocument("md", blocks, info), context);
  }
}
