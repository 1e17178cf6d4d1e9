package dev.pressroom.format.docx;

import dev.pressroom.internal.Text;
import dev.pressroom.reading.Block.Kind;
import dev.pressroom.reading.DateClaim;
import dev.pressroom.reading.DocumentInfo;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.reading.Layout;
import dev.pressroom.reading.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The neutral form of a DOCX that Pressroom did not write: every paragraph a person sees, with what
 * its styles and properties say about it, for the shared reading pipeline.
 *
 * <ul>
 *   <li>Kind: {@code Title} a level-1 heading; {@code Heading N} (or outline level N-1) a level-N
 *       heading; a paragraph with numbering ({@code w:numPr}) or a {@code List ...} style a list
 *       item; {@code Quote}, {@code Intense Quote} and {@code Block Text} a quote; {@code Caption}
 *       a caption; a paragraph inside a table a table cell; anything else a paragraph.
 *   <li>Spans: bold and italic runs, and runs inside a hyperlink to an external target.
 *   <li>Layout: the largest font size in points, whether all text is bold, whether the paragraph is
 *       centred.
 *   <li>Info: the core properties' title (a guess, not authoritative: Word fills it from the first
 *       line), {@code created} and {@code modified} as file dates (their day: the moment a file was
 *       saved is not when the release was published; Windows' 1601 "no date" is none), and the
 *       language of the core properties, else of the document defaults.
 * </ul>
 *
 * Paragraphs in the {@code Author} style (pandoc's byline) are the document's author, not its text,
 * and are left out, and so is a {@code Heading 1} right under the {@code Title} that repeats it (as
 * pandoc writes a Markdown file that starts with {@code # Title} under its front matter's title).
 *
 * <p>Text is cleaned as {@link ReleaseAssembler#clean} does; empty paragraphs are left out.
 */
final class DocxForeignDocument {
  private static final Pattern HEADING = Pattern.compile("heading ?([1-9])");

  private DocxForeignDocument() {}

  static ForeignDocument of(
      List<Block> blocks, StyleSheet styles, CoreProperties core, String part) {
    List<dev.pressroom.reading.Block> out = new ArrayList<>(blocks.size());
    List<Block> joined = ReleaseAssembler.joinDeletedMarks(blocks);
    boolean titled = false;
    for (Block b : joined) {
      titled |= styles.role(b.style) == StyleSheet.Role.TITLE && !Text.isBlank(b.text.toString());
    }
    int index = 0;
    String titleText = null;
    boolean afterTitle = false;
    for (Block b : joined) {
      index++;
      String text = Text.strip(b.text.toString());
      if (text.isEmpty()) {
        continue;
      }
      if (styles.role(b.style) == StyleSheet.Role.BYLINE) {
        continue; // the document's author (pandoc's Author style), not its text
      }
      String style = b.style == null ? "" : styles.name(b.style);
      int level = headingLevel(b, style, styles);
      boolean wasAfterTitle = afterTitle;
      // the front matter pandoc writes under the title (subtitle, date) keeps it "right under"
      afterTitle &= style.equals("subtitle") || styles.role(b.style) == StyleSheet.Role.DATE;
      if (style.equals("title")) {
        titleText = titleText == null ? text : titleText;
        afterTitle = true;
      } else if (level == 1 && wasAfterTitle && text.equals(titleText)) {
        continue; // a Heading 1 repeating the Title right under it is the headline again
      }
      if (titled && level == 1 && !style.equals("title")) {
        level = 2; // under the Title, Heading 1 is a section
      }
      Kind kind = kind(b, style, level);
      Layout layout =
          new Layout(b.maxSize / 2f, b.allBold && b.anyText, false, b.centered, 0, 0, 0, 0);
      out.add(
          new dev.pressroom.reading.Block(
              kind,
              text,
              kind == Kind.HEADING ? level : kind == Kind.LIST_ITEM ? b.listLevel : 0,
              kind == Kind.LIST_ITEM ? (b.ordered ? "1." : "•") : null,
              spans(b, text),
              layout,
              part + ", paragraph " + index));
    }
    List<DateClaim> dates = new ArrayList<>();
    if (CoreProperties.day(core.created()) != null) {
      dates.add(
          new DateClaim(
              core.created().strip(), DateClaim.Label.FILE_CREATED, "docProps/core.xml created"));
    }
    if (CoreProperties.day(core.modified()) != null) {
      dates.add(
          new DateClaim(
              core.modified().strip(),
              DateClaim.Label.FILE_MODIFIED,
              "docProps/core.xml modified"));
    }
    String title = core.title() == null ? null : ReleaseAssembler.clean(core.title());
    String language = core.language() != null ? core.language().strip() : styles.language();
    DocumentInfo info =
        new DocumentInfo(
            title == null || title.isEmpty() ? null : title,
            "docProps/core.xml title",
            false,
            dates,
            language,
            null,
            List.of(),
            List.of());
    return new ForeignDocument("docx", out, info);
  }

  /** The heading level a paragraph's style or outline level gives, or 0. */
  private static int headingLevel(Block b, String style, StyleSheet styles) {
    if (style.equals("title")) {
      return 1;
    }
    Matcher m = HEADING.matcher(style);
    if (m.matches()) {
      return Integer.parseInt(m.group(1));
    }
    int outline = b.outline >= 0 ? b.outline : b.style == null ? -1 : styles.outline(b.style);
    return outline >= 0 && outline < 9 ? outline + 1 : 0;
  }

  private static Kind kind(Block b, String style, int level) {
    if (level > 0) {
      return Kind.HEADING;
    }
    if (b.inTable) {
      return Kind.TABLE_CELL;
    }
    if (b.numbered || style.startsWith("list")) {
      return Kind.LIST_ITEM;
    }
    return switch (style.toLowerCase(Locale.ROOT)) {
      case "quote", "intense quote", "block text" -> Kind.QUOTE;
      case "caption" -> Kind.CAPTION;
      default -> Kind.PARAGRAPH;
    };
  }

  /**
   * Bold, italic and link spans over the cleaned text. Cleaning trims the ends and may replace
   * characters one for one, so each run's range is its place in the raw text, shifted by what the
   * start lost and cut to the cleaned length.
   */
  private static List<Span> spans(Block b, String text) {
    String raw = b.text.toString();
    int shift = leadingTrim(raw);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (Block.Piece p : b.pieces) {
      int start = Math.max(0, Math.min(text.length(), at - shift));
      int end = Math.max(start, Math.min(text.length(), at + p.text().length() - shift));
      at += p.text().length();
      if (end <= start || p.text().isBlank()) {
        continue;
      }
      if (p.bold() && !b.allBold) {
        spans.add(new Span(start, end, Span.Kind.STRONG, null));
      }
      if (p.italic()) {
        spans.add(new Span(start, end, Span.Kind.EMPHASIS, null));
      }
      if (p.link() != null) {
        spans.add(new Span(start, end, Span.Kind.LINK, p.link()));
      }
    }
    return spans;
  }

  private static int leadingTrim(String raw) {
    String clean = Text.strip(raw);
    if (clean.isEmpty()) {
      return 0;
    }
    int i = raw.indexOf(clean.charAt(0));
    return Math.max(0, i);
  }
}
