package dev.pressroom.format.txt;

/** What a line of plain text is read as, before any position is taken into account. */
enum LineKind {
  /** Ordinary text. */
  PLAIN,
  /** A footer action: {@code <Label>} or {@code <Label> https://...}. */
  ACTION,
  /** A timestamp in one of the accepted shapes, alone on its line. */
  TIMESTAMP,
  /** A banner such as {@code FOR IMMEDIATE RELEASE} or {@code Media Release}. */
  BANNER,
  /** An end mark: {@code ###}, {@code -END-}, {@code -30-}. */
  END_MARK,
  /** The head of a contact block: {@code Media contact:}, {@code Further information:}. */
  CONTACT,
  /** A byline, reference, share or print label or labelled date ({@code Vocabulary}). */
  CONVENTION,
  /** Text beginning with a dateline such as {@code WASHINGTON, Oct. 27, 2023 --}. */
  DATELINE
}
