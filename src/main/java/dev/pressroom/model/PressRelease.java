package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A press release: the one immutable, validated value every format reads into and writes from.
 * Equal content means equal objects.
 *
 * <pre>{@code
 * PressRelease release = PressRelease.builder()
 *     .breadcrumb("HOME", "News & Events")
 *     .title("Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken")
 *     .timestamp(Timestamp.parse("2023-10-28T13:25"))
 *     .language("en")
 *     .paragraph("From October 26 to 27, 2023 local time, ...")
 *     .footerAction(FooterAction.of("Print"))
 *     .build();
 * }</pre>
 *
 * <p>Every text (breadcrumb segment, title, subtitle, the plain text of each block, action label,
 * contact part) is one line kept exactly as given: non-empty, not beginning or ending with
 * whitespace (NBSP, U+3000 and BOM included), with no control character other than tab, no line or
 * paragraph separator, no unpaired surrogate and no noncharacter. A violation is an {@link
 * IllegalArgumentException} naming the field ({@code body[3]: list[2]: ...}).
 *
 * @param breadcrumb the navigation trail, outermost first; may be empty
 * @param title the headline; required
 * @param subtitle the deck under the headline, or {@code null}
 * @param timestamp when it was published, or {@code null}
 * @param language a BCP-47 language tag such as {@code en} or {@code zh-CN}, or {@code null}
 * @param body the release text, in order; may be empty
 * @param contacts the media contacts; may be empty
 * @param boilerplate the "About ..." part and notes to editors, in order; may be empty
 * @param footerActions the page's actions, in order; may be empty
 */
