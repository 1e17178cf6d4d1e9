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
  final DocumentInfo info;
  final ParseContext context;

  /** The blocks not yet taken for a field or dropped, in reading order. */
  final List<Block> blocks;

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

  /** The body's paragraphs, filled by the last passes from what is left of {@link #blocks}. */
  final List<String> paragraphs = new ArrayList<>();

  Draft(ForeignDocument document, ParseContext context) {
    this.format = document.format();
    this.info = document.info();
    this.context = context;
    this.blocks = new ArrayList<>(document.blocks());
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
