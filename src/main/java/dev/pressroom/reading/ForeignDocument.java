package dev.pressroom.reading;

import java.util.List;
import java.util.Objects;

/**
 * The neutral form every foreign reader emits: the document's blocks in reading order and what it
 * says about itself.
 *
 * @param format the reader's format name ({@code txt}, {@code pdf}, ...), for rules that depend on
 *     how text reached us (plain text has no headings; PDF lines are hard-wrapped)
 * @param blocks the blocks in reading order
 * @param info the document's metadata
 */
public record ForeignDocument(String format, List<Block> blocks, DocumentInfo info) {

  public ForeignDocument {
    Objects.requireNonNull(format, "format");
    blocks = List.copyOf(blocks);
    info = info == null ? DocumentInfo.NONE : info;
  }
}
