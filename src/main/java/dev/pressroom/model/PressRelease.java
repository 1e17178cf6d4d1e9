package dev.pressroom.model;

import dev.pressroom.internal.Text;
import java.util.ArrayList;
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
 * <p>Every text (breadcrumb segment, title, paragraph, action label) is one line kept exactly as
 * given: non-empty, not beginning or ending with whitespace (NBSP, U+3000 and BOM included), with
 * no control character other than tab, no line or paragraph separator, no unpaired surrogate and no
 * noncharacter. A violation is an {@link IllegalArgumentException} naming the field.
 *
 * @param breadcrumb the navigation trail, outermost first; may be empty
 * @param title the headline; required
 * @param timestamp when it was published, or {@code null}
 * @param language a BCP-47 language tag such as {@code en} or {@code zh-CN}, or {@code null}
 * @param paragraphs the body, in order; may be empty
 * @param footerActions the page's actions, in order; may be empty
 */
public record PressRelease(
    List<String> breadcrumb,
    String title,
    Timestamp timestamp,
    String language,
    List<String> paragraphs,
    List<FooterAction> footerActions) {

  /** A release, checked against the rules above; the lists are copied. */
  public PressRelease {
    breadcrumb = checkLines("breadcrumb", breadcrumb);
    String problem = Text.problem(title);
    if (problem != null) {
      throw new IllegalArgumentException("title " + problem);
    }
    if (language != null && !Text.isLanguageTag(language)) {
      throw new IllegalArgumentException("language is not a BCP-47 tag: \"" + language + "\"");
    }
    paragraphs = checkLines("paragraphs", paragraphs);
    Objects.requireNonNull(footerActions, "footerActions is missing (use an empty list)");
    for (int i = 0; i < footerActions.size(); i++) {
      if (footerActions.get(i) == null) {
        throw new IllegalArgumentException("footerActions[" + i + "] is missing");
      }
    }
    footerActions = List.copyOf(footerActions);
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

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this release's content, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder()
        .breadcrumb(breadcrumb)
        .title(title)
        .timestamp(timestamp)
        .language(language)
        .paragraphs(paragraphs)
        .footerActions(footerActions);
  }

  /** This release without its language, for formats that have no place for one. */
  public PressRelease withoutLanguage() {
    return language == null ? this : toBuilder().language(null).build();
  }

  /**
   * Collects a release's content; {@link #build()} validates it. Defaults: empty breadcrumb, no
   * timestamp, no language, no paragraphs, no footer actions; the title has no default.
   */
  public static final class Builder {
    private final List<String> breadcrumb = new ArrayList<>();
    private String title;
    private Timestamp timestamp;
    private String language;
    private final List<String> paragraphs = new ArrayList<>();
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

    /** Appends one paragraph. */
    public Builder paragraph(String paragraph) {
      paragraphs.add(paragraph);
      return this;
    }

    /** Replaces the paragraphs. */
    public Builder paragraphs(List<String> paragraphs) {
      this.paragraphs.clear();
      this.paragraphs.addAll(paragraphs);
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
      return new PressRelease(breadcrumb, title, timestamp, language, paragraphs, footerActions);
    }
  }
}
