package dev.pressroom.format.txt;

import dev.pressroom.internal.PlainLines;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the seed's plain-text shape, UTF-8 with {@code \n} line ends and one trailing newline:
 *
 * <pre>
 * HOME &gt; News &amp; Events
 * Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken
 *
 * 2023-10-28 13:25
 *
 * From October 26 to 27, 2023 local time, ...
 *
 * The two sides also had an exchange of views on ...
 *
 * &lt;Suggest To A Friend&gt;
 * &lt;Print&gt;
 * </pre>
 *
 * <p>The breadcrumb line (left out when empty; one segment is written {@code HOME >}) stands right
 * above the title; the timestamp ({@code 2023-10-28}, {@code 2023-10-28 13:25}, {@code 2023-10-28
 * 13:25:07}, with {@code +08:00 [Asia/Shanghai]} after it when set), the paragraphs and the block
 * of footer actions ({@code <Label>} or {@code <Label> https://...}) follow, each after a blank
 * line. The language is not written: {@link #carried} drops it.
 *
 * <p><b>Escape rule.</b> A title or paragraph that would be misread is written with one leading
 * backslash, which the parser removes: one that begins with a backslash; one that reads as a footer
 * action, a timestamp in any accepted shape, a banner ({@code FOR IMMEDIATE RELEASE}, {@code Media
 * Release}), an end mark ({@code ###}, {@code -END-}, {@code -30-}) or a contact head ({@code Media
 * contact:}); a title that opens with a dateline or looks like a breadcrumb; and a paragraph among
 * the first three that opens with a dated dateline when the release has no timestamp. Breadcrumb
 * segments and action labels escape {@code >}, {@code <} and {@code \} with a backslash. The
 * decision is {@link Classifier}'s, the same code the parser reads with.
 */
public final class TxtRenderer implements ReleaseRenderer {

  /** A renderer; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public TxtRenderer() {}

  @Override
  public String format() {
    return "txt";
  }

  @Override
  public String extension() {
    return "txt";
  }

  /**
   * Plain text has no place for a language; the subtitle, contacts and boilerplate are written as
   * plain paragraphs ({@link PlainLines}), and the body's structure as its lines.
   */
  @Override
  public PressRelease carried(PressRelease release) {
    return PlainLines.flattened(release).withoutLanguage();
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    out.write(text(release).getBytes(StandardCharsets.UTF_8));
  }

  /** The text {@link #render} writes. */
  static String text(PressRelease release) {
    StringBuilder out = new StringBuilder(4096);
    if (!release.breadcrumb().isEmpty()) {
      out.append(Breadcrumbs.format(release.breadcrumb())).append('\n');
    }
    String title = release.title();
    line(out, title, Classifier.titleNeedsEscape(title));
    boolean hasTimestamp = release.timestamp() != null;
    if (hasTimestamp) {
      out.append('\n').append(Timestamps.format(release.timestamp())).append('\n');
    }
    List<String> paragraphs = PlainLines.of(release);
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      out.append('\n');
      line(out, paragraph, Classifier.paragraphNeedsEscape(paragraph, hasTimestamp, i));
    }
    if (!release.footerActions().isEmpty()) {
      out.append('\n');
      for (FooterAction action : release.footerActions()) {
        out.append(Actions.format(action)).append('\n');
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text, boolean escape) {
    if (escape) {
      out.append('\\');
    }
    out.append(text).append('\n');
  }
}
