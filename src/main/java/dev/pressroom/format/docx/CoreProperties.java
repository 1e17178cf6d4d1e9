package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import javax.xml.stream.XMLStreamConstants;

/**
 * The core properties ({@code docProps/core.xml}) Pressroom reads: title, language and the created
 * and modified dates. They only fill what the visible document does not show.
 */
record CoreProperties(String title, String language, String created, String modified) {

  static final CoreProperties NONE = new CoreProperties(null, null, null, null);

  static CoreProperties read(String name, byte[] xml, int maxDepth) throws ParseException {
    return Xml.read(
        name,
        xml,
        maxDepth,
        r -> {
          String title = null;
          String language = null;
          String created = null;
          String modified = null;
          int event;
          while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
            if (event != XMLStreamConstants.START_ELEMENT || r.depth() != 2) {
              continue;
            }
            switch (r.local()) {
              case "title" -> title = r.text();
              case "language" -> language = r.text();
              case "created" -> created = r.text();
              case "modified" -> modified = r.text();
              default -> r.skip();
            }
          }
          return new CoreProperties(title, language, created, modified);
        });
  }

  /**
   * The day of the created date, else of the modified date, as written; or {@code null}. Only the
   * day: the moment a file was saved (often a later re-save) is not when the release was published,
   * as with a PDF's {@code CreationDate}.
   */
  Timestamp date() {
    Timestamp when = w3cdtf(created);
    when = when != null ? when : w3cdtf(modified);
    return when == null ? null : Timestamp.ofDate(when.date());
  }

  /** The day a property date gives, or {@code null} when it gives none. */
  static Timestamp day(String value) {
    Timestamp when = w3cdtf(value);
    return when == null ? null : Timestamp.ofDate(when.date());
  }

  private static Timestamp w3cdtf(String value) {
    Timestamp at = DateFinder.value(value);
    // 1601 is Windows' "no date" epoch: an unreadable property date is no date at all.
    return at == null || at.date().getYear() == 1601 ? null : at;
  }
}
