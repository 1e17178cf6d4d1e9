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
   * The created date, else the modified date, as {@link DateFinder#value} reads it; or {@code
   * null}.
   */
  Timestamp date() {
    Timestamp when = w3cdtf(created);
    return when != null ? when : w3cdtf(modified);
  }

  private static Timestamp w3cdtf(String value) {
    Timestamp at = DateFinder.value(value);
    // 1601 is Windows' "no date" epoch: an unreadable property date is no date at all.
    return at == null || at.date().getYear() == 1601 ? null : at;
  }
}
