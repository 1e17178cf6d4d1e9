package dev.pressroom.format.pdf;

import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.LanguageDetector;
import dev.pressroom.internal.Text;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.reading.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a release from the layout of a PDF that Pressroom did not write (Word, LibreOffice, LaTeX,
 * print drivers), from its {@link PdfTextLine}s in reading order:
 *
 * <ul>
 *   <li>page furniture goes ({@link PdfPageFurniture}), and so do banners such as {@code PRESS
 *       RELEASE} or {@code FOR IMMEDIATE RELEASE};
 *   <li>the title is the block of consecutive lines with the largest text (bold wins a tie) in the
 *       head of page one (its top 45%, at least its first six lines); with no larger or bold text,
 *       the first block of at most three lines;
 *   <li>paragraphs end at a vertical gap larger than 1.35 line pitches, a change of font size, a
 *       bold line after plain text, a list marker, a first-line indent, a line broken before it was
 *       full (its next word would have fitted) or short after a full stop, and at a page break
 *       unless the page's last line was full and either stops mid-sentence or sits at the foot of
 *       the text area (a page filled to the bottom seldom ends a paragraph exactly); lines are
 *       joined by {@link PdfLineJoiner};
 *   <li>the timestamp is the first date ({@link PdfDateLine}) at the start of a line, or after a
 *       comma or colon (a dateline {@code Brussels, 19 November 2019 –} or a byline {@code Prepared
 *       by A. Moore, May 23, 2021}), in the lines before the title or the first three paragraphs
 *       after it; a paragraph that is only a date is not kept as a paragraph. With no visible date
 *       the Info dictionary's {@code CreationDate} gives the day (not the time: that is when the
 *       file was made, not when the release was published);
 *   <li>what is not the release's text is left out: a byline ({@code Prepared by A. Moore, May 23,
 *       2021}, {@code By Jane Roe}) among the lines before the title or the first three paragraphs,
 *       after its date is read; a contact block, from its head ({@code Media contacts:}, {@code
 *       Contact for further information:}, {@code Pressekontakt}) to the end, but for an {@code
 *       About ...} section after it; and figure text, such as a chart's axis labels and legends:
 *       paragraphs of one short line (three words at most, no full stop) set smaller than the body
 *       text, only a number, or three or more such fragments in a row;
 *   <li>a navigation trail above the title ({@code HOME > News & Events}, also with {@code ›} or
 *       {@code »}) is the breadcrumb;
 *   <li>the language is the document catalog's {@code /Lang} ({@code und} is none), normalised and,
 *       where the text clearly shows another or the catalog names none, the text's; footer actions
 *       stay empty: without tags they cannot be told from short paragraphs.
 * </ul>
 */
final class LayoutPdfReader {
  private LayoutPdfReader() {}

  /** What the document says about itself besides its text. */
  record Hints(String language, Timestamp created, boolean autoHyphenated) {}

  private static final Pattern NUMBER = Pattern.compile("[\\d\\s.,%+\\-–$€£¥]+");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+[>›»]\\s+");
  private static final int HEAD_LINES = 6;
  private static final int DATE_PARAGRAPHS = 3;

  /**
   * The release the lines show.
   *
   * @throws ParseException when no line is left to read a title from
   */
  static PressRelease read(List<PdfTextLine> all, Hints hints) throws ParseException {
    List<PdfTextLine> lines = new ArrayList<>();
    for (PdfTextLine line : PdfPageFurniture.strip(all)) {
      if (!Text.isBlank(line.text()) && !Vocabulary.isBanner(Text.collapse(line.text()))) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      throw new ParseException(null, "no text besides page headers and footers");
    }
    PdfLineJoiner joiner = new PdfLineJoiner(all, hints.autoHyphenated());
    PdfParagraphBreaks layout = new PdfParagraphBreaks(lines);
    int[] title = title(lines, layout);
    PressRelease.Builder builder = PressRelease.builder();
    String titleText = clean(joinLines(lines.subList(title[0], title[1]), joiner));
    if (titleText.isEmpty()) {
      throw new ParseException("page " + lines.get(title[0]).page(), "no readable title text");
    }
    builder.title(titleText);

    List<List<PdfTextLine>> before = layout.paragraphs(lines.subList(0, title[0]));
    if (!before.isEmpty()) {
      List<String> trail = breadcrumb(clean(joinLines(before.get(0), joiner)));
      if (trail != null) {
        builder.breadcrumb(trail);
        before = before.subList(1, before.size());
      }
    }
    List<List<PdfTextLine>> after =
        withoutFigureText(layout.paragraphs(lines.subList(title[1], lines.size())), layout);
    List<String> paragraphs = new ArrayList<>();
    Timestamp timestamp = null;
    int index = 0;
    boolean contacts = false;
    for (List<List<PdfTextLine>> part : List.of(before, after)) {
      for (List<PdfTextLine> paragraph : part) {
        String text = clean(joinLines(paragraph, joiner));
        boolean head = part == before || index++ < DATE_PARAGRAPHS;
        if (timestamp == null && head) {
          DateFinder.Found date = PdfDateLine.header(text);
          if (date != null) {
            timestamp = date.timestamp();
            if (PdfDateLine.onlyDate(text, date)) {
              continue;
            }
          }
        }
        if (head && Vocabulary.isByline(text)) {
          continue;
        }
        if (Vocabulary.isContactHead(text)) {
          contacts = true;
        } else if (contacts && Vocabulary.isAboutHeading(text)) {
          contacts = false;
        }
        if (!text.isEmpty() && !contacts) {
          paragraphs.add(text);
        }
      }
    }
    builder.timestamp(timestamp != null ? timestamp : hints.created());
    builder.paragraphs(paragraphs);
    String declared = "und".equalsIgnoreCase(hints.language()) ? null : hints.language();
    builder.language(
        LanguageDetector.choose(declared, String.join("\n", paragraphs), warnings -> {}));
    return builder.build();
  }

