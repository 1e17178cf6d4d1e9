package dev.pressroom.reading;

import dev.pressroom.model.Inline;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.ListItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The body's neutral blocks as the model's blocks: a heading stays a heading (levels 1 to 6 kept
 * within 2 to 4), list items that follow one another make a list (numbered when their marker is,
 * deeper items nested under the item before them), quotation blocks that follow one another make
 * one quote (its attribution is a quote block marked {@code —}, or its last paragraph when that is
 * plain text opening with a dash and a space: {@code — Jane Doe, Mayor}), and everything else is a
 * paragraph. Emphasis, strong text and links the source marked are kept when the block's text is as
 * the source gave it; a link to any target but an absolute {@code http}, {@code https} or {@code
 * mailto} URI keeps its text and loses the link.
 */
final class ModelBlocks {
  private final List<dev.pressroom.model.Block> out = new ArrayList<>();
  private boolean listOrdered;
  private List<ListItem> items;
  private List<dev.pressroom.model.Block.Paragraph> quote;
  private String attribution;
  private List<Inline> lastItem;
  private boolean nestedOrdered;
  private List<ListItem> nested;

  private ModelBlocks() {}

  /** One source block with its final text; {@code spans} hold only when the text is unchanged. */
  record Item(Block block, String text, boolean spansHold) {}

  static List<dev.pressroom.model.Block> of(List<Item> blocks) {
    ModelBlocks mapper = new ModelBlocks();
    for (Item item : blocks) {
      mapper.add(item);
    }
    mapper.closeList();
    mapper.closeQuote();
    return mapper.out;
  }

  private void add(Item item) {
    Block block = item.block();
    List<Inline> content = inline(item);
    if (block.kind() == Block.Kind.LIST_ITEM) {
      closeQuote();
      boolean ordered = isOrdered(block.marker());
      if (block.level() > 0 && items != null && lastItem != null) {
        if (nested == null) {
          nested = new ArrayList<>();
          nestedOrdered = ordered;
        }
        nested.add(new ListItem(content, null));
        return;
      }
      if (items != null && ordered != listOrdered) {
        closeList();
      }
      if (items == null) {
        items = new ArrayList<>();
        listOrdered = ordered;
      }
      closeItem();
      lastItem = content;
      return;
    }
    closeList();
    if (block.kind() == Block.Kind.QUOTE) {
      if (quote != null && attribution != null) {
        closeQuote(); // a quote's attribution ends it
      }
      if (quote == null) {
        quote = new ArrayList<>();
      }
      if (ATTRIBUTION.equals(block.marker())) {
        attribution = withoutDash(Inline.plainText(content));
      } else {
        quote.add(new dev.pressroom.model.Block.Paragraph(content));
      }
      return;
    }
    closeQuote();
    if (block.kind() == Block.Kind.HEADING) {
      out.add(
          new dev.pressroom.model.Block.Heading(Math.max(2, Math.min(4, block.level())), content));
    } else {
      out.add(new dev.pressroom.model.Block.Paragraph(content));
    }
  }

  private void closeItem() {
    if (lastItem != null) {
      items.add(
          new ListItem(
              lastItem,
              nested == null
                  ? null
                  : new dev.pressroom.model.Block.ItemList(nestedOrdered, nested)));
      lastItem = null;
      nested = null;
    }
  }

  private void closeList() {
    if (items != null) {
      closeItem();
      out.add(new dev.pressroom.model.Block.ItemList(listOrdered, items));
      items = null;
    }
  }

  private void closeQuote() {
    if (quote != null) {
      int last = quote.size() - 1;
      if (attribution == null && last > 0) {
        List<Inline> content = quote.get(last).content();
        if (content.size() == 1
            && content.get(0) instanceof Inline.Text t
            && withoutDash(t.value()) != t.value()) {
          attribution = withoutDash(t.value());
          quote.remove(last);
        }
      }
      if (quote.isEmpty()) {
        if (attribution != null) {
          out.add(dev.pressroom.model.Block.Paragraph.of(attribution));
        }
      } else {
        out.add(
            new dev.pressroom.model.Block.Quote(
                quote, attribution == null || attribution.isEmpty() ? null : attribution));
      }
      quote = null;
      attribution = null;
    }
  }

  /** The marker of a quote block that is the quote's attribution line. */
  static final String ATTRIBUTION = "\u2014";

  /**
   * {@code line} without the dash that opens an attribution ({@code — Name}, {@code – Name}, {@code
   * -- Name}); the same string when it opens with none.
   */
  private static String withoutDash(String line) {
    for (String dash : new String[] {"\u2014 ", "\u2013 ", "\u2015 ", "-- ", "- "}) {
      if (line.startsWith(dash)) {
        return line.substring(dash.length()).strip();
      }
    }
    return line;
  }

  /** Whether a list marker numbers its item: {@code 1.}, {@code 2)}, {@code a.}, {@code iv.}. */
  static boolean isOrdered(String marker) {
    if (marker == null || marker.isEmpty()) {
      return false;
    }
    char first = marker.charAt(0);
    return Character.isDigit(first)
        || (Character.isLetter(first) && (marker.endsWith(".") || marker.endsWith(")")));
  }

  private static List<Inline> inline(Item item) {
    String text = item.text();
    List<Span> spans = item.block().spans();
    if (!item.spansHold() || spans.isEmpty()) {
      return Inline.text(text);
    }
    int n = text.length();
    boolean[] em = new boolean[n];
    boolean[] strong = new boolean[n];
    URI[] href = new URI[n];
    for (Span span : spans) {
      int end = Math.min(span.end(), n);
      URI target = span.kind() == Span.Kind.LINK ? LinkTargets.allowedOrNull(span.target()) : null;
      for (int i = Math.min(span.start(), n); i < end; i++) {
        switch (span.kind()) {
          case EMPHASIS -> em[i] = true;
          case STRONG -> strong[i] = true;
          case LINK -> {
            if (href[i] == null) {
              href[i] = target;
            }
          }
        }
      }
    }
    List<Inline> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || em[i] != em[start] || strong[i] != strong[start] || href[i] != href[start]) {
        Inline piece = new Inline.Text(text.substring(start, i));
        if (em[start]) {
          piece = new Inline.Emphasis(List.of(piece));
        }
        if (strong[start]) {
          piece = new Inline.Strong(List.of(piece));
        }
        if (href[start] != null) {
          piece = new Inline.Link(List.of(piece), href[start]);
        }
        pieces.add(piece);
        start = i;
      }
    }
    return Inline.canonical(pieces);
  }
}
