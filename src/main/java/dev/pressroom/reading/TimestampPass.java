package dev.pressroom.reading;

import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import java.util.List;

/**
 * When the release was published. Every date is read by the one grammar ({@link DateFinder}), and a
 * date said to be a change ({@code Updated:}, {@code dateModified}) is never taken for it. In order
 * of trust:
 *
 * <ol>
 *   <li>near the title, in the {@linkplain Draft#head head} (above the title too) and the first
 *       {@value #AFTER_TITLE} body blocks: a block that is only a date, perhaps after a label
 *       ({@code Date:}, {@code Veröffentlicht am}), which is taken out of the body (an update line
 *       there is taken out too, with a warning); else a short line ending in a date after a comma
 *       ({@code Prepared by Aubrey Moore, May 23, 2021}) or a dateline ({@code WASHINGTON, Oct. 27,
 *       2023 --}, {@code GENEVA - 27 June 2026 -}), which stay in the text;
 *   <li>a {@link DateClaim.Label#PUBLISHED} date the metadata states;
 *   <li>a block that is only a date among the last {@value #AT_END} blocks, after the signature,
 *       taken out of the body;
 *   <li>a date in the headline ({@code ... Press Conference on June 19, 2020}), kept there;
 *   <li>the file's own dates, {@link DateClaim.Label#FILE_CREATED} then {@link
 *       DateClaim.Label#FILE_MODIFIED}, at day precision: often a later re-save, so any date the
 *       text states wins.
 * </ol>
 *
 * When the date found gives a day only and the metadata's published claim gives the same day with a
 * time, the time is kept. A document that {@linkplain Draft#declared() declares} its metadata
 * (Markdown front matter) is dated by its claims alone.
 */
final class TimestampPass implements Pass {
  /** How many body blocks after the title may hold its date line or dateline. */
  static final int AFTER_TITLE = 3;

  /** How many blocks at the end may hold a date after the signature. */
  static final int AT_END = 3;

  /** A line longer than this is no byline ending in its date. */
  private static final int BYLINE_LENGTH = 80;

  @Override
  public void apply(Draft draft) {
    Timestamp claimed = claim(draft.info.dates(), DateClaim.Label.PUBLISHED);
    if (draft.declared()) {
      draft.timestamp = claimed;
      return;
    }
    Timestamp found = nearTitle(draft);
    if (found == null) {
      found = claimed;
    }
    if (found == null) {
      found = atEnd(draft);
    }
    // A headline's date dates a page that has text under it, not a bare title.
    if (found == null && draft.title != null && draft.bodyStart() < draft.blocks.size()) {
      DateFinder.Found inTitle = DateFinder.published(draft.title);
      found = inTitle == null ? null : inTitle.timestamp();
    }
    if (found == null) {
      found = day(claim(draft.info.dates(), DateClaim.Label.FILE_CREATED));
    }
    if (found == null) {
      found = day(claim(draft.info.dates(), DateClaim.Label.FILE_MODIFIED));
    }
    draft.timestamp = refined(found, claimed);
  }

  /** A date line, a byline's date or a dateline near the title, or {@code null}. */
  private static Timestamp nearTitle(Draft draft) {
    int end = Math.min(draft.blocks.size(), draft.bodyStart() + AFTER_TITLE);
    Timestamp found = null;
    for (int i = 0; i < end; i++) {
      Block block = draft.blocks.get(i);
      DateFinder.Found date = dateLine(block);
      if (date == null) {
        continue;
      }
      if (date.updated()) {
        draft.warn(block.place(), "an update date left out: \"" + block.text() + "\"");
      } else if (found != null) {
        continue; // a second date line is body text
      } else {
        found = date.timestamp();
      }
      remove(draft, i);
      i--;
      end--;
    }
    if (found != null) {
      return found;
    }
    for (int i = 0; i < end; i++) {
      Block block = draft.blocks.get(i);
      if (!block.plain()) {
        continue;
      }
      String text = oneLine(block.text());
      Timestamp byline = bylineDate(text);
      if (byline != null) {
        return byline;
      }
      DateFinder.Dateline dateline = DateFinder.dateline(text);
      if (dateline != null && dateline.date() != null && !dateline.date().updated()) {
        return dateline.date().timestamp();
      }
    }
    return null;
  }

  /** A date only at the end, after the signature; the line is taken out of the body. */
  private static Timestamp atEnd(Draft draft) {
    int from = Math.max(draft.bodyStart(), draft.blocks.size() - AT_END);
    for (int i = draft.blocks.size() - 1; i >= from; i--) {
      DateFinder.Found date = dateLine(draft.blocks.get(i));
      if (date != null && !date.updated()) {
        remove(draft, i);
        return date.timestamp();
      }
    }
    return null;
  }

  /** The date of a line that is nothing but a date (and a label), or {@code null}. */
  static DateFinder.Found dateLine(String text) {
    return text.length() > BYLINE_LENGTH * 2 ? null : DateFinder.wholeLine(oneLine(text));
  }

  /** The date of a block that is nothing but a date (and a label), or {@code null}. */
  private static DateFinder.Found dateLine(Block block) {
    if (!block.plain() || block.text().length() > BYLINE_LENGTH * 2) {
      return null;
    }
    return DateFinder.wholeLine(oneLine(block.text()));
  }

  /** The date ending a short line after a comma: {@code Prepared by A. Moore, May 23, 2021}. */
  private static Timestamp bylineDate(String text) {
    if (text.length() > BYLINE_LENGTH) {
      return null;
    }
    List<DateFinder.Found> dates = DateFinder.all(text);
    if (dates.isEmpty()) {
      return null;
    }
    DateFinder.Found last = dates.get(dates.size() - 1);
    String before = Text.strip(text.substring(0, last.start()));
    boolean ends = Text.strip(text.substring(last.end())).replaceAll("\\p{P}", "").isEmpty();
    return ends && before.endsWith(",") && !last.updated() ? last.timestamp() : null;
  }

  /** The first claim with {@code label} that the grammar reads, or {@code null}. */
  private static Timestamp claim(List<DateClaim> claims, DateClaim.Label label) {
    for (DateClaim claim : claims) {
      if (claim.label() == label) {
        Timestamp t = claim.value() != null ? claim.value() : DateFinder.value(claim.text());
        if (t != null) {
          return t;
        }
      }
    }
    return null;
  }

  /** A file date at day precision: the time a file was saved is not when the release was. */
  private static Timestamp day(Timestamp t) {
    return t == null || t.time() == null ? t : Timestamp.ofDate(t.date());
  }

  /** {@code found}, with the time of {@code claimed} when that is the same day with a time. */
  private static Timestamp refined(Timestamp found, Timestamp claimed) {
    if (found != null
        && claimed != null
        && found.precision() == Timestamp.Precision.DAY
        && claimed.time() != null
        && claimed.date().equals(found.date())) {
      return claimed;
    }
    return found;
  }

  private static void remove(Draft draft, int index) {
    draft.blocks.remove(index);
    if (index < draft.head) {
      draft.head--;
    }
  }

  private static String oneLine(String text) {
    return text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
  }
}
