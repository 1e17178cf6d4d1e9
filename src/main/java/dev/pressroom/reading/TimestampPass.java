package dev.pressroom.reading;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import dev.pressroom.model.Timestamp.Precision;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the release was published, in this order:
 *
 * <ol>
 *   <li>a {@link DateClaim.Label#PUBLISHED} date the document states outside its text (front
 *       matter, JSON-LD); a document that {@linkplain Draft#declared() declares} its metadata is
 *       not searched further;
 *   <li>a date line in the head or among the first {@value #AFTER_TITLE} blocks after the title: a
 *       block that is only a date ({@link #dateLine}), perhaps after a published label ({@code
 *       Published:}, {@code Veröffentlicht am}); the block is dropped. A line labelled as an update
 *       ({@code Updated:}, {@code Aktualisiert am}) is dropped and never taken as the publication
 *       date;
 *   <li>the date at the end of a byline there ({@code Prepared by Aubrey Moore, May 23, 2021}), the
 *       byline left for the body bounds;
 *   <li>the date of a dateline opening one of the first {@value #DATELINE_BLOCKS} body blocks
 *       ({@code WASHINGTON, Oct. 27, 2023 --}), at day precision; the dateline stays in the text;
 *   <li>the day the file was made ({@link DateClaim.Label#FILE_CREATED}), else last saved ({@link
 *       DateClaim.Label#FILE_MODIFIED}): only the day, since the moment a file was saved (often a
 *       later re-save) is not when the release was published.
 * </ol>
 *
 * Dates are read by {@link DateFinder}; a whole-line date may also carry {@code AM}/{@code PM}, an
 * offset ({@code +08:00}, {@code Z}, {@code UTC}) and a zone in brackets.
 */
final class TimestampPass implements Pass {
  static final int AFTER_TITLE = 3;
  static final int DATELINE_BLOCKS = 3;

  private static final Pattern TAIL =
      Pattern.compile(
          "(?: ?(?<ap>[ap])\\.?m\\.?)?(?: ?(?<off>Z|UTC|GMT|[+-]\\d{2}:\\d{2}))?"
              + "(?: ?\\[(?<zone>[A-Za-z][A-Za-z0-9_+\\-/]*)])?",
          Pattern.CASE_INSENSITIVE);

  @Override
  public void apply(Draft draft) {
    for (DateClaim claim : draft.info.dates()) {
      if (claim.label() == DateClaim.Label.PUBLISHED) {
        Timestamp t = claim.value() != null ? claim.value() : claimed(claim.text());
        if (t != null) {
          draft.timestamp = t;
          break;
        }
      }
    }
    if (draft.timestamp != null || draft.declared()) {
      return;
    }
    int end = Math.min(draft.blocks.size(), draft.bodyStart() + AFTER_TITLE);
    for (int i = 0; i < end; i++) {
      Block block = draft.blocks.get(i);
      if (!block.plain() || block.text().indexOf('\n') >= 0) {
        continue;
      }
      String text = block.text();
      Vocabulary.DateLabel label = Vocabulary.dateLabel(text);
      Timestamp date = dateLine(label == null ? text : text.substring(label.end()));
      if (date != null) {
        draft.blocks.remove(i);
        if (i < draft.head) {
          draft.head--;
        }
        i--;
        end--;
        if (label != null && label.label() == DateClaim.Label.MODIFIED) {
          draft.warn(block.place(), "an update date left out: \"" + text + "\"");
        } else if (draft.timestamp == null) {
          draft.timestamp = date;
        }
      } else if (draft.timestamp == null && Vocabulary.isByline(text)) {
        DateFinder.Found found = DateFinder.find(text);
        if (found != null && Text.strip(text.substring(found.end())).isEmpty()) {
          draft.timestamp = found.timestamp();
        }
      }
    }
    if (draft.timestamp != null) {
      return;
    }
    int from = draft.bodyStart();
    for (int i = from; i < Math.min(draft.blocks.size(), from + DATELINE_BLOCKS); i++) {
      Block block = draft.blocks.get(i);
      if (block.plain()) {
        Datelines.Dateline dateline = Datelines.find(LineJoinPass.join(draft.format, block.text()));
        if (dateline != null && dateline.date() != null) {
          draft.timestamp = dateline.date();
          return;
        }
      }
    }
    draft.timestamp = fileDay(draft.info, DateClaim.Label.FILE_CREATED);
    if (draft.timestamp == null) {
      draft.timestamp = fileDay(draft.info, DateClaim.Label.FILE_MODIFIED);
    }
  }

  /** The day of the first file date with {@code label}, or {@code null}. */
  private static Timestamp fileDay(DocumentInfo info, DateClaim.Label label) {
    for (DateClaim claim : info.dates()) {
      if (claim.label() == label) {
        Timestamp t = claim.value() != null ? claim.value() : claimed(claim.text());
        if (t != null) {
          return Timestamp.ofDate(t.date());
        }
      }
    }
    return null;
  }

  private static Timestamp claimed(String text) {
    Timestamp whole = dateLine(Text.strip(text));
    if (whole != null) {
      return whole;
    }
    DateFinder.Found found = DateFinder.find(text);
    return found == null ? null : found.timestamp();
  }

  /**
   * The timestamp a whole line shows, or {@code null}: a date with an optional time, then
   * optionally {@code AM}/{@code PM}, an offset and a zone in brackets, and nothing else.
   */
  static Timestamp dateLine(String line) {
    if (line.length() > 80) {
      return null;
    }
    String text = Text.collapse(line);
    DateFinder.Found found = DateFinder.at(text, 0);
    if (found == null) {
      return null;
    }
    Timestamp t = found.timestamp();
    if (found.end() == text.length()) {
      return t;
    }
    Matcher m = TAIL.matcher(text).region(found.end(), text.length());
    if (!m.matches() || t.precision() == Precision.DAY) {
      return null;
    }
    try {
      LocalTime time = t.time();
      if (m.group("ap") != null) {
        int hour = time.getHour();
        if (hour < 1 || hour > 12) {
          return null;
        }
        boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
        time = time.withHour(hour % 12 + (pm ? 12 : 0));
      }
      ZoneOffset offset = offset(m.group("off"));
      ZoneId zone = m.group("zone") == null ? null : ZoneId.of(m.group("zone"));
      if (zone instanceof ZoneOffset) {
        return null;
      }
      if (zone != null && offset == null) {
        offset = ZonedDateTime.ofLocal(LocalDateTime.of(t.date(), time), zone, null).getOffset();
      }
      return new Timestamp(t.date(), time, t.precision(), offset, zone);
    } catch (DateTimeException | IllegalArgumentException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    String upper = text.toUpperCase(Locale.ROOT);
    return upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")
        ? ZoneOffset.UTC
        : ZoneOffset.of(text);
  }
}
