package dev.pressroom.reading;

import dev.pressroom.model.FooterAction;
import java.util.List;

/**
 * What a foreign document says about itself besides its blocks. Every field may be empty: the
 * assembler decides what to believe.
 *
 * @param title the declared title, or {@code null}
 * @param titleOrigin where the title was declared, or {@code null}
 * @param titleAuthoritative whether the document declares its metadata by the format's own
 *     convention (Markdown front matter), so that the declared title, when there is one, is the
 *     headline, not a guess (a PDF's Info title, a page's {@code <title>}), and its text is not
 *     searched for a title, date, banner or contact block
 * @param dates dates stated outside the text, in the order found
 * @param language the declared language tag as written ({@code en-US}, {@code DE}), or {@code null}
 * @param producer the tool that made the file ({@code Microsoft Word}, {@code LibreOffice}), or
 *     {@code null}
 * @param breadcrumb a navigation trail found by structure (HTML), or empty
 * @param actions footer actions found by structure (HTML links such as Print), or empty
 */
public record DocumentInfo(
    String title,
    String titleOrigin,
    boolean titleAuthoritative,
    List<DateClaim> dates,
    String language,
    String producer,
    List<String> breadcrumb,
    List<FooterAction> actions) {

  /** A document that says nothing about itself. */
  public static final DocumentInfo NONE =
      new DocumentInfo(null, null, false, List.of(), null, null, List.of(), List.of());

  public DocumentInfo {
    dates = dates == null ? List.of() : List.copyOf(dates);
    breadcrumb = breadcrumb == null ? List.of() : List.copyOf(breadcrumb);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }
}
