package dev.pressroom.format.md;

import dev.pressroom.ParseException;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Shortcuts the Markdown tests share. */
final class Md {
  private Md() {}

  static String render(PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new MarkdownRenderer().render(release, out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Parses through the public entry point (fast path included). */
  static PressRelease parse(String markdown) throws ParseException {
    return new MarkdownParser()
        .parse(
            new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)),
            ParseContext.of("test.md"));
  }

  /** Parses with the full flexmark reader only, never the fast path. */
  static PressRelease parseFull(String markdown) throws ParseException {
    PressRelease release = MarkdownParser.full(markdown, ParseContext.of("test.md"));
    // The full path reads a file as any other: where the front matter declares no language, it
    // detects one from the text. A file we wrote declares the release's language when it has one.
    return markdown.contains("\nlang: ") ? release : release.withoutLanguage();
  }

  /**
   * What the full path gives for a file written from {@code release}: the release with the text
   * repairs every foreign reader makes (random text can hold what reads as mojibake, such as {@code
   * é€€}, the Windows-1252 form of the UTF-8 bytes of {@code 退}).
   */
  static PressRelease asForeign(PressRelease release) {
    PressRelease.Builder b = release.toBuilder();
    b.title(TextRepair.repairLine(release.title()).text());
    b.breadcrumb(release.breadcrumb().stream().map(s -> TextRepair.repairLine(s).text()).toList());
    b.paragraphs(release.paragraphs().stream().map(s -> TextRepair.repair(s).text()).toList());
    b.footerActions(
        release.footerActions().stream()
            .map(a -> new FooterAction(TextRepair.repairLine(a.label()).text(), a.target()))
            .toList());
    return b.build();
  }

  /** The Markdown body of a rendered file: everything after the closing front matter line. */
  static String body(String markdown) {
    int close = markdown.indexOf("\n---\n");
    return markdown.substring(close + 5);
  }
}
