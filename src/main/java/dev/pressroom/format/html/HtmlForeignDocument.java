package dev.pressroom.format.html;

import dev.pressroom.ParseException;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Layout;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The neutral form of a page someone else made, for the shared reading pipeline. The page's own
 * structure decides what only HTML can tell ({@link ForeignPage}): the content container and its
 * paragraphs with their kind (heading, list item, quote) and inline markup ({@link Body}), the
 * headline ({@link Titles}, given as the opening level-1 heading), the publication date ({@link
 * Published}, a {@link DateClaim.Label#PUBLISHED} claim), the breadcrumb ({@link Breadcrumbs}), the
 * actions ({@link Actions}) and the language ({@link Languages}).
 */
final class HtmlForeignDocument {
  private static final Layout PLAIN = new Layout(0, false, false, false, 0, 0, 0, 0);

  private HtmlForeignDocument() {}

  /**
   * The page's blocks and what it says about itself.
   *
   * @throws ParseException when the page has no title text anywhere
   */
  static ForeignDocument of(Document doc) throws ParseException {
    ForeignPage.Read page = ForeignPage.parts(doc);
    List<Block> blocks = new ArrayList<>(page.paragraphs().size() + 1);
    blocks.add(new Block(Block.Kind.HEADING, page.title(), 1, null, List.of(), PLAIN, "title"));
    int n = 0;
    for (Body.Paragraph p : page.paragraphs()) {
      blocks.add(
          new Block(
              p.kind(), p.text(), p.level(), p.marker(), p.spans(), PLAIN, "paragraph " + ++n));
    }
    List<DateClaim> dates =
        page.published() == null
            ? List.of()
            : List.of(
                new DateClaim(
                    page.published().toString(),
                    DateClaim.Label.PUBLISHED,
                    "the page's publication date",
                    page.published()));
    return new ForeignDocument(
        "html",
        blocks,
        new DocumentInfo(
            page.title(),
            "the page's headline",
            false,
            dates,
            page.language(),
            null,
            page.breadcrumb(),
            page.actions()));
  }
}
