package dev.pressroom.reading;

import dev.pressroom.internal.Text;
import dev.pressroom.model.Contact;
import dev.pressroom.model.LinkTargets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contact block's lines as the release's contacts. Each line is a detail — an e-mail address, a
 * telephone number, a web address, with or without its label ({@code Tel.:}, {@code E-Mail:},
 * {@code 电话：}) — or a text line: the first text lines of a contact are its name, role and
 * organization, in that order ({@code Jane Doe, Press Officer} gives both of the first two). A text
 * line after a detail starts the next contact. A contact with none of name, organization, e-mail
 * and phone is not kept.
 */
final class Contacts {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ()./-]{5,}\\d");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:e-?mail|phone|tel(?:ephone)?|fax|mobile|cell|web(?:site)?|telefon|handy"
              + "|téléphone|portable|courriel|teléfono|móvil|correo(?: electrónico)?"
              + "|电话|手机|传真|邮箱|电子邮件)\\.? ?[:：]\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Contacts() {}

  private static final class Parts {
    final List<String> text = new ArrayList<>();
    String email;
    String phone;
    URI url;
    boolean detail;

    Contact build() {
      String name = text.size() > 0 ? text.get(0) : null;
      String role = text.size() > 1 ? text.get(1) : null;
      String organization = text.size() > 2 ? text.get(2) : null;
      if (name == null && organization == null && email == null && phone == null) {
        return null;
      }
      try {
        return new Contact(name, role, organization, email, phone, url);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  static List<Contact> of(List<List<String>> blocks) {
    List<Contact> contacts = new ArrayList<>();
    for (List<String> block : blocks) {
      Parts current = new Parts();
      for (String raw : block) {
        for (String line : raw.split("\n")) {
          for (String piece : PARTS.split(line)) {
            current = take(contacts, current, Text.collapse(piece));
          }
        }
      }
      add(contacts, current);
    }
    return contacts;
  }

  /** Separators between the parts of one contact line: commas, bars, slashes, dashes. */
  private static final Pattern PARTS = Pattern.compile(",\\s+|，\\s*|\\s+[|/–-]\\s+");

  private static Parts take(List<Contact> contacts, Parts current, String part) {
    if (part.isEmpty()) {
      return current;
    }
    if (isDetail(part)) {
      detail(current, part);
      current.detail = true;
      return current;
    }
    if (current.detail) {
      add(contacts, current);
      current = new Parts();
    }
    current.text.add(part);
    return current;
  }

  private static void add(List<Contact> contacts, Parts parts) {
    Contact contact = parts.build();
    if (contact != null && !contacts.contains(contact)) {
      contacts.add(contact);
    }
  }

  private static boolean isDetail(String line) {
    String rest = LABEL.matcher(line).replaceFirst("");
    return !rest.equals(line)
        || EMAIL.matcher(line).find()
        || URL.matcher(line).lookingAt()
        || PHONE.matcher(line).matches();
  }

  private static void detail(Parts parts, String line) {
    Matcher email = EMAIL.matcher(line);
    if (email.find() && parts.email == null) {
      parts.email = email.group();
      return;
    }
    Matcher url = URL.matcher(line);
    if (url.find() && parts.url == null) {
      parts.url = LinkTargets.allowedOrNull(url.group());
      return;
    }
    String rest = LABEL.matcher(line).replaceFirst("");
    Matcher phone = PHONE.matcher(rest);
    if (phone.find() && parts.phone == null) {
      parts.phone = phone.group();
      return;
    }
    if (parts.phone == null && line.toLowerCase(Locale.ROOT).contains("tel")) {
      parts.phone = Text.strip(rest).isEmpty() ? null : Text.strip(rest);
    }
  }
}
