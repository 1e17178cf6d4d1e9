package dev.pressroom.format.txt;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import dev.pressroom.reading.Vocabulary;

/**
 * The one place that decides what a line of text would be read as: a footer action, a timestamp in
 * the shapes of {@link Timestamps}, or a convention of {@link Vocabulary} (banner, end mark,
 * contact head) and {@link DateFinder#dateline}, the same definitions the lenient reading uses. The
 * renderer asks it whether a title or paragraph must be escaped, and the exact path ({@link
 * OwnText}) asks it what the lines of our own shape are, so render and parse cannot drift.
 */
final class Classifier {
  private Classifier() {}

  /** Datelines give the timestamp only from the first this many paragraphs. */
  static final int DATELINE_PARAGRAPHS = 3;

  /** What an unescaped, stripped line would be read as, wherever it stands. */
  static LineKind kind(String text) {
    if (text.isEmpty()) {
      return LineKind.PLAIN;
    }
    if (text.charAt(0) == '<' && Actions.parse(text) != null) {
      return LineKind.ACTION;
    }
    if (Vocabulary.isEndMark(text)) {
      return LineKind.END_MARK;
    }
    if (Timestamps.parse(text) != null) {
      return LineKind.TIMESTAMP;
    }
    if (Vocabulary.isBanner(text)) {
      return LineKind.BANNER;
    }
    if (Vocabulary.isContactHead(text)) {
      return LineKind.CONTACT;
    }
    if (DateFinder.dateline(text) != null) {
      return LineKind.DATELINE;
    }
    if (Vocabulary.isConventionLine(text)) {
      return LineKind.CONVENTION;
    }
    return LineKind.PLAIN;
  }

  /**
   * Whether the title must be written with a leading backslash: it begins with one, or it would be
   * read as anything but plain text (an action, timestamp, banner, end mark, contact head or
   * dateline), it looks like a breadcrumb, or it begins like a subtitle line ({@code — }).
   */
  static boolean titleNeedsEscape(String title) {
    return title.charAt(0) == '\\'
        || title.startsWith(TxtRenderer.SUBTITLE)
        || kind(title) != LineKind.PLAIN
        || Breadcrumbs.parse(title) != null;
  }

  /**
   * Whether a paragraph must be written with a leading backslash: it begins with one, or it would
   * be read as an action, timestamp, banner, end mark or contact head, or by its shape as a list
   * item, quote or the line before the contacts or boilerplate ({@link
   * PlainShape#looksLikeMarker}); or it opens with a dated dateline while the release has no
   * timestamp and it is among the first {@value #DATELINE_PARAGRAPHS} paragraphs (where the parser
   * looks for one).
   */
  static boolean paragraphNeedsEscape(String paragraph, boolean hasTimestamp, int index) {
    if (paragraph.charAt(0) == '\\' || PlainShape.looksLikeMarker(paragraph)) {
      return true;
    }
    LineKind kind = kind(paragraph);
    if (kind == LineKind.DATELINE) {
      return !hasTimestamp && index < DATELINE_PARAGRAPHS && datelineDate(paragraph) != null;
    }
    return kind != LineKind.PLAIN;
  }

  /** The date of the dateline a paragraph opens with, or {@code null}. */
  static Timestamp datelineDate(String paragraph) {
    DateFinder.Dateline dateline = DateFinder.dateline(paragraph);
    return dateline == null || dateline.date() == null ? null : dateline.date().timestamp();
  }
}
