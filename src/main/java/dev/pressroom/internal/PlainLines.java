package dev.pressroom.internal;

import dev.pressroom.model.Contact;
import dev.pressroom.model.PressRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A release's text as the plain paragraphs of version 1, for a format that does not yet give the
 * subtitle, contacts and boilerplate places of their own: the subtitle, the body's lines ({@link
 * PressRelease#paragraphs()}), one line per contact and the boilerplate's lines, in that order. No
 * word of the release is lost; its structure is.
 */
public final class PlainLines {
  private PlainLines() {}

  /** The lines of {@code release}, as above; for a version-1 release, its paragraphs. */
  public static List<String> of(PressRelease release) {
    List<String> body = release.paragraphs();
    if (release.subtitle() == null
        && release.contacts().isEmpty()
        && release.boilerplate().isEmpty()) {
      return body;
    }
    List<String> lines = new ArrayList<>(body.size() + 8);
    if (release.subtitle() != null) {
      lines.add(release.subtitle());
    }
    lines.addAll(body);
    for (Contact contact : release.contacts()) {
      lines.add(line(contact));
    }
    lines.addAll(PressRelease.plainLines(release.boilerplate()));
    return List.copyOf(lines);
  }

  /**
   * {@code release} as a version-1 release whose paragraphs are {@link #of its lines}: what a
   * format that writes those lines reads back.
   */
  public static PressRelease flattened(PressRelease release) {
    if (release.isPlain()) {
      return release;
    }
    return new PressRelease(
        release.breadcrumb(),
        release.title(),
        release.timestamp(),
        release.language(),
        of(release),
        release.footerActions());
  }

  /** A contact's parts joined by commas, in the order of the record. */
  public static String line(Contact contact) {
    StringJoiner out = new StringJoiner(", ");
    for (String part :
        new String[] {
          contact.name(),
          contact.role(),
          contact.organization(),
          contact.email(),
          contact.phone(),
          contact.url() == null ? null : contact.url().toString()
        }) {
      if (part != null) {
        out.add(part);
      }
    }
    return out.toString();
  }
}
