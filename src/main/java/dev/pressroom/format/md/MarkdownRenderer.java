package dev.pressroom.format.md;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a release as CommonMark with YAML front matter that Hugo and Jekyll read as it is:
 *
 * <pre>{@code
 * ---
 * title: "Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken"
 * date: 2023-10-28T13:25:00
 * date_precision: "minute"
 * breadcrumb:
 *   - "HOME"
 *   - "News & Events"
 * lang: "en"
 * footer:
 *   - label: "Suggest To A Friend"
 *   - label: "Print"
 *     target: "https://example.org/print"
 * ---
 *
 * # Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken
 *
 * From October 26 to 27, 2023 local time, ...
 * }</pre>
 *
 * <p>Text values are double-quoted YAML scalars. {@code date} is RFC 3339 with seconds, which is
 * what Hugo and Jekyll read (Hugo ignores a time without seconds); {@code date_precision: "minute"}
 * says the seconds were not given and {@code timezone} names a region zone, the two things RFC 3339
 * cannot carry. Absent fields and empty lists are left out. The body is the headline as an ATX
 * heading and one paragraph per line of the model, separated by blank lines, escaped by the exact
 * and minimal rule of {@link MarkdownEscaper}. UTF-8, {@code \n}, one trailing newline.
 *
 * <p>A release that uses version 2 ({@link PressRelease#isPlain()} false) keeps its structure in
 * Markdown's own constructs: {@code subtitle} in the front matter; headings as {@code ##} to {@code
 * ####}; lists as {@code -} or {@code 1.} items, a nested list indented under its item (two lists
 * in a row alternate {@code -}/{@code *} and {@code .}/{@code )} so that they stay two); a quote as
 * {@code > } paragraphs separated by {@code >} lines, its attribution as the last line {@code > —
 * Name}; emphasis and strong as {@code *…*} and {@code **…**} where CommonMark's flanking rules
 * read them for sure (a letter or digit inside each end, text around), else as {@code <em>…</em>}
 * and {@code <strong>…</strong>}, which CommonMark readers show as the same emphasis; links as
 * {@code [text](url)}, with {@code <url>} when the target holds parentheses. Contacts follow under
 * {@code ## Media contacts}, one item per contact with labelled parts ({@code - Name: …; Role: …;
 * Organization: …; Email: …; Phone: …; Web: <url>}), and the boilerplate's blocks under {@code ##
 * About}; a body heading with either text is written with its first letter as a character reference
 * so that it stays the body's. Text is escaped by one fixed rule: a backslash before {@code \ ` * _
 * [ ] < # ~}, before an {@code &} that could start an entity and a {@code !} that ends a run, and
 * before what would open a block at a line's start; everything else is written as it is.
 */
public final class MarkdownRenderer implements ReleaseRenderer {

  /** A renderer; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public MarkdownRenderer() {}

  @Override
  public String format() {
    return "md";
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    out.write(toMarkdown(release).getBytes(StandardCharsets.UTF_8));
  }

  /** The whole file as a string. */
  static String toMarkdown(PressRelease release) {
    int size = 256 + release.title().length() * 2;
    for (String paragraph : release.paragraphs()) {
      size += paragraph.length() + 8;
    }
    return write(release, size).toString();
  }

  /** The whole file, in a builder made with room for {@code capacity} characters. */
  static StringBuilder write(PressRelease release, int capacity) {
    StringBuilder out = new StringBuilder(capacity);
    out.append("---\ntitle: ");
    YamlText.quote(out, release.title());
    if (release.subtitle() != null) {
      out.append("\nsubtitle: ");
      YamlText.quote(out, release.subtitle());
    }
    if (release.timestamp() != null) {
      Dates.write(out, release.timestamp());
    }
    if (!release.breadcrumb().isEmpty()) {
      out.append("\nbreadcrumb:");
      for (String segment : release.breadcrumb()) {
        out.append("\n  - ");
        YamlText.quote(out, segment);
      }
    }
    if (release.language() != null) {
      out.append("\nlang: ");
      YamlText.quote(out, release.language()); // quoted: "no" is a boolean to YAML 1.1 readers
    }
    if (!release.footerActions().isEmpty()) {
      out.append("\nfooter:");
      for (FooterAction action : release.footerActions()) {
        out.append("\n  - label: ");
        YamlText.quote(out, action.label());
        if (action.target() != null) {
          out.append("\n    target: ");
          YamlText.quote(out, action.target().toString());
        }
      }
    }
    out.append("\n---\n\n# ").append(MarkdownEscaper.heading(release.title())).append('\n');
    if (!release.isPlain()) {
      RichShape.body(out, release);
      return out;
    }
    for (String paragraph : release.paragraphs()) {
      out.append('\n').append(MarkdownEscaper.paragraph(paragraph)).append('\n');
    }
    return out;
  }
}
