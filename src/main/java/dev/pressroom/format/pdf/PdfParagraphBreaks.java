package dev.pressroom.format.pdf;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a foreign PDF's paragraphs break, from measures of its body text: the most common font
 * size, the line pitch, the right edge of full lines and the lowest baseline of the text area.
 * Paragraphs end at a vertical gap larger than 1.35 line pitches, a change of font size, a bold
 * line after plain text, a list marker, a first-line indent, a line broken before it was full (its
 * next word would have fitted) or short after a full stop, and at a page break unless the page's
 * last line was full and either stops mid-sentence or sits at the foot of the text area (a page
 * filled to the bottom seldom ends a paragraph exactly).
 */
final class PdfParagraphBreaks {
  private static final Pattern LIST_MARKER =
      Pattern.compile("(?:\\d{1,3}[.)]|[a-zA-Z][.)]|[•◦▪‣●○■□–—*-])(?:\\s|$).*");
  private static final String CLOSING = ".,;:!?)]}”’»\"'";
  private static final String SENTENCE_END = ".!?。！？:”’\")";

  private final float bodySize;
  private final float pitch;
  private final float rightEdge;
  private final float bottom;

  PdfParagraphBreaks(List<PdfTextLine> lines) {
    Map<Float, Integer> sizes = new HashMap<>();
    for (PdfTextLine line : lines) {
      sizes.merge(line.fontSize(), line.text().length(), Integer::sum);
    }
    bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Float> gaps = new ArrayList<>();
    List<Float> rights = new ArrayList<>();
    float lowest = 0;
    for (int i = 0; i < lines.size(); i++) {
      PdfTextLine line = lines.get(i);
      if (!PdfTextLine.sameSize(line.fontSize(), bodySize)) {
        continue;
      }
      rights.add(line.right());
      lowest = Math.max(lowest, line.baseline());
      if (i > 0 && lines.get(i - 1).page() == line.page()) {
        float gap = line.baseline() - lines.get(i - 1).baseline();
        if (gap > 0) {
          gaps.add(gap);
        }
      }
    }
    pitch = gaps.isEmpty() ? bodySize * 1.2f : percentile(gaps, 0.25f);
    rightEdge = rights.isEmpty() ? Float.MAX_VALUE : percentile(rights, 0.9f);
    bottom = lowest;
  }

  private static float percentile(List<Float> values, float p) {
    float[] sorted = new float[values.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = values.get(i);
    }
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
  }

  /** The lines grouped into paragraphs, in order. */
  List<List<PdfTextLine>> paragraphs(List<PdfTextLine> lines) {
    List<List<PdfTextLine>> paragraphs = new ArrayList<>();
    List<PdfTextLine> current = null;
    for (PdfTextLine line : lines) {
      if (current == null || breaksBefore(current, line)) {
        current = new ArrayList<>();
        paragraphs.add(current);
      }
      current.add(line);
    }
    return paragraphs;
  }

  private boolean breaksBefore(List<PdfTextLine> paragraph, PdfTextLine cur) {
    PdfTextLine prev = paragraph.get(paragraph.size() - 1);
    PdfTextLine start = paragraph.get(0);
    String text = Text.collapse(cur.text());
    if (text.codePoints().allMatch(cp -> CLOSING.indexOf(cp) >= 0)) {
      return false; // a closing quote or bracket that wrapped alone ends the paragraph above
    }
    boolean listItem = LIST_MARKER.matcher(Text.collapse(start.text())).matches();
    if (LIST_MARKER.matcher(text).matches()
        || !PdfTextLine.sameSize(prev.fontSize(), cur.fontSize())
        || (cur.bold() && !prev.bold())) {
      return true; // a bold line after plain text is a heading, on this page or the next
    }
    float em = Math.max(cur.fontSize(), 1);
    boolean prevFull = prev.right() >= rightEdge - 2 * em;
    String prevText = prev.text().strip();
    boolean prevEndsSentence =
        !prevText.isEmpty() && SENTENCE_END.indexOf(prevText.charAt(prevText.length() - 1)) >= 0;
    if (cur.page() != prev.page()) {
      // A full last line goes on over the page when it stops mid-sentence, or when it sits at
      // the foot of the text area: a page filled to the bottom seldom ends a paragraph exactly.
      // A ragged line is full when the next page's first word would not have fitted on it.
      boolean midSentence = !prevEndsSentence || !Character.isUpperCase(text.codePointAt(0));
      boolean atFoot = prev.baseline() >= bottom - 1.5f * pitch;
      boolean full = prevFull || !brokenEarly(prev, cur, text, em);
      return !(full && (midSentence || atFoot) && Math.abs(cur.left() - prev.left()) < em);
    }
    float gap = cur.baseline() - prev.baseline();
    if (gap <= 0 || gap > Math.max(pitch, cur.fontSize()) * 1.35f) {
      return true;
    }
    if (prev.bold() && !cur.bold() && !prevFull) {
      return true;
    }
    if (cur.left() > prev.left() + 0.8f * em) {
      return !(paragraph.size() == 1 && listItem); // a list item's hanging indent goes on
    }
    if (cur.left() < prev.left() - 0.8f * em && listItem) {
      return true; // back at the margin after a list item
    }
    return brokenEarly(prev, cur, text, em) || (prevEndsSentence && !prevFull);
  }

  /** Whether the next line's first word would have fitted at the end of {@code prev}. */
  private boolean brokenEarly(PdfTextLine prev, PdfTextLine cur, String text, float em) {
    int space = text.indexOf(' ');
    String word = space < 0 ? text : text.substring(0, space);
    if (word.codePoints().anyMatch(PdfLineJoiner::isCjk)) {
      return false;
    }
    float charWidth = (cur.right() - cur.left()) / Math.max(1, text.length());
    return prev.right() + (word.length() + 2) * charWidth < rightEdge - 0.5f * em;
  }

  /** Whether a line opens with a list marker ({@code 1.}, {@code a)}, {@code •}). */
  static boolean isListItem(String text) {
    return LIST_MARKER.matcher(text).matches();
  }

  /** The font size most of the text has. */
  float bodySize() {
    return bodySize;
  }
}
