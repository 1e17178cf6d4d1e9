package dev.pressroom.format.txt;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact path for files in the shape {@link TxtRenderer} writes (line ends already {@code \n}).
 * It decodes the text by position — breadcrumb line, title, timestamp, one paragraph a line, the
 * action block — and accepts the release only when rendering it gives back the very same text, so a
 * file of ours is never read by heuristics and anything else ({@code null} here) is. The timestamp
 * slot and the action lines are told apart from paragraphs by {@link Classifier}, the code the
 * renderer escapes with.
 */
final class OwnText {
  private OwnText() {}

  /**
   * The release a text of our own shape holds, or {@code null} when it is not one.
   *
   * @throws LimitExceededException when it is ours but breaks a limit
   */
  static PressRelease read(String text, Limits limits) throws ParseException {
    if (text.isEmpty() || text.charAt(text.length() - 1) != '\n') {
      return null;
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].length() > limits.maxParagraphChars()) {
        throw new LimitExceededException(
            ParseException.position(i + 1, 0),
            "line is longer than the limit of "
                + limits.maxParagraphChars()
                + " characters (raise Limits.maxParagraphChars)");
      }
    }
    PressRelease candidate;
    try {
      candidate = decode(lines, limits);
    } catch (IllegalArgumentException e) {
      return null; // not a valid release: the lenient reader says what is wrong
    }
    return candidate != null && TxtRenderer.text(candidate).equals(text) ? candidate : null;
  }

  private static PressRelease decode(String[] lines, Limits limits) throws ParseException {
    PressRelease.Builder release = PressRelease.builder();
    int i = 0;
    if (lines.length > 1 && !lines[1].isEmpty()) {
      List<String> trail = Breadcrumbs.parse(lines[0]);
      if (trail == null) {
        return null;
      }
      release.breadcrumb(trail);
      i = 1;
    }
    if (i >= lines.length || lines[i].isEmpty()) {
      return null;
    }
    release.title(content(lines[i++]));
    int actionsAt = actionBlock(lines, i);
    boolean first = true;
    int count = 0;
    while (i < actionsAt) {
      if (!lines[i].isEmpty() || i + 1 >= actionsAt || lines[i + 1].isEmpty()) {
        return null;
      }
      String line = lines[i + 1];
      if (first && Classifier.kind(line) == LineKind.TIMESTAMP) {
        Timestamp timestamp = Timestamps.parse(line);
        if (timestamp == null) {
          return null;
        }
        release.timestamp(timestamp);
      } else {
        if (++count > limits.maxParagraphs()) {
          throw new LimitExceededException(
              ParseException.position(i + 2, 0),
              "more paragraphs than the limit of "
                  + limits.maxParagraphs()
                  + " (raise Limits.maxParagraphs)");
        }
        release.paragraph(content(line));
      }
      first = false;
      i += 2;
    }
    List<FooterAction> actions = new ArrayList<>();
    for (int k = actionsAt + 1; k < lines.length; k++) {
      actions.add(Actions.parse(lines[k]));
    }
    return release.footerActions(actions).build();
  }

  /**
   * Where the final action block begins (its blank line), or {@code lines.length}: the last block,
   * after a blank line, of unescaped action lines only.
   */
  private static int actionBlock(String[] lines, int from) {
    int k = lines.length;
    while (k > from && !lines[k - 1].isEmpty() && isAction(lines[k - 1])) {
      k--;
    }
    return k < lines.length && k > from && lines[k - 1].isEmpty() ? k - 1 : lines.length;
  }

  private static boolean isAction(String line) {
    return line.charAt(0) == '<' && Actions.parse(line) != null;
  }

  private static String content(String line) {
    return !line.isEmpty() && line.charAt(0) == '\\' ? line.substring(1) : line;
  }
}
