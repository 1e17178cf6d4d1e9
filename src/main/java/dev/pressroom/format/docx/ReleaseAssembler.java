package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.format.docx.StyleSheet.Role;
import dev.pressroom.internal.LanguageDetector;
import dev.pressroom.internal.Text;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.reading.Vocabulary;
import dev.pressroom.spi.ParseContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a release of the paragraphs a person sees, by their styles first and by heuristics for
 * files Pressroom did not write.
 *
 * <p>A document that uses Pressroom's styles ({@code Release Body}, {@code Release Timestamp}, ...)
 * is read by style alone: the {@code Title} paragraph is the headline, each styled paragraph is
 * what its style says, so every release reads back exactly. Otherwise:
 *
 * <ul>
 *   <li>headline: the first {@code Title} paragraph, else the first {@code Heading 1} (or outline
 *       level 1), else the first short (at most 200 characters) paragraph among the first five that
 *       is all bold or set at least 1.25 times the body size, else the first paragraph, unless it
 *       is too long for a headline (over 200 characters) and the core properties give a title: then
 *       that title, and the lead paragraph stays body;
 *   <li>timestamp: a paragraph in the {@code Date} style (pandoc), else a paragraph that is only a
 *       date, before the headline or among the three after it, else a dateline opening the first
 *       body paragraph ({@code WASHINGTON, Oct. 27, 2023 --}), which stays in the paragraph;
 *   <li>lines such as {@code FOR IMMEDIATE RELEASE} before the headline, and bylines in the {@code
 *       Author} style, are left out.
 * </ul>
 *
 * In both cases empty paragraphs are skipped, and when nothing visible gives a date, the core
 * properties' {@code created} (else {@code modified}) date gives the day.
 */
final class ReleaseAssembler {

  private record Entry(Block block, String text, Role role, int index) {}

  private final StyleSheet styles;
  private final String part;
  private final ParseContext context;

  /** The repairs made to a document Pressroom did not write, warned once each at the end. */
  private final Set<TextRepair.Repair> repairs = EnumSet.noneOf(TextRepair.Repair.class);

  private ReleaseAssembler(StyleSheet styles, String part, ParseContext context) {
    this.styles = styles;
    this.part = part;
    this.context = context;
  }

  static PressRelease assemble(
      List<Block> blocks, StyleSheet styles, CoreProperties core, String part, ParseContext context)
      throws ParseException {
    return new ReleaseAssembler(styles, part, context).assemble(blocks, core);
  }