public record PressRelease(
    List<String> breadcrumb,
    String title,
    String subtitle,
    Timestamp timestamp,
    String language,
    List<Block> body,
    List<Contact> contacts,
    List<Block> boilerplate,
    List<FooterAction> footerActions) {

  /** A release, checked against the rules above; the lists are copied. */
  public PressRelease {
    breadcrumb = checkLines("breadcrumb", breadcrumb);
    String problem = Text.problem(title);
    if (problem != null) {
      throw new IllegalArgumentException("title " + problem);
    }
    if (subtitle != null) {
      String subtitleProblem = Text.problem(subtitle);
      if (subtitleProblem != null) {
        throw new IllegalArgumentException("subtitle " + subtitleProblem);
      }
    }
    if (language != null && !Text.isLanguageTag(language)) {
      throw new IllegalArgumentException("language is not a BCP-47 tag: \"" + language + "\"");
    }
    body = present("body", body);
    contacts = present("contacts", contacts);
    boilerplate = present("boilerplate", boilerplate);
    footerActions = present("footerActions", footerActions);
  }

  /**
   * A version-1 release: a title and plain paragraphs, no subtitle, contacts or boilerplate.
   *
   * @throws IllegalArgumentException when the content breaks a rule above
   */
  public PressRelease(
      List<String> breadcrumb,
      String title,
      Timestamp timestamp,
      String language,
      List<String> paragraphs,
      List<FooterAction> footerActions) {
    this(
        breadcrumb,
        title,
        null,
        timestamp,
        language,
        plainBlocks("paragraphs", paragraphs),
        List.of(),
        List.of(),
        footerActions);
  }

  private static List<String> checkLines(String field, List<String> lines) {
    Objects.requireNonNull(lines, field + " is missing (use an empty list)");
    for (int i = 0; i < lines.size(); i++) {
      String problem = Text.problem(lines.get(i));
      if (problem != null) {
        throw new IllegalArgumentException(field + "[" + i + "] " + problem);
      }
    }
    return List.copyOf(lines);
  }

  private static <T> List<T> present(String field, List<T> values) {
    Objects.requireNonNull(values, field + " is missing (use an empty list)");
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(field + "[" + i + "] is missing");
      }
    }
    return List.copyOf(values);
  }

  private static List<Block> plainBlocks(String field, List<String> paragraphs) {
    Objects.requireNonNull(paragraphs, field + " is missing (use an empty list)");
    List<Block> blocks = new ArrayList<>(paragraphs.size());
    for (int i = 0; i < paragraphs.size(); i++) {
      String problem = Text.problem(paragraphs.get(i));
      if (problem != null) {
        throw new IllegalArgumentException(field + "[" + i + "] " + problem);
      }
      blocks.add(Block.Paragraph.of(paragraphs.get(i)));
    }
    return blocks;
  }

  /**
   * The plain text of the body, one string per paragraph, heading, list item (nested items
   * included), quote paragraph and quote attribution, in order; what version 1 called the
   * paragraphs.
   */
  public List<String> paragraphs() {
    return plainLines(body);
  }

  /** The plain text of {@code blocks} the way {@link #paragraphs()} gives the body's. */
  public static List<String> plainLines(List<Block> blocks) {
    List<String> lines = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        lines.add(p.plainText());
      } else if (block instanceof Block.Heading h) {
        lines.add(h.plainText());
      } else if (block instanceof Block.ItemList list) {
        for (ListItem item : list.items()) {
          lines.add(item.plainText());
          if (item.sublist() != null) {
            for (ListItem nested : item.sublist().items()) {
              lines.add(nested.plainText());
            }
          }
        }
      } else if (block instanceof Block.Quote quote) {
        for (Block.Paragraph p : quote.paragraphs()) {
          lines.add(p.plainText());
        }
        if (quote.attribution() != null) {
          lines.add(quote.attribution());
        }
      }
    }
    return Collections.unmodifiableList(lines);
  }

  /**
   * Whether this release uses only what version 1 had: no subtitle, contacts or boilerplate, and a
   * body of plain paragraphs.
   */
  public boolean isPlain() {
    if (subtitle != null || !contacts.isEmpty() || !boilerplate.isEmpty()) {
      return false;
    }
    for (Block block : body) {
      if (!(block instanceof Block.Paragraph p) || !Inline.isPlain(p.content())) {
        return false;
      }
    }
    return true;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this release's content, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder()
        .breadcrumb(breadcrumb)
        .title(title)
        .subtitle(subtitle)
        .timestamp(timestamp)
        .language(language)
        .body(body)
        .contacts(contacts)
        .boilerplate(boilerplate)
        .footerActions(footerActions);
  }

  /** This release without its language, for formats that have no place for one. */
  public PressRelease withoutLanguage() {
    return language == null ? this : toBuilder().language(null).build();
  }

  /**
   * Collects a release's content; {@link #build()} validates it. Defaults: empty breadcrumb, no
   * subtitle, timestamp or language, empty body, contacts, boilerplate and footer actions; the
   * title has no default.
   */
  public static final class Builder {
    private final List<String> breadcrumb = new ArrayList<>();
    private String title;
    private String subtitle;
    private Timestamp timestamp;
    private String language;
    private final List<Block> body = new ArrayList<>();
    private final List<Contact> contacts = new ArrayList<>();
    private final List<Block> boilerplate = new ArrayList<>();
    private final List<FooterAction> footerActions = new ArrayList<>();

    private Builder() {}

    /** Replaces the breadcrumb with these segments. */
    public Builder breadcrumb(String... segments) {
      return breadcrumb(List.of(segments));
    }

    /** Replaces the breadcrumb with these segments. */
    public Builder breadcrumb(List<String> segments) {
      breadcrumb.clear();
      breadcrumb.addAll(segments);
      return this;
    }

    /** Sets the headline. */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the deck under the headline, or {@code null} for none. */
    public Builder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /** Sets the timestamp, or {@code null} for none. */
    public Builder timestamp(Timestamp timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    /** Sets the language tag, or {@code null} for none. */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Appends one plain paragraph to the body.
     *
     * @throws IllegalArgumentException naming {@code body[N]} when the text breaks the rules
     */
    public Builder paragraph(String paragraph) {
      try {
        body.add(Block.Paragraph.of(paragraph));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("body[" + body.size() + "]: " + e.getMessage(), e);
      } catch (NullPointerException e) {
        throw new IllegalArgumentException("body[" + body.size() + "] is missing", e);
      }
      return this;
    }

    /** Replaces the body with plain paragraphs. */
    public Builder paragraphs(List<String> paragraphs) {
      body.clear();
      for (String paragraph : paragraphs) {
        paragraph(paragraph);
      }
      return this;
    }

    /** Appends one block to the body. */
    public Builder block(Block block) {
      body.add(block);
      return this;
    }

    /** Replaces the body. */
    public Builder body(List<Block> blocks) {
      body.clear();
      body.addAll(blocks);
      return this;
    }

    /** Appends one contact. */
    public Builder contact(Contact contact) {
      contacts.add(contact);
      return this;
    }

    /** Replaces the contacts. */
    public Builder contacts(List<Contact> contacts) {
      this.contacts.clear();
      this.contacts.addAll(contacts);
      return this;
    }

    /** Appends one block to the boilerplate. */
    public Builder boilerplateBlock(Block block) {
      boilerplate.add(block);
      return this;
    }

    /** Replaces the boilerplate. */
    public Builder boilerplate(List<Block> blocks) {
      boilerplate.clear();
      boilerplate.addAll(blocks);
      return this;
    }

    /** Appends one footer action. */
    public Builder footerAction(FooterAction action) {
      footerActions.add(action);
      return this;
    }

    /** Replaces the footer actions. */
    public Builder footerActions(List<FooterAction> actions) {
      footerActions.clear();
      footerActions.addAll(actions);
      return this;
    }

    /**
     * @throws IllegalArgumentException when the content breaks a rule of {@link PressRelease}
     */
    public PressRelease build() {
      return new PressRelease(
          breadcrumb,
          title,
          subtitle,
          timestamp,
          language,
          body,
          contacts,
          boilerplate,
          footerActions);
    }
  }
}
