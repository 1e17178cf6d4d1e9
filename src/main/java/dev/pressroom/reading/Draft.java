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

  /** The blocks not yet taken for a field or dropped, in reading order. */
  final List<Block> blocks;

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

  /** Reports something repaired or dropped, at a place in the source (or {@code null}). */
  void warn(String place, String message) {
    context.warnings().accept(new ParseWarning(context.sourceName(), place, message));
  }
}