  /** The paragraphs without figure text (see the class comment). */
  static List<List<PdfTextLine>> withoutFigureText(
      List<List<PdfTextLine>> paragraphs, PdfParagraphBreaks layout) {
    boolean[] fragment = new boolean[paragraphs.size()];
    for (int i = 0; i < fragment.length; i++) {
      fragment[i] = isFragment(paragraphs.get(i));
    }
    List<List<PdfTextLine>> kept = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < fragment.length; i++) {
      PdfTextLine line = paragraphs.get(i).get(0);
      int run = 1;
      for (int j = i - 1; j >= 0 && fragment[j]; j--) {
        run++;
      }
      for (int j = i + 1; j < fragment.length && fragment[j]; j++) {
        run++;
      }
      boolean figure =
          fragment[i]
              && (line.fontSize() < layout.bodySize() * 0.85f
                  || NUMBER.matcher(line.text()).matches()
                  || run >= 3);
      if (!figure) {
        kept.add(paragraphs.get(i));
      }
    }
    return kept;
  }

  /** One short line of at most three words, with no sentence end and no list marker. */
  private static boolean isFragment(List<PdfTextLine> paragraph) {
    if (paragraph.size() != 1) {
      return false;
    }
    String text = Text.collapse(paragraph.get(0).text());
    if (text.isEmpty() || text.length() > 40 || text.split(" ").length > 3) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".!?:;。！？：".indexOf(last) < 0 && !PdfParagraphBreaks.isListItem(text);
  }

  /** The {@code [from, to)} range of the title's lines. */
  private static int[] title(List<PdfTextLine> lines, PdfParagraphBreaks layout) {
    int firstPage = lines.get(0).page();
    int head = 0;
    while (head < lines.size()
        && lines.get(head).page() == firstPage
        && (head < HEAD_LINES
            || lines.get(head).baseline() < lines.get(head).pageHeight() * 0.45f)) {
      head++;
    }
    int[] best = null;
    int[] first = null;
    for (int start = 0; start < head; ) {
      int end = start + 1;
      while (end < head && sameBlock(lines.get(end - 1), lines.get(end))) {
        end++;
      }
      PdfTextLine line = lines.get(start);
      boolean dateOnly = PdfDateLine.isDateOnly(Text.collapse(line.text()));
      if (!dateOnly) {
        if (first == null) {
          first = new int[] {start, Math.min(end, start + 3)};
        }
        if (best == null || outranks(line, lines.get(best[0]))) {
          best = new int[] {start, end};
        }
      }
      start = end;
    }
    if (best == null) {
      return new int[] {0, 1};
    }
    PdfTextLine chosen = lines.get(best[0]);
    boolean emphasised = chosen.bold() || chosen.fontSize() > layout.bodySize() + 0.6f;
    return emphasised ? best : first;
  }

  private static boolean outranks(PdfTextLine a, PdfTextLine b) {
    if (!PdfTextLine.sameSize(a.fontSize(), b.fontSize())) {
      return a.fontSize() > b.fontSize();
    }
    return a.bold() && !b.bold();
  }

  private static boolean sameBlock(PdfTextLine a, PdfTextLine b) {
    return a.page() == b.page()
        && a.bold() == b.bold()
        && PdfTextLine.sameSize(a.fontSize(), b.fontSize())
        && b.baseline() > a.baseline()
        && b.baseline() - a.baseline() < a.fontSize() * 1.8f;
  }

  /** The segments of a navigation trail such as {@code HOME > News & Events}, or null. */
  private static List<String> breadcrumb(String text) {
    if (text.length() > 200) {
      return null;
    }
    List<String> segments = new ArrayList<>();
    for (String segment : BREADCRUMB_SEPARATOR.split(text)) {
      if (segment.isBlank() || segment.length() > 60) {
        return null;
      }
      segments.add(segment);
    }
    return segments.size() >= 2 ? segments : null;
  }

  private static String joinLines(List<PdfTextLine> lines, PdfLineJoiner joiner) {
    String text = "";
    for (PdfTextLine line : lines) {
      text = joiner.join(text, line.text());
    }
    return text;
  }

  /**
   * Collapses spacing and drops what no reader sees as text: characters the model forbids (controls
   * from broken fonts), U+FFFD and private-use code points (Word's Symbol-font bullets).
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp == '\t' || !(Text.isForbidden(cp) || PdfLineStripper.isJunk(cp)))
        .forEach(out::appendCodePoint);
    return Text.collapse(out.toString());
  }
}
