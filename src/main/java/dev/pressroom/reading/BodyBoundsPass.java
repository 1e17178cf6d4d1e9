package dev.pressroom.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the body ends and what inside it is not body:
 *
 * <ul>
 *   <li>an end mark ({@link Vocabulary#isEndMark}: {@code ###}, {@code -END-}, {@code （完）}) ends
 *       the body, and what follows (boilerplate, syndication links, a second piece) is left out; in
 *       Markdown a thematic break after body text does too;
 *   <li>a banner after body text starts a second, unrelated piece: the body ends before it;
 *   <li>a contact block ({@link Vocabulary#isContactHead}: {@code Media contact:}, {@code Contact
 *       Hiber:}, {@code Pressekontakt:}, or a heading that is only such a head: {@code ### Media
 *       contact}) leaves the body for the release's contacts ({@link Contacts}); a bare head
 *       ({@code Contacts:} alone) takes the next block with it, and the contact details after it go
 *       too (an address or number, a name line before one); in a document laid out on pages, where
 *       each line of a contact block arrives as a block, it runs to an {@code About ...} section, a
 *       heading or the end;
 *   <li>an {@code About ...} section after body text ({@link Vocabulary#isAboutHeading}, {@link
 *       Vocabulary#isAboutHead}) leaves the body for the boilerplate, up to a contact block, an end
 *       mark or a banner;
 *   <li>a byline ({@code Prepared by ...}, {@code By Jane Doe}) among the first {@value #NEAR} body
 *       blocks or the last one, and a filing reference ({@code D/Media/Out /892 /2025}) anywhere,
 *       are left out.
 * </ul>
 *
 * A document that declares its metadata only ends at end marks. Literal blocks are body.
 */
final class BodyBoundsPass implements Pass {
  static final int NEAR = 3;

  /**
   * Whether a block after a contact head, in a document laid out on pages (where each of its lines
   * arrives as a block), is still the contact block: it is until an {@code About ...} section, a
   * heading, an end mark or a banner.
   */
  private static boolean inContactPage(Block block) {
    String t = block.text();
    return block.plain()
        && block.kind() != Block.Kind.HEADING
        && !Vocabulary.isAboutHeading(t)
        && !Vocabulary.isAboutHead(t)
        && !Vocabulary.isEndMark(t)
        && !Vocabulary.isBanner(t);
  }

  /**
   * Whether the block at {@code i}, after a contact block, still belongs to it: a contact detail
   * ({@link Vocabulary#isContactDetail}), or a short line (a name and role) before one.
   */
  /** Whether a heading is a contact head and nothing else ({@code ### Media contact}). */
  private static boolean isHead(String heading) {
    int head = Vocabulary.contactHead(heading);
    return head >= 0
        && dev.pressroom.internal.Text.strip(heading.substring(head).replace(":", "")).isEmpty();
  }

  private static boolean contactDetails(List<Block> blocks, int i) {
    Block block = blocks.get(i);
    if (!block.plain() || block.kind() == Block.Kind.HEADING) {
      return false;
    }
    String t = block.text();
    if (Vocabulary.isContactDetail(t)) {
      return true;
    }
    return t.indexOf('\n') < 0
        && t.length() <= 80
        && !t.endsWith(".")
        && !Vocabulary.isAboutHeading(t)
        && i + 1 < blocks.size()
        && blocks.get(i + 1).plain()
        && Vocabulary.isContactDetail(blocks.get(i + 1).text());
  }

  @Override
  public void apply(Draft draft) {
    List<Block> blocks = draft.blocks;
    boolean text = false;
    boolean about = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String t = block.text();
      boolean plain = block.plain();
      boolean end =
          plain && Vocabulary.isEndMark(t)
              || block.kind() == Block.Kind.RULE && text && draft.format.equals("md")
              || text && plain && !draft.declared() && Vocabulary.isBanner(t);
      if (end) {
        if (blocks.size() > i + 1) {
          draft.warn(
              block.place(),
              (blocks.size() - i - 1) + " blocks after the end of the body left out");
        }
        blocks.subList(i, blocks.size()).clear();
        return;
      }
      if (about && block.kind() != Block.Kind.RULE && !(plain && Vocabulary.isContactHead(t))) {
        draft.boilerplate.add(blocks.remove(i--));
        continue;
      }
      boolean contactHeading =
          block.kind() == Block.Kind.HEADING && plain && text && !draft.declared() && isHead(t);
      if (!contactHeading && (!plain || draft.declared() || block.kind() == Block.Kind.HEADING)) {
        if (text
            && !draft.declared()
            && block.kind() == Block.Kind.HEADING
            && Vocabulary.isAboutHeading(t)) {
          about = true;
          draft.boilerplate.add(blocks.remove(i--));
          continue;
        }
        text |= !t.isBlank() && block.kind() != Block.Kind.RULE;
        continue;
      }
      int head = Vocabulary.contactHead(t);
      if (head >= 0) {
        about = false;
        List<String> lines = new ArrayList<>();
        blocks.remove(i);
        lines.add(t.substring(head));
        if (dev.pressroom.internal.Text.strip(t.substring(head)).isEmpty() && i < blocks.size()) {
          lines.add(blocks.remove(i).text());
        }
        boolean paged = block.layout().page() > 0;
        while (i < blocks.size()
            && (paged ? inContactPage(blocks.get(i)) : contactDetails(blocks, i))) {
          lines.add(blocks.remove(i).text());
        }
        draft.contactBlocks.add(lines);
        i--;
        continue;
      }
      if (text
          && !Vocabulary.isBanner(t)
          && (about || Vocabulary.isAboutHeading(t) || Vocabulary.isAboutHead(t))) {
        about = true;
        draft.boilerplate.add(blocks.remove(i--));
        continue;
      }
      int body = i - draft.bodyStart();
      boolean near = body < NEAR || i == blocks.size() - 1;
      if (Vocabulary.isReference(t) || near && Vocabulary.isByline(t)) {
        blocks.remove(i--);
        draft.warn(block.place(), "byline or reference left out: \"" + t + "\"");
        continue;
      }
      text |= !t.isBlank() && block.kind() != Block.Kind.RULE;
    }
  }
}
