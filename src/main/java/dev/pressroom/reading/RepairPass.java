package dev.pressroom.reading;

import dev.pressroom.internal.Text;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.internal.TextRepair.Repair;
import dev.pressroom.internal.TextRepair.Repaired;
import dev.pressroom.model.FooterAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The first pass: {@link TextRepair} over every block's text and every string of the {@link
 * DocumentInfo}, so that no later pass sees mojibake, stray controls, odd spaces or invisible
 * characters. A block's spans keep their places (each stretch between span bounds is repaired on
 * its own); a block left blank is dropped, as are blank breadcrumb segments and dates and actions
 * whose text is gone. Each kind of repair is warned once, at the first place it was made, with the
 * number of blocks it touched.
 */
final class RepairPass implements Pass {

  /** Per kind of repair: the first place and how many blocks or fields. */
  private static final class Seen {
    final String place;
    int count;

    Seen(String place) {
      this.place = place;
    }
  }

  @Override
  public void apply(Draft draft) {
    Map<Repair, Seen> seen = new EnumMap<>(Repair.class);
    List<Block> blocks = draft.blocks;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Block repaired = repair(block, seen);
      if (repaired.kind() != Block.Kind.RULE && Text.isBlank(repaired.text())) {
        blocks.remove(i--); // nothing visible left
      } else if (repaired != block) {
        blocks.set(i, repaired);
      }
    }
    draft.info = repair(draft.info, seen);
    for (Map.Entry<Repair, Seen> e : seen.entrySet()) {
      int n = e.getValue().count;
      draft.warn(
          e.getValue().place, e.getKey().message() + (n > 1 ? " (in " + n + " places)" : ""));
    }
  }

  private static Block repair(Block block, Map<Repair, Seen> seen) {
    String text = block.text();
    if (block.spans().isEmpty()) {
      Repaired r = TextRepair.repair(text);
      note(r, block.place(), seen);
      return r.text() == text ? block : block.withText(r.text());
    }
    // Repair each stretch between span bounds on its own, so that every span keeps its text.
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Span span : block.spans()) {
      cuts.add(Math.min(span.start(), text.length()));
      cuts.add(Math.min(span.end(), text.length()));
    }
    Map<Integer, Integer> moved = new HashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    EnumSet<Repair> kinds = EnumSet.noneOf(Repair.class);
    Integer from = null;
    for (int cut : cuts) {
      if (from != null) {
        Repaired r = TextRepair.repair(text.substring(from, cut));
        kinds.addAll(r.repairs());
        out.append(r.text());
      }
      moved.put(cut, out.length());
      from = cut;
    }
    if (kinds.isEmpty() && out.length() == text.length() && out.toString().equals(text)) {
      return block;
    }
    note(new Repaired(out.toString(), kinds), block.place(), seen);
    List<Span> spans = new ArrayList<>(block.spans().size());
    for (Span span : block.spans()) {
      int start = moved.get(Math.min(span.start(), text.length()));
      int end = moved.get(Math.min(span.end(), text.length()));
      if (end > start) {
        spans.add(new Span(start, end, span.kind(), span.target()));
      }
    }
    return new Block(
        block.kind(),
        out.toString(),
        block.level(),
        block.marker(),
        spans,
        block.layout(),
        block.place());
  }

  private static DocumentInfo repair(DocumentInfo info, Map<Repair, Seen> seen) {
    String metadata = info.titleOrigin() != null ? info.titleOrigin() : "document metadata";
    String title = info.title() == null ? null : line(info.title(), metadata, seen);
    String language = info.language() == null ? null : line(info.language(), metadata, seen);
    String producer = info.producer() == null ? null : line(info.producer(), metadata, seen);
    List<DateClaim> dates = new ArrayList<>(info.dates().size());
    for (DateClaim date : info.dates()) {
      String text = line(date.text(), date.origin(), seen);
      if (!text.isEmpty()) {
        // A value the format already read stands: the text is only what the source wrote.
        dates.add(new DateClaim(text, date.label(), date.origin(), date.value()));
      }
    }
    List<String> breadcrumb = new ArrayList<>(info.breadcrumb().size());
    for (String segment : info.breadcrumb()) {
      String text = line(segment, "breadcrumb", seen);
      if (!text.isEmpty()) {
        breadcrumb.add(text);
      }
    }
    List<FooterAction> actions = new ArrayList<>(info.actions().size());
    for (FooterAction action : info.actions()) {
      String label = line(action.label(), "footer actions", seen);
      if (!label.isEmpty()) {
        actions.add(
            label.equals(action.label()) ? action : new FooterAction(label, action.target()));
      }
    }
    return new DocumentInfo(
        title == null || title.isEmpty() ? null : title,
        info.titleOrigin(),
        info.titleAuthoritative(),
        dates,
        language == null || language.isEmpty() ? null : language,
        producer == null || producer.isEmpty() ? null : producer,
        breadcrumb,
        actions);
  }

  /** A one-line value repaired and stripped. */
  private static String line(String value, String place, Map<Repair, Seen> seen) {
    Repaired r = TextRepair.repairLine(value);
    note(r, place, seen);
    return Text.strip(r.text());
  }

  private static void note(Repaired r, String place, Map<Repair, Seen> seen) {
    for (Repair kind : r.repairs()) {
      seen.computeIfAbsent(kind, k -> new Seen(place)).count++;
    }
  }
}
