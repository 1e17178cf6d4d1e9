package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pandoc, a third reader, finds our headline, paragraphs and front-matter title.
 *
 * <p>Hostile text is judged with pandoc's CommonMark reader ({@code
 * commonmark+yaml_metadata_block}) because pandoc's own {@code markdown} adds syntax CommonMark
 * does not have ({@code ^sup^}, {@code ~sub~}, {@code $math$}, {@code @citations}, smart quotes),
 * which is outside our contract. The seed, ordinary prose, is judged with {@code markdown-smart}
 * too. pandoc keeps runs of spaces and tabs as one space in its document model and normalizes text
 * to NFC ({@code e\u0301} becomes {@code é}), so both sides are compared that way.
 */
class PandocReadsOurMarkdownTest {

  private static String pandoc(String markdown, String... args) throws IOException {
    Path dir = Files.createTempDirectory("pressroom-md");
    try {
      Path file = dir.resolve("release.md");
      Files.writeString(file, markdown, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("title.plain"), "$title$\n", StandardCharsets.UTF_8);
      List<String> command = new java.util.ArrayList<>(List.of("pandoc"));
      command.addAll(List.of(args));
      command.add(file.getFileName().toString());
      ExternalTools.Result result = ExternalTools.run(60, dir, command);
      assertEquals(0, result.exitCode(), result.stderr());
      return Normalizer.normalize(result.stdout(), Normalizer.Form.NFC);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static String plain(PressRelease release) {
    StringBuilder out = new StringBuilder(collapse(release.title())).append('\n');
    for (String paragraph : release.paragraphs()) {
      out.append('\n').append(collapse(paragraph)).append('\n');
    }
    return out.toString();
  }

  private static String collapse(String text) {
    return Normalizer.normalize(text.replaceAll("[ \\t]+", " "), Normalizer.Form.NFC);
  }

  @Test
  void pandocMarkdownReadsTheSeed() throws Exception {
    ExternalTools.require("pandoc");
    String markdown = Md.render(Releases.seed());
    assertEquals(
        plain(Releases.seed()),
        pandoc(markdown, "-f", "markdown-smart", "-t", "plain", "--wrap=none"));
    assertEquals(
        Releases.seed().title() + "\n",
        pandoc(markdown, "-f", "markdown-smart", "-t", "plain", "--template=title.plain"));
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release(10, 30);
  }

  /** Lower tries: each one starts pandoc; every try holds 10 to 30 hostile paragraphs. */
  @Property(tries = 40)
  void pandocCommonMarkShowsExactlyTheText(@ForAll("releases") PressRelease release)
      throws Exception {
    ExternalTools.require("pandoc");
    assertEquals(
        plain(release),
        pandoc(
            Md.render(release),
            "-f",
            "commonmark+yaml_metadata_block",
            "-t",
            "plain",
            "--wrap=none"));
  }

  /** pandoc's CommonMark reader closes {@code _} before a format character such as U+200E. */
  @Test
  void pandocFindsNoEmphasisBesideFormatCharacters() throws Exception {
    ExternalTools.require("pandoc");
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .paragraph("\" __2023 and ![img](a.png)___\u200E^HOME")
            .paragraph("a __b c)__\u200Fd")
            .build();
    assertEquals(
        plain(release),
        pandoc(
            Md.render(release),
            "-f",
            "commonmark+yaml_metadata_block",
            "-t",
            "plain",
            "--wrap=none"));
  }

  /**
   * pandoc reads metadata values as Markdown, so this judges titles that are hostile to YAML (the
   * headline's Markdown escaping is judged above).
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "null",
        "true",
        "Re: the 2023 report",
        "C# 12",
        "- leading dash",
        "It's 'quoted'",
        "\"Double\" quoted",
        "tab\tinside",
        "Emoji 😀 and 中文",
        "2023-10-28",
        "@handle",
        "% percent"
      })
  void pandocReadsYamlHostileFrontMatterTitles(String title) throws Exception {
    ExternalTools.require("pandoc");
    String markdown = Md.render(PressRelease.builder().title(title).build());
    assertEquals(
        collapse(title) + "\n",
        pandoc(markdown, "-f", "markdown-smart", "-t", "plain", "--template=title.plain"));
  }
}
