package dev.pressroom.format.txt;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
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
    return candidate != null && text.contentEquals(TxtRenderer.write(candidate)) ? candidate : null;
  }

  private static PressRelease decode(String[] lines, Limits limits) throws ParseException {
    PressRelease.Builder release = PressRelease.builder();
    int top = 0;
    while (top < lines.length && !lines[top].isEmpty()) {
      top++;
    }
    if (top == 0 || top > 3) {
      return null;
    }
    int i = 0;
    boolean subtitle = top > 1 && lines[top - 1].startsWith(TxtRenderer.SUBTITLE);
    boolean breadcrumb = top == 3 || (top == 2 && !subtitle);
    if (top == 3 && !subtitle) {
      return null;
    }
    if (breadcrumb) {
      List<String> trail = Breadcrumbs.parse(lines[0]);
      if (trail == null) {
        return null;
      }
      release.breadcrumb(trail);
      i = 1;
    }
    release.title(content(lines[i++]));
    if (subtitle) {
      release.subtitle(lines[i++].substring(TxtRenderer.SUBTITLE.length()));
    }
    int actionsAt = actionBlock(lines, i);
    List<List<String>> runs = new ArrayList<>();
    while (i < actionsAt) {
      if (!lines[i].isEmpty() || i + 1 >= actionsAt || lines[i + 1].isEmpty()) {
        return null;
      }
      int end = i + 1;
      while (end < actionsAt && !lines[end].isEmpty()) {
        end++;
      }
      runs.add(Arrays.asList(lines).subList(i + 1, end));
      i = end;
    }
    int r = 0;
    if (!runs.isEmpty() && runs.get(0).size() == 1) {
      String line = runs.get(0).get(0);
      Timestamp timestamp = Timestamps.parse(line); // the renderer's shape exactly, below
      if (timestamp != null && Timestamps.format(timestamp).equals(line)) {
        release.timestamp(timestamp);
        r = 1;
      }
    }
    int count = 0;
    List<Block> body = new ArrayList<>();
    for (; r < runs.size() && !isContactHead(runs.get(r)) && !isAbout(runs.get(r)); r++) {
      count = countBlock(count, limits, lines, runs.get(r));
      Block block = PlainShape.block(runs.get(r));
      if (block == null) {
        return null;
      }
      body.add(block);
    }
    release.body(body);
    List<Contact> contacts = new ArrayList<>();
    for (; r < runs.size() && !isAbout(runs.get(r)); r++) {
      List<String> run = runs.get(r);
      boolean head = contacts.isEmpty();
      if (head && !isContactHead(run)) {
        return null;
      }
      Contact contact = PlainShape.contact(run, head ? 1 : 0);
      if (contact == null) {
        return null;
      }
      contacts.add(contact);
    }
    release.contacts(contacts);
    List<Block> boilerplate = new ArrayList<>();
    if (r < runs.size()) {
      r++; // the line before the boilerplate
      if (r == runs.size()) {
        return null;
      }
      for (; r < runs.size(); r++) {
        count = countBlock(count, limits, lines, runs.get(r));
        Block block = PlainShape.block(runs.get(r));
        if (block == null) {
          return null;
        }
        boilerplate.add(block);
      }
    }
    release.boilerplate(boilerplate);
    List<FooterAction> actions = new ArrayList<>();
    for (int k = actionsAt + 1; k < lines.length; k++) {
      actions.add(Actions.parse(lines[k]));
    }
    return release.footerActions(actions).build();
  }

  private static int countBlock(int count, Limits limits, String[] lines, List<String> run)
      throws LimitExceededException {
    if (++count > limits.maxParagraphs()) {
      int line = 0;
      while (line < lines.length && lines[line] != run.get(0)) {
        line++;
      }
      throw new LimitExceededException(
          ParseException.position(line + 1, 0),
          "more paragraphs than the limit of "
              + limits.maxParagraphs()
              + " (raise Limits.maxParagraphs)");
    }
    return count;
  }

  /** Whether a run opens the contacts: the head line, then labelled lines. */
  private static boolean isContactHead(List<String> run) {
    String first = run.get(0);
    return run.size() > 1
        && (first.equals(PlainShape.CONTACT_HEAD) || first.equals(PlainShape.CONTACTS_HEAD))
        && !PlainShape.isUnderline(run.get(1)); // else a heading of that text
  }

  private static boolean isAbout(List<String> run) {
    return run.size() == 1 && run.get(0).equals(PlainShape.ABOUT);
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
