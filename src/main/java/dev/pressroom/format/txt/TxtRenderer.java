package dev.pressroom.format.txt;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
   * What a text file keeps of {@code release}: everything but the language, and emphasis and strong
   * text become plain text (their words are kept, links too).
   */
  @Override
  public PressRelease carried(PressRelease release) {
    PressRelease plain = release.withoutLanguage();
    if (release.isPlain()) {
      return plain;
    }
    return plain.toBuilder()
        .body(flattened(release.body()))
        .boilerplate(flattened(release.boilerplate()))
        .build();
  }

  private static List<Block> flattened(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      out.add(flattened(block));
    }
    return out;
  }

  private static Block flattened(Block block) {
    if (block instanceof Block.Paragraph p) {
      return new Block.Paragraph(InlineText.flattened(p.content()));
    } else if (block instanceof Block.Heading h) {
      return new Block.Heading(h.level(), InlineText.flattened(h.content()));
    } else if (block instanceof Block.ItemList list) {
      return flattened(list);
    } else {
      Block.Quote q = (Block.Quote) block;
      List<Block.Paragraph> paragraphs = new ArrayList<>(q.paragraphs().size());
      for (Block.Paragraph p : q.paragraphs()) {
        paragraphs.add(new Block.Paragraph(InlineText.flattened(p.content())));
      }
      return new Block.Quote(paragraphs, q.attribution());
    }
  }

  private static Block.ItemList flattened(Block.ItemList list) {
    List<ListItem> items = new ArrayList<>(list.items().size());
    for (ListItem item : list.items()) {
      items.add(
          new ListItem(
              InlineText.flattened(item.content()),
              item.sublist() == null ? null : flattened(item.sublist())));
    }
    return new Block.ItemList(list.ordered(), items);
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    out.write(text(release).getBytes(StandardCharsets.UTF_8));
  }

  /** What the subtitle's line begins with: an em dash and a space. */
  static final String SUBTITLE = "\u2014 ";

  /** The text {@link #render} writes. */
  static String text(PressRelease release) {
    StringBuilder out = new StringBuilder(4096);
    boolean hasBreadcrumb = !release.breadcrumb().isEmpty();
    if (hasBreadcrumb) {
      out.append(Breadcrumbs.format(release.breadcrumb())).append('\n');
    }
    String title = release.title();
    String subtitle = release.subtitle();
    line(out, title, Classifier.titleNeedsEscape(title));
    if (subtitle != null) {
      out.append(SUBTITLE).append(subtitle).append('\n');
    }
    boolean hasTimestamp = release.timestamp() != null;
    if (hasTimestamp) {
      out.append('\n').append(Timestamps.format(release.timestamp())).append('\n');
    }
    blocks(out, release.body(), hasTimestamp, 0);
    List<Contact> contacts = release.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      out.append('\n');
      if (i == 0) {
        out.append(contacts.size() == 1 ? PlainShape.CONTACT_HEAD : PlainShape.CONTACTS_HEAD)
            .append('\n');
      }
      PlainShape.contactLines(out, contacts.get(i));
    }
    if (!release.boilerplate().isEmpty()) {
      out.append('\n').append(PlainShape.ABOUT).append('\n');
      blocks(out, release.boilerplate(), true, Classifier.DATELINE_PARAGRAPHS);
    }
    if (!release.footerActions().isEmpty()) {
      out.append('\n');
      for (FooterAction action : release.footerActions()) {
        out.append(Actions.format(action)).append('\n');
      }
    }
    return out.toString();
  }

  private static void blocks(StringBuilder out, List<Block> blocks, boolean hasTimestamp, int at) {
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      out.append('\n');
      if (block instanceof Block.Paragraph p) {
        String paragraph = InlineText.write(InlineText.flattened(p.content()));
        line(out, paragraph, Classifier.paragraphNeedsEscape(paragraph, hasTimestamp, at + i));
      } else {
        PlainShape.lines(out, block);
      }
    }
  }

  private static void line(StringBuilder out, String text, boolean escape) {
    if (escape) {
      out.append('\\');
    }
    out.append(text).append('\n');
  }
}
