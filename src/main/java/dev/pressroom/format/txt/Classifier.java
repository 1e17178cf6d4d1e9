package dev.pressroom.format.txt;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.model.Timestamp;
import java.util.regex.Pattern;

/**
 * The one place that decides what a line of text would be read as. The parser asks it what each
 * unescaped line is; the renderer asks it whether a title or paragraph must be escaped. Because
 * both sides call the same methods, what the renderer leaves unescaped is never misread.
 */
final class Classifier {
  private Classifier() {}

  /** Datelines give the timestamp only from the first this many paragraphs. */
  static final int DATELINE_PARAGRAPHS = 3;

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern BANNER =
      Pattern.compile(
          "(?:for immediate (?:release|distribution)"
              + "|for release\\b.*|embargoed(?: (?:until|till|to|for)\\b|:).*|under embargo\\b.*"
              + "|(?:joint )?(?:media|press|news) (?:release|statement|advisory)"
              + "|immediate release)[.:!]?",
          FLAGS);

  private static final Pattern END_MARK =
      Pattern.compile("#{3,}|(?:# ){2,}#|-+ ?(?:end|ends|30|###) ?-+", FLAGS);

  private static final Pattern CONTACT =
      Pattern.compile(
          "(?:(?:(?:media|press|news|investor|pr) )?(?:contacts?|enquiries|inquiries)"
              + "|contact (?:information|details)"
              + "|(?:for )?(?:further|more) information(?:,? (?:please )?contact)?) ?:"
              + "|(?:media|press) contacts?$",
          FLAGS);

  /** What an unescaped, stripped line would be read as, wherever it stands. */
  static LineKind kind(String text) {
    if (text.isEmpty()) {
      return LineKind.PLAIN;
    }
    if (text.charAt(0) == '<' && Actions.parse(text) != null) {
      return LineKind.ACTION;
    }
    if (text.length() <= 24 && END_MARK.matcher(text).matches()) {
      return LineKind.END_MARK;
    }
    if (Timestamps.parse(text) != null) {
      return LineKind.TIMESTAMP;
    }
    if (text.length() <= 120 && BANNER.matcher(text).matches()) {
      return LineKind.BANNER;
    }
    if (CONTACT.matcher(text).lookingAt()) {
      return LineKind.CONTACT;
    }
    if (DateFinder.dateline(text) != null) {
      return LineKind.DATELINE;
    }
    return LineKind.PLAIN;
  }

  /**
   * Whether the title must be written with a leading backslash: it begins with one, or it would be
   * read as anything but plain text (an action, timestamp, banner, end mark, contact head or
   * dateline), or it looks like a breadcrumb.
   */
  static boolean titleNeedsEscape(String title) {
    return title.charAt(0) == '\\'
        || kind(title) != LineKind.PLAIN
        || Breadcrumbs.parse(title) != null;
  }

  /**
   * Whether a paragraph must be written with a leading backslash: it begins with one, or it would
   * be read as an action, timestamp, banner, end mark or contact head; or it opens with a dated
   * dateline while the release has no timestamp and it is among the first {@value
   * #DATELINE_PARAGRAPHS} paragraphs (where the parser looks for one).
   */
  static boolean paragraphNeedsEscape(String paragraph, boolean hasTimestamp, int index) {
    if (paragraph.charAt(0) == '\\') {
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
