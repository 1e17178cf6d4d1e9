package dev.pressroom.reading;

import dev.pressroom.ParseWarning;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The release being assembled: the blocks still to place and the fields decided so far. Passes read
 * and change it in order; what a pass takes out of {@link #blocks} for a field (a title, a date
 * line) or drops (a banner, furniture) is no longer body.
 */
final class Draft {
  final String format;

  /** What the document says about itself; the repair pass replaces it with its repaired form. */
  DocumentInfo info;

  final ParseContext context;

  /** The place of the document's last block, where an error about the whole text points. */
  final String lastPlace;

  /** The blocks not yet taken for a field or dropped, in reading order. */
  final List<Block> blocks;

  /** Whether a banner was dropped from the head ({@link BannerPass}). */
  boolean sawBanner;

  /**
   * How many of {@link #blocks} stand before the body: masthead lines left around the title (a date
   * line, an issuer line) that the timestamp pass may read and the body-bounds pass drops. Set by
   * {@link TitlePass}.
   */
  int head;

  List<String> breadcrumb = List.of();
  String title;
  Timestamp timestamp;
  String language;
  final List<FooterAction> actions = new ArrayList<>();

  /** The lines of each contact block taken out of the body, in order. */
  final List<List<String>> contactBlocks = new ArrayList<>();

  /** The blocks of an {@code About ...} section taken out of the body, in order. */
  final List<Block> boilerplate = new ArrayList<>();

  Draft(ForeignDocument document, ParseContext context) {
    this.format = document.format();
    this.info = document.info();
    this.context = context;
    this.blocks = new ArrayList<>(document.blocks());
    this.lastPlace = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1).place();
  }

  /**
   * Whether the document declares its metadata by its format's own convention (Markdown front
   * matter): then the passes do not look for a title, date, banner or contact block in its text,
   * which a person or tool wrote deliberately.
   */
  boolean declared() {
    return info.titleAuthoritative();
  }

  /** The index of the first body block: the first block after the {@link #head}. */
  int bodyStart() {
    return Math.min(head, blocks.size());
  }

  /** Reports something repaired or dropped, at a place in the source (or {@code null}). */
  void warn(String place, String message) {
    context.warnings().accept(new ParseWarning(context.sourceName(), place, message));
  }
}