  private PressRelease assemble(List<Block> blocks, CoreProperties core) throws ParseException {
    List<Block> joined = joinDeletedMarks(blocks);
    boolean ours = false;
    for (Entry e : entries(joined, false)) {
      ours |=
          e.role == Role.BODY
              || e.role == Role.TIMESTAMP
              || e.role == Role.BREADCRUMB
              || e.role == Role.ACTION;
    }
    // Pressroom's own files are read exactly; in others, damaged text is repaired first.
    List<Entry> entries = ours ? entries(joined, false) : entries(joined, true);
    PressRelease.Builder release = PressRelease.builder();
    boolean coreTitle = core.title() != null && !clean(core.title()).isEmpty();
    int title = titleIndex(entries, ours, coreTitle);
    if (title < 0) {
      String fromCore = core.title() == null ? "" : clean(core.title());
      if (fromCore.isEmpty()) {
        throw new ParseException(
            part, "no text: the document has no paragraph to take a title from");
      }
      release.title(fromCore);
    } else {
      release.title(entries.get(title).text);
    }
    boolean[] used = new boolean[entries.size()];
    if (title >= 0) {
      used[title] = true;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).role == Role.BREADCRUMB) {
        release.breadcrumb(breadcrumb(entries.get(i)));
        used[i] = true;
        break;
      }
    }
    List<FooterAction> actions = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e.role == Role.ACTION) {
        actions.add(new FooterAction(e.text, uri(e.block.link)));
        used[i] = true;
      } else if (e.role == Role.BYLINE && !ours) {
        used[i] = true;
      }
    }
    release.footerActions(actions);
    Timestamp timestamp = timestamp(entries, title, used, ours);
    release.timestamp(timestamp != null ? timestamp : core.date());
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (!used[i] && (ours || i > title || !Vocabulary.isBanner(e.text))) {
        paragraphs.add(e.text);
      }
    }
    release.paragraphs(paragraphs);
    if (ours) {
      release.language(language(core));
    } else {
      String declared = core.language() != null ? core.language() : styles.language();
      String text = String.join("\n", paragraphs);
      if (title >= 0) {
        text = entries.get(title).text + "\n" + text;
      }
      release.language(LanguageDetector.choose(declared, text, this::warn));
      for (TextRepair.Repair repair : repairs) {
        warn(repair.message());
      }
    }
    try {
      return release.build();
    } catch (IllegalArgumentException e) {
      throw new ParseException(part, e.getMessage());
    }
  }

  /** Accepting a deleted paragraph mark joins the paragraph with the next one. */
  static List<Block> joinDeletedMarks(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    Block carry = null;
    for (Block b : blocks) {
      if (carry != null) {
        b.text.insert(0, carry.text);
        b.pieces.addAll(0, carry.pieces);
        b.anyText |= carry.anyText;
        carry = null;
      }
      if (b.markDeleted) {
        carry = b;
      } else {
        out.add(b);
      }
    }
    if (carry != null) {
      out.add(carry);
    }
    return out;
  }

  private void warn(String message) {
    context.warnings().accept(new ParseWarning(context.sourceName(), part, message));
  }

  private List<Entry> entries(List<Block> blocks, boolean repair) {
    List<Entry> entries = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String raw = b.text.toString();
      if (repair) {
        TextRepair.Repaired repaired = TextRepair.repairDamage(raw);
        repairs.addAll(repaired.repairs());
        raw = repaired.text();
      }
      String text = clean(raw);
      if (!text.isEmpty()) {
        Role role = styles.role(b.style);
        if (role == Role.OTHER && b.outline == 0) {
          role = Role.HEADING;
        }
        entries.add(new Entry(b, text, role, entries.size()));
      }
    }
    return entries;
  }

  private int titleIndex(List<Entry> entries, boolean ours, boolean coreTitle) {
    for (Role role : new Role[] {Role.TITLE, Role.HEADING}) {
      for (Entry e : entries) {
        if (e.role == role) {
          return e.index;
        }
      }
    }
    if (!ours) {
      int large = styles.defaultSize() * 5 / 4;
      for (int i = 0; i < Math.min(5, entries.size()); i++) {
        Entry e = entries.get(i);
        Block b = e.block;
        if (canBeTitle(e) && b.isShort() && b.anyText && (b.allBold || b.maxSize >= large)) {
          return i;
        }
      }
    }
    for (Entry e : entries) {
      if (canBeTitle(e)) {
        // A lead too long for a headline stays body when the properties name the document.
        return !ours && coreTitle && !e.block.isShort() ? -1 : e.index;
      }
    }
    return -1;
  }

  /** Paragraphs whose style gives them another part of the release are no headline. */
  private static boolean canBeTitle(Entry e) {
    return switch (e.role) {
      case BREADCRUMB, TIMESTAMP, DATE, ACTION, BYLINE -> false;
      case TITLE, HEADING -> true;
      default -> !Vocabulary.isBanner(e.text);
    };
  }

  private Timestamp timestamp(List<Entry> entries, int title, boolean[] used, boolean ours)
      throws ParseException {
    for (Entry e : entries) {
      if (e.role == Role.TIMESTAMP || e.role == Role.DATE) {
        Timestamp t = TimestampLine.parse(e.text);
        if (t == null) {
          t = DateLines.wholeLine(e.text);
        }
        if (t == null && e.role == Role.TIMESTAMP) {
          throw new ParseException(
              part + ", paragraph " + (e.index + 1),
              "the Release Timestamp paragraph shows no date: \"" + e.text + "\"");
        }
        if (t != null) {
          used[e.index] = true;
          return t;
        }
      }
    }
    if (ours) {
      return null;
    }
    for (int i = 0; i < Math.min(entries.size(), title + 4); i++) {
      if (!used[i]) {
        Timestamp t = DateLines.wholeLine(entries.get(i).text);
        if (t != null) {
          used[i] = true;
          return t;
        }
      }
    }
    for (int i = title + 1; i < entries.size(); i++) {
      if (!used[i]) {
        return DateLines.dateline(entries.get(i).text);
      }
    }
    return null;
  }

  private List<String> breadcrumb(Entry e) {
    List<String> segments = new ArrayList<>();
    boolean styled = false;
    for (Block.Piece p : e.block.pieces) {
      String name = p.charStyle() == null ? "" : styles.name(p.charStyle());
      styled |= name.startsWith("release breadcrumb");
    }
    if (styled) {
      StringBuilder segment = new StringBuilder();
      for (Block.Piece p : e.block.pieces) {
        String name = p.charStyle() == null ? "" : styles.name(p.charStyle());
        if (name.equals("release breadcrumb separator")) {
          add(segments, segment.toString());
          segment.setLength(0);
        } else {
          segment.append(p.text());
        }
      }
      add(segments, segment.toString());
    } else {
      for (String s : e.text.split("[>›»]")) {
        add(segments, s);
      }
    }
    return segments;
  }

  private static void add(List<String> segments, String segment) {
    String s = clean(segment);
    if (!s.isEmpty()) {
      segments.add(s);
    }
  }

  private String language(CoreProperties core) {
    String lang = core.language() == null ? null : core.language().strip();
    if (Text.isLanguageTag(lang)) {
      return lang;
    }
    return Text.isLanguageTag(styles.language()) ? styles.language() : null;
  }

  /**
   * A hyperlink's target, or {@code null} when it is not an allowed link target: the label stays.
   */
  private static URI uri(String target) {
    return LinkTargets.allowedOrNull(target);
  }

  /** Valid model text: forbidden characters become spaces, whitespace is trimmed. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean lone = Character.isSurrogate(s.charAt(i)) && n == 1;
      if (lone || Text.isForbidden(cp)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append(' ');
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return Text.strip(out == null ? s : out.toString());
  }
}
