package dev.pressroom.format.pdf;

import dev.pressroom.internal.Text;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.Block.Kind;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Layout;
import dev.pressroom.reading.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The neutral form of a PDF read by its layout, for the shared reading pipeline. The extraction is
 * this package's: running headers, footers and page numbers are gone ({@link PdfPageFurniture}),
 * lines are grouped into blocks as {@link PdfParagraphBreaks} breaks them (a paragraph going on
 * over a page break is one block; so is a heading wrapped over lines), and figure text such as a
 * chart's axis labels is left out.
 *
 * <ul>
 *   <li>Text: the block's lines separated by {@code \n}, for the line-joining pass; a line ending
 *       in a soft or visible hyphen is joined here, since only this format knows whether the hyphen
 *       was the typesetter's (the producer, the words the document spells with a hyphen: {@link
 *       PdfLineJoiner}), and soft hyphens inside a line are read as drawn.
 *   <li>Kind: a block set larger than the body text is a heading, level 1 at the document's largest
 *       size, else 2; a block opening with a list marker is a list item, its marker kept in the
 *       text as drawn and also given apart.
 *   <li>Layout: font size, bold, page, top (of the first line, in points from the page's top),
 *       indent (from the leftmost body line) and the gap above (from the block before, on the same
 *       page; 0 at a page's top).
 *   <li>Info: the Info title (not authoritative; none when it is what a tool writes by itself, a
 *       file name or {@code Microsoft Word - x.docx}), CreationDate and ModDate as file dates, the
 *       catalog's {@code /Lang}, the producer.
 * </ul>
 */
final class PdfForeignDocument {
  private static final Pattern MARKER =
      Pattern.compile("(\\d{1,3}[.)]|[a-zA-Z][.)]|[•◦▪‣●○■□–—*-])\\s+(.*)", Pattern.DOTALL);

  private static final Pattern FILE_NAME =
      Pattern.compile(
          "\\.(?:docx?|dotx?|odt|rtf|pdf|txt|md|html?|pptx?|xlsx?|indd|tex|qxp)$|^[A-Z]:\\\\|^/|^untitled$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("[\\d\\s.,%+\\-–$€£¥]+");

  private PdfForeignDocument() {}

  /**
   * What the document says about itself.
   *
   * @param title the Info title, or {@code null}
   * @param created the CreationDate as ISO-8601, or {@code null}
   * @param modified the ModDate as ISO-8601, or {@code null}
   * @param language the catalog's {@code /Lang}, or {@code null}
   * @param producer the Info producer (else creator), or {@code null}
   * @param autoHyphenated whether the producer hyphenates on its own
   */
  record Info(
      String title,
      String created,
      String modified,
      String language,
      String producer,
      boolean autoHyphenated) {}

  /** The neutral form from the lines, with {@code tagged} blocks instead of the lines' if given. */
  static ForeignDocument of(List<PdfTextLine> all, Info info, List<Block> tagged) {
    if (tagged == null) {
      return of(all, info);
    }
    ForeignDocument byLayout = of(List.of(), info);
    return new ForeignDocument("pdf", tagged, byLayout.info());
  }

  static ForeignDocument of(List<PdfTextLine> all, Info info) {
    List<PdfTextLine> lines = new ArrayList<>();
    for (PdfTextLine line : PdfPageFurniture.strip(all)) {
      if (!Text.isBlank(line.text())) {
        lines.add(line);
      }
    }
    List<Block> blocks = new ArrayList<>();
    if (!lines.isEmpty()) {
      PdfParagraphBreaks layout = new PdfParagraphBreaks(lines);
      PdfLineJoiner joiner = new PdfLineJoiner(all, info.autoHyphenated());
      float largest = 0;
      float margin = Float.MAX_VALUE;
      for (PdfTextLine line : lines) {
        largest = Math.max(largest, line.fontSize());
        if (PdfTextLine.sameSize(line.fontSize(), layout.bodySize())) {
          margin = Math.min(margin, line.left());
        }
      }
      PdfTextLine previous = null;
      for (List<PdfTextLine> group :
          headingsTogether(withoutFigureText(layout.paragraphs(lines), layout), layout)) {
        blocks.add(block(group, previous, layout, joiner, largest, margin));
        previous = group.get(group.size() - 1);
      }
    }
    List<DateClaim> dates = new ArrayList<>();
    if (info.created() != null) {
      dates.add(new DateClaim(info.created(), DateClaim.Label.FILE_CREATED, "Info CreationDate"));
    }
    if (info.modified() != null) {
      dates.add(new DateClaim(info.modified(), DateClaim.Label.FILE_MODIFIED, "Info ModDate"));
    }
    String title = info.title() == null ? null : Text.collapse(info.title());
    if (title != null
        && (FILE_NAME.matcher(title).find() || title.startsWith("Microsoft Word - "))) {
      title = null; // what the printer driver or tool wrote, not the document's title
    }
    return new ForeignDocument(
        "pdf",
        blocks,
        new DocumentInfo(
            title == null || title.isEmpty() ? null : title,
            "Info Title",
            false,
            dates,
            info.language(),
            info.producer(),
            List.of(),
            List.of()));
  }

  /**
   * A heading wrapped over lines is one block: consecutive lines larger than the body text, of one
   * size and weight, closer than 1.8 times their size.
   */
  private static List<List<PdfTextLine>> headingsTogether(
      List<List<PdfTextLine>> groups, PdfParagraphBreaks layout) {
    List<List<PdfTextLine>> out = new ArrayList<>(groups.size());
    for (List<PdfTextLine> group : groups) {
      List<PdfTextLine> last = out.isEmpty() ? null : out.get(out.size() - 1);
      PdfTextLine a = last == null ? null : last.get(last.size() - 1);
      PdfTextLine b = group.get(0);
      if (a != null
          && a.fontSize() > layout.bodySize() + 0.6f
          && a.page() == b.page()
          && a.bold() == b.bold()
          && PdfTextLine.sameSize(a.fontSize(), b.fontSize())
          && b.baseline() > a.baseline()
          && b.baseline() - a.baseline() < a.fontSize() * 1.8f) {
        List<PdfTextLine> joined = new ArrayList<>(last);
        joined.addAll(group);
        out.set(out.size() - 1, joined);
      } else {
        out.add(group);
      }
    }
    return out;
  }

  private static Block block(
      List<PdfTextLine> group,
      PdfTextLine previous,
      PdfParagraphBreaks layout,
      PdfLineJoiner joiner,
      float largest,
      float margin) {
    PdfTextLine first = group.get(0);
    StringBuilder text = new StringBuilder();
    boolean bold = true;
    for (PdfTextLine line : group) {
      bold &= line.bold();
      String t = clean(PdfLineJoiner.softHyphens(line.text()));
      int last = text.length() - 1;
      if (last >= 0
          && (text.charAt(last) == '\u00AD' || PdfLineJoiner.isHyphen(text.charAt(last)))) {
        String joined = joiner.join(text.toString(), t);
        text.setLength(0);
        text.append(joined);
      } else {
        text.append(text.length() == 0 ? "" : "\n").append(t);
      }
    }
    Kind kind = Kind.PARAGRAPH;
    int level = 0;
    String marker = null;
    String body = text.toString();
    if (first.fontSize() > layout.bodySize() + 0.6f) {
      kind = Kind.HEADING;
      level = PdfTextLine.sameSize(first.fontSize(), largest) ? 1 : 2;
    } else {
      Matcher m = MARKER.matcher(body);
      if (PdfParagraphBreaks.isListItem(Text.collapse(first.text())) && m.matches()) {
        kind = Kind.LIST_ITEM;
        marker = m.group(1);
      }
    }
    float gap =
        previous != null && previous.page() == first.page()
            ? Math.max(0, first.baseline() - previous.baseline() - first.fontSize())
            : 0;
    Layout look =
        new Layout(
            first.fontSize(),
            bold,
            false,
            false,
            first.page(),
            Math.max(0, first.baseline() - first.fontSize()),
            margin == Float.MAX_VALUE ? 0 : Math.max(0, first.left() - margin),
            gap);
    return new Block(kind, body, level, marker, List.of(), look, "page " + first.page());
  }

  /**
   * The paragraphs without figure text (see the class comment): paragraphs of one short line (three
   * words at most, no full stop) set smaller than the body text, only a number, or three or more
   * such fragments in a row.
   */
  static List<List<PdfTextLine>> withoutFigureText(
      List<List<PdfTextLine>> paragraphs, PdfParagraphBreaks layout) {
    boolean[] fragment = new boolean[paragraphs.size()];
    for (int i = 0; i < fragment.length; i++) {
      fragment[i] = isFragment(paragraphs.get(i), layout);
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

  /**
   * One short line of at most three words, no larger than the body text, with no sentence end and
   * no list marker, that is no banner and no date.
   */
  private static boolean isFragment(List<PdfTextLine> paragraph, PdfParagraphBreaks layout) {
    if (paragraph.size() != 1) {
      return false;
    }
    String text = Text.collapse(paragraph.get(0).text());
    if (text.isEmpty()
        || text.length() > 40
        || text.split(" ").length > 3
        || paragraph.get(0).fontSize() > layout.bodySize() + 0.6f
        || Vocabulary.isBanner(text)
        || PdfDateLine.isDateOnly(text)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".!?:;。！？：".indexOf(last) < 0 && !PdfParagraphBreaks.isListItem(text);
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
