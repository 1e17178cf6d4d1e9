package dev.pressroom.reading;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.util.List;

/**
 * Makes a release of a {@link ForeignDocument}, in ordered passes: text repair, page furniture,
 * banners and labels, breadcrumb, title, timestamp, body bounds, line joining and de-hyphenation,
 * splitting, language, limits. Stateless and thread-safe.
 */
public final class Assembler {
  private static final List<Pass> PASSES = List.of();

  private Assembler() {}

  /**
   * The release the document shows.
   *
   * @throws ParseException when the document has no text to take a title from, or breaks a limit of
   *     the context
   */
  public static PressRelease assemble(ForeignDocument document, ParseContext context)
      throws ParseException {
    Draft draft = new Draft(document, context);
    for (Pass pass : PASSES) {
      pass.apply(draft);
    }
    try {
      return PressRelease.builder()
          .breadcrumb(draft.breadcrumb)
          .title(draft.title)
          .timestamp(draft.timestamp)
          .language(draft.language)
          .paragraphs(draft.paragraphs)
          .footerActions(draft.actions)
          .build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ParseException(
          null, "the document does not make a valid release: " + e.getMessage());
    }
  }
}
