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
 * above the title; the timestamp ({@code 2024-06}, {@code 2023-10-28}, {@code 2023-10-28 13:25},
 * {@code 2023-10-28 13:25:07}, with {@code +08:00 [Asia/Shanghai]} after it when set), the body's
 * blocks and the block of footer actions ({@code <Label>} or {@code <Label> https://...}) follow,
 * each after one blank line. A release of version 1 is written exactly as before.
 *
 * <p><b>The plain shape of version 2.</b> Every block is a run of lines with one blank line before
 * it, so a block's shape, not its words, says what it is:
 *
 * <pre>
 * Harbour Opens New Ferry Terminal
 * — Two berths and a waiting hall               subtitle: the line under the title, after "— "
 *
 * 2023-10-28
 *
 * The terminal opens on Monday; see [the plan] &lt;https://example.org/plan&gt;.
 *
 * Highlights                                   heading: its line, underlined with
 * ==========                                   = (level 2), - (level 3) or ~ (level 4)
 *
 * • Two berths                                 list: "• " items, or "1. ", "2. " when numbered;
 *   1. for cars                                a nested item indented to its parent's text
 * • A waiting hall
 *
 * &gt; We waited ten years.                        quote: each paragraph after "&gt; ", a line "&gt;"
 * &gt;                                             between two paragraphs, the attribution last
 * &gt; Now.                                        after "— "
 * — Jane Doe, Mayor
 *
 * Media contacts:                              contacts: "Media contact:" (one) or "Media
 * Name: Jane Doe                               contacts:" (several), then each contact as one
 * Role: Press Officer                          labelled line per part it has, in the order Name,
 * Email: press@example.org                     Role, Organization, Email, Phone, Web; a blank
 *                                              line between two contacts
 * Organization: Port Authority
 * Phone: (202) 555-0100
 *
 * About the organization:                      boilerplate: its blocks follow this line
 *
 * The City of Example runs the harbour.
 * </pre>
 *
 * <p>Why these: a heading underlined with {@code =}/{@code -}/{@code ~} is how plain text (and
 * Setext, reStructuredText) marks headings, and the underline keeps a heading from being read as a
 * paragraph without a character in its text; {@code •} and {@code 1.} are the bullets people type
 * and mail shows; {@code > } is mail's quoting; the em dash before a deck or a speaker is the
 * typographer's. Contacts are labelled, one part a line, because a name, a role and an organization
 * cannot be told apart by their look: the labels read back exactly which part is which, need no
 * escape (a part is the rest of its line) and are the labels the lenient reader knows ({@code
 * Email:}, {@code Phone:}, {@code Web:}). The boilerplate's line is an {@code About ...:} head, the
 * convention the shared reading recognises for boilerplate, so a copy edited by hand still puts it
 * there.
 *
 * <p><b>Inline content.</b> Plain text shows no emphasis: emphasis and strong text are written as
 * their words, and {@link #carried} makes them plain text. A link is written {@code [label]
 * <https://...>}, or {@code <https://...>} alone when its text is its target, so that its target is
 * kept where plain-text readers and mail show one. Text that would read as a link has its bracket
 * escaped with a backslash ({@code \[}, {@code \<}); backslashes right before such a bracket or a
 * link are doubled; inside a label {@code [}, {@code ]} and {@code \} are escaped. Any other
 * backslash is itself, so text without links is written as it is.
 *
 * <p><b>What is not carried</b> ({@link #carried}): the language, and emphasis and strong text
 * (their words are kept). Everything else reads back exactly.
 *
 * <p><b>Escape rule.</b> A title or paragraph that would be misread is written with one leading
 * backslash, which the parser removes: one that begins with a backslash; one that reads as a footer
 * action, a timestamp in any accepted shape, a banner ({@code FOR IMMEDIATE RELEASE}, {@code Media
 * Release}), an end mark ({@code ###}, {@code -END-}, {@code -30-}) or a contact head ({@code Media
 * contact:}); a paragraph that begins like a list item ({@code • }, {@code 1. }) or a quote ({@code
 * > }, or is {@code >}), or is the line before the contacts or the boilerplate ({@code Media
 * contacts:}, {@code About the organization:}); a title that opens with a dateline, looks like a
 * breadcrumb or begins like the subtitle line ({@code — }); and a paragraph among the first three
 * that opens with a dated dateline when the release has no timestamp. Headings, list items, quote
 * lines, attributions and contact parts need no escape: their place in their block says what they
 * are. Breadcrumb segments and action labels escape {@code >}, {@code <} and {@code \} with a
 * backslash. The decision is {@link Classifier}'s, the same code the parser reads with.
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
    return write(release).toString();
  }

  /** The text {@link #render} writes, in a builder. */
  static StringBuilder write(PressRelease release) {
    StringBuilder out = new StringBuilder(8192);
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
    return out;
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
