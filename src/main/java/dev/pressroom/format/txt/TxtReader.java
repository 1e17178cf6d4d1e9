package dev.pressroom.format.txt;

import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one text's {@link Line}s into a release: the header (breadcrumb, title, timestamp), the
 * trailing footer actions, then the body ({@link Body}). One instance reads one text.
 */
final class TxtReader {
  /** Lines after a banner that may still come before the real headline. */
  private static final int LOOKAHEAD = 5;

  private static final int LOOKAHEAD_WIDTH = 150;

  private final List<Line> lines;
  private final Limits limits;
  private int pos;
  private List<String> breadcrumb = List.of();
  private String title;
  private boolean titleFromLede;
  private Timestamp timestamp;
  private final List<Paragraph> paragraphs = new ArrayList<>();
  private final List<FooterAction> actions = new ArrayList<>();

  TxtReader(List<Line> lines, Limits limits) {
    this.lines = lines;
    this.limits = limits;
  }

  PressRelease read() throws ParseException {
    if (skipBlank(0) == lines.size()) {
      throw new ParseException(null, "empty input: no title");
    }
    readHeader();
    if (!titleFromLede) {
      readFront();
    }
    int end = readActions();
    Body.read(lines, pos, end, limits, paragraphs);
    if (timestamp == null) {
      timestamp = datelineDate();
    }
    if (titleFromLede) {
      title = ledeTitle();
    }
    List<String> texts = new ArrayList<>(paragraphs.size());
    for (Paragraph paragraph : paragraphs) {
      texts.add(paragraph.text());
    }
    try {
      return new PressRelease(breadcrumb, title, timestamp, null, texts, actions);
    } catch (IllegalArgumentException e) {
      throw new ParseException(null, e.getMessage());
    }
  }

  /** Skips banners, stray timestamps, contacts and furniture up to the breadcrumb and title. */
  private void readHeader() throws ParseException {
    boolean sawBanner = false;
    while (true) {
      pos = skipBlank(pos);
      if (pos == lines.size()) {
        throw ParseException.at(
            lines.size(), 0, "no title: the text has no line that can be its headline");
      }
      Line line = lines.get(pos);
      if (breadcrumb.isEmpty() && !alone(pos) && mayBeTrail(line)) {
        // Line 1 of a block of two or more: a breadcrumb if shaped like one (backslashes included,
        // as they escape within segments).
        List<String> trail = Breadcrumbs.parse(line.text);
        if (trail != null) {
          breadcrumb = trail;
          pos++;
          continue;
        }
      }
      if (line.escaped()) {
        title = line.content();
        pos++;
        return;
      }
      switch (line.kind()) {
        case BANNER -> {
          sawBanner = true;
          pos++;
        }
        case TIMESTAMP -> {
          if (timestamp == null) {
            timestamp = Timestamps.parse(line.text);
          }
          pos++;
        }
        case CONTACT -> pos = Body.contactEnd(lines, pos, lines.size());
        case END_MARK, ACTION -> pos++;
        case DATELINE -> {
          // No headline: the text opens with its lede. The title is derived from it later.
          titleFromLede = true;
          return;
        }
        default -> {
          if (breadcrumb.isEmpty()
              && skipBlank(pos + 1) < lines.size()
              && Breadcrumbs.parse(line.text) != null) {
            breadcrumb = Breadcrumbs.parse(line.text);
            pos++;
            continue;
          }
          if (sawBanner && headlineAhead()) {
            return;
          }
          title = line.text;
          pos++;
          return;
        }
      }
    }
  }

