package dev.pressroom.format.md;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads any Markdown file (line ends already {@code \n}): front matter by {@link FrontMatter}, the
 * body by flexmark and {@link BodyReader}.
 *
 * <p>Headline: the front matter's {@code title}; else the first level-1 heading (ATX or setext);
 * else a heading of any level that is the first block; else a first paragraph of one short line. A
 * level-1 heading that is the body's first block is the visible headline and never a paragraph.
 *
 * <p>Date: the front matter's {@code date}. A file with front matter has all its metadata there:
 * its body is not searched. Without front matter, the first three paragraphs are searched for a
 * line that is only a date ({@code 2023-10-28}, {@code October 28, 2023}, ... — the line is then
 * dropped) or a dateline ({@code WASHINGTON, Oct. 27, 2023 --}, also bold or italic — the paragraph
 * is kept).
 */
final class MarkdownReader {
  private MarkdownReader() {}

  private static final int SHORT_TITLE = 200;

  static PressRelease read(String text, Limits limits) throws ParseException {
    FrontMatter front = FrontMatter.read(text, limits);
    Node document = BodyReader.parse(front.body(), front.bodyLine(), limits);
    Node first = document.getFirstChild();
    String title = front.title();
    Node headline = null;
    if (first instanceof Heading heading && heading.getLevel() == 1) {
      headline = first;
    } else if (title == null) {
      headline = firstLevelOne(document);
      if (headline == null && (first instanceof Heading || isShortLine(first))) {
        headline = first;
      }
    }
    if (title == null) {
      if (headline == null) {
        throw new ParseException(
            null, "no title: no front matter title, no heading and no short first line");
      }
      title = Text.strip(InlineText.of(headline, limits.maxDepth()));
      String problem = Text.problem(title);
      if (problem != null) {
        throw new ParseException(
            "line " + (front.bodyLine() + headline.getStartLineNumber()), "title " + problem);
      }
    }
    List<BodyReader.Line> lines =
        new ArrayList<>(BodyReader.paragraphs(document, headline, front.bodyLine(), limits));
    Timestamp timestamp = front.timestamp();
    if (!front.present()) {
      timestamp = dateFromBody(lines);
    }
    List<String> paragraphs = new ArrayList<>(lines.size());
    for (BodyReader.Line line : lines) {
      paragraphs.add(line.text());
    }
    return new PressRelease(
        front.breadcrumb(), title, timestamp, front.language(), paragraphs, front.footer());
  }

  private static Node firstLevelOne(Node document) {
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading && heading.getLevel() == 1) {
        return block;
      }
    }
    return null;
  }

  private static boolean isShortLine(Node block) {
    return block instanceof Paragraph
        && block.getNext() != null
        && block.getChars().trimEnd().indexOf('\n') < 0
        && block.getChars().length() <= SHORT_TITLE;
  }

  /** A date line (removed) or a dateline (kept) among the first three paragraphs. */
  private static Timestamp dateFromBody(List<BodyReader.Line> lines) {
    for (int i = 0; i < Math.min(3, lines.size()); i++) {
      String text = lines.get(i).text();
      Timestamp whole = Dates.wholeLine(text);
      if (whole != null) {
        lines.remove(i);
        return whole;
      }
      Timestamp dateline = Dates.dateline(text);
      if (dateline != null) {
        return dateline;
      }
    }
    return null;
  }
}
