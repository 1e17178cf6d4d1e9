package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.format.docx.StyleSheet.Role;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.DateWords;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a release of a document in Pressroom's own styles ({@code Release Body}, {@code Release
 * Timestamp}, ...), by style alone, so every release reads back exactly: the {@code Title}
 * paragraph is the headline (else the first heading, else the first paragraph no other style
 * claims), each styled paragraph is what its style says, empty paragraphs are skipped, and when no
 * paragraph gives a date, the core properties' {@code created} (else {@code modified}) date gives
 * the day. The body, contacts and boilerplate are read by {@link OwnBlocks}. Files Pressroom did
 * not write go through the shared reading pipeline instead ({@link DocxForeignDocument}).
 */
final class ReleaseAssembler {

  private record Entry(Block block, String text, Role role, int index) {}

  private final StyleSheet styles;
  private final String part;

  private ReleaseAssembler(StyleSheet styles, String part) {
    this.styles = styles;
    this.part = part;
  }

  /**
   * Whether the paragraphs are in Pressroom's own styles: some paragraph has a style only Pressroom
   * writes (body, timestamp, breadcrumb, action).
   */
  static boolean isOwn(List<Block> blocks, StyleSheet styles) {
    for (Block b : blocks) {
      Role role = styles.role(b.style);
      if (role == Role.BODY
          || role == Role.TIMESTAMP
          || role == Role.BREADCRUMB
          || role == Role.ACTION
          || role == Role.MORE_AT
          || role == Role.ATTRIBUTION
          || role == Role.CONTACTS_HEADING
          || role == Role.CONTACT
          || role == Role.ABOUT_HEADING
          || role == Role.BOILERPLATE
          || role == Role.FURNITURE) {
        if (!clean(b.text.toString()).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether there is a title and all text is in the built-in styles Pressroom writes ({@code
   * Title}, {@code Subtitle}, {@code Heading 2-4}, {@code List ...}, {@code Quote}): a release of a
   * headline alone, or with a body of headings, lists and quotes only, has no paragraph in a style
   * only Pressroom writes.
   */
  static boolean isTitleOnly(List<Block> blocks, StyleSheet styles) {
    boolean title = false;
    for (Block b : blocks) {
      if (clean(b.text.toString()).isEmpty()) {
        continue;
      }
      Role role = styles.role(b.style);
      switch (role) {
        case TITLE -> title = true;
        case SUBTITLE, SECTION, LIST_BULLET, LIST_BULLET_2, LIST_NUMBER, LIST_NUMBER_2, QUOTE -> {}
        default -> {
          return false;
        }
      }
    }
    return title;
  }

  static PressRelease assemble(
      List<Block> blocks,
      StyleSheet styles,
      CoreProperties core,
      CustomProperties custom,
      String part)
      throws ParseException {
    return new ReleaseAssembler(styles, part).assemble(blocks, core, custom);
  }

  private PressRelease assemble(List<Block> blocks, CoreProperties core, CustomProperties custom)
      throws ParseException {
    List<Entry> entries = entries(joinDeletedMarks(blocks));
    PressRelease.Builder release = PressRelease.builder();
    int title = titleIndex(entries);
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
    boolean printedCrumbs = false;
    for (int i = 0; i < entries.size(); i++) {
      used[i] |= entries.get(i).role == Role.FURNITURE;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).role == Role.BREADCRUMB) {
        release.breadcrumb(breadcrumb(entries.get(i)));
        used[i] = true;
        printedCrumbs = true;
        break;
      }
    }
    if (!printedCrumbs && custom.breadcrumb() != null) {
      release.breadcrumb(custom.breadcrumb()); // left off the page, kept in the properties
    }
    for (int i = 0; i < entries.size(); i++) {
      if (!used[i] && entries.get(i).role == Role.SUBTITLE) {
        release.subtitle(entries.get(i).text);
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
      } else if (e.role == Role.MORE_AT) {
        used[i] = true; // the links of the actions, which the properties hold
      }
    }
    if (actions.isEmpty() && custom.actions() != null) {
      try {
        for (CustomProperties.Action action : custom.actions()) {
          actions.add(action.toModel());
        }
      } catch (IllegalArgumentException e) {
        throw new ParseException(CustomProperties.PART, "footer action " + e.getMessage());
      }
    }
    release.footerActions(actions);
    Timestamp timestamp = timestamp(entries, used, custom.timestamp(), language(core));
    release.timestamp(timestamp != null ? timestamp : core.date());
    OwnBlocks own = new OwnBlocks(styles, part);
    for (int i = 0; i < entries.size(); i++) {
      if (!used[i]) {
        Entry e = entries.get(i);
        own.add(e.block, e.text, e.role, part + ", paragraph " + (e.index + 1));
      }
    }
    own.finish();
    release.body(own.body());
    release.contacts(own.contacts());
    release.boilerplate(own.boilerplate());
    release.language(language(core));
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

  private List<Entry> entries(List<Block> blocks) {
    List<Entry> entries = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      String text = clean(b.text.toString());
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

  private static int titleIndex(List<Entry> entries) {
    for (Role role : new Role[] {Role.TITLE, Role.HEADING}) {
      for (Entry e : entries) {
        if (e.role == role) {
          return e.index;
        }
      }
    }
    for (Entry e : entries) {
      if (canBeTitle(e)) {
        return e.index;
      }
    }
    return -1;
  }

  /** Paragraphs whose style gives them another part of the release are no headline. */
  private static boolean canBeTitle(Entry e) {
    return switch (e.role) {
      case BREADCRUMB, TIMESTAMP, DATE, ACTION, MORE_AT, BYLINE, FURNITURE -> false;
      case TITLE, HEADING -> true;
      default -> true;
    };
  }

  /**
   * The timestamp a paragraph shows: the exact one of the custom properties when the paragraph
   * still shows it in words ({@link DateWords#shows}); else the form of files written before dates
   * were in words ({@link TimestampLine}); else any date typed over it.
   */
  private Timestamp timestamp(List<Entry> entries, boolean[] used, Timestamp exact, String lang)
      throws ParseException {
    for (Entry e : entries) {
      if (e.role == Role.TIMESTAMP || e.role == Role.DATE) {
        if (exact != null
            && (DateWords.shows(e.text, exact, lang) || DateWords.shows(e.text, exact, null))) {
          used[e.index] = true;
          return exact;
        }
        Timestamp t = TimestampLine.parse(e.text);
        if (t == null) {
          DateFinder.Found typed = DateFinder.wholeLine(Text.strip(e.text));
          t = typed == null || typed.updated() ? null : typed.timestamp(); // typed over it
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
    return Text.strip(Text.forbiddenAsSpaces(s));
  }
}