  /**
   * After a banner, a wire release may put issuer lines and the date before its headline ({@code
   * Media Release / Senator ... / May 4, 2003 / AUSTRALIA JOINS ...}). Looks over the next few
   * one-line blocks for a line in capitals; when found, it is the title, the timestamp lines passed
   * give the timestamp and the other lines passed become the first paragraphs.
   */
  private boolean headlineAhead() {
    List<Line> passed = new ArrayList<>();
    int p = pos;
    for (int n = 0; n < LOOKAHEAD && p < lines.size(); n++) {
      Line line = lines.get(p);
      if (line.escaped() || !alone(p) || Body.width(line.text) > LOOKAHEAD_WIDTH) {
        return false;
      }
      LineKind kind = line.kind();
      if (kind == LineKind.PLAIN && Headlines.allCaps(line.text)) {
        for (Line before : passed) {
          if (before.kind() == LineKind.TIMESTAMP) {
            if (timestamp == null) {
              timestamp = Timestamps.parse(before.text);
            }
          } else if (before.kind() == LineKind.PLAIN) {
            paragraphs.add(new Paragraph(before.text, before.number, false));
          }
        }
        title = line.text;
        pos = p + 1;
        return true;
      }
      if (kind != LineKind.PLAIN && kind != LineKind.TIMESTAMP && kind != LineKind.BANNER) {
        return false;
      }
      passed.add(line);
      p = skipBlank(p + 1);
    }
    return false;
  }

  /** Right after the title: a timestamp line (when none was read yet) and banners. */
  private void readFront() {
    int p = pos;
    while (true) {
      p = skipBlank(p);
      if (p == lines.size() || lines.get(p).escaped()) {
        break;
      }
      Line line = lines.get(p);
      if (line.kind() == LineKind.TIMESTAMP && timestamp == null) {
        timestamp = Timestamps.parse(line.text);
      } else if (line.kind() != LineKind.BANNER) {
        break;
      }
      p++;
    }
    pos = p;
  }

  /** Reads the trailing run of action lines (blank lines between allowed); returns its start. */
  private int readActions() {
    int end = lines.size();
    int i = lines.size() - 1;
    while (i >= pos) {
      Line line = lines.get(i);
      if (!line.blank()) {
        if (line.escaped() || line.kind() != LineKind.ACTION) {
          break;
        }
        end = i;
      }
      i--;
    }
    for (int k = end; k < lines.size(); k++) {
      if (!lines.get(k).blank()) {
        actions.add(Actions.parse(lines.get(k).text));
      }
    }
    return end;
  }

  /** The date of a dateline opening one of the first paragraphs (unless escaped), or null. */
  private Timestamp datelineDate() {
    int n = Math.min(paragraphs.size(), Classifier.DATELINE_PARAGRAPHS);
    for (int i = 0; i < n; i++) {
      Paragraph paragraph = paragraphs.get(i);
      if (!paragraph.literal()) {
        Timestamp date = Classifier.datelineDate(paragraph.text());
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private String ledeTitle() throws ParseException {
    if (paragraphs.isEmpty()) {
      throw ParseException.at(lines.size(), 0, "no title: the text has no headline and no lede");
    }
    String lede = paragraphs.get(0).text();
    DateFinder.Dateline dateline = DateFinder.dateline(lede);
    String rest = dateline == null ? "" : Text.strip(lede.substring(dateline.end()));
    return Headlines.fromLede(rest.isEmpty() ? lede : rest);
  }

  /**
   * Whether a line may be a breadcrumb: a leading backslash must be a segment escape ({@code \<},
   * {@code \>}, {@code \\}); before anything else it marks an escaped content line.
   */
  private static boolean mayBeTrail(Line line) {
    if (!line.escaped()) {
      return true;
    }
    return line.text.length() > 1 && "<>\\".indexOf(line.text.charAt(1)) >= 0;
  }

  /** Whether the line at {@code i} is a block of its own: the next line is blank or absent. */
  private boolean alone(int i) {
    return i + 1 >= lines.size() || lines.get(i + 1).blank();
  }

  private int skipBlank(int i) {
    while (i < lines.size() && lines.get(i).blank()) {
      i++;
    }
    return i;
  }
}
