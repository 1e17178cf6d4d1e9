package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Front matter carries the metadata in keys Hugo and Jekyll read, and reads hand-written YAML. */
class FrontMatterTest {

  private static final PressRelease FULL =
      PressRelease.builder()
          .breadcrumb("HOME", "News & Events")
          .title("Pressroom Ships")
          .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
          .language("zh-CN")
          .paragraph("Body.")
          .footerAction(FooterAction.of("Print"))
          .footerAction(new FooterAction("Share", URI.create("https://example.org/s?a=1&b=2")))
          .build();

  @Test
  void writesEveryFieldInTheDocumentedKeys() {
    assertEquals(
        """
        ---
        title: "Pressroom Ships"
        date: 2023-10-28T13:25:00+08:00
        date_precision: "minute"
        timezone: "Asia/Shanghai"
        breadcrumb:
          - "HOME"
          - "News & Events"
        lang: "zh-CN"
        footer:
          - label: "Print"
          - label: "Share"
            target: "https://example.org/s?a=1&b=2"
        ---

        # Pressroom Ships

        Body.
        """,
        Md.render(FULL));
  }

  @Test
  void leavesOutAbsentFieldsAndEmptyLists() {
    assertEquals(
        "---\ntitle: \"T\"\n---\n\n# T\n", Md.render(PressRelease.builder().title("T").build()));
  }

  @Test
  void readsEveryFieldBack() throws Exception {
    assertEquals(FULL, Md.parseFull(Md.render(FULL)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yes",
        "no",
        "null",
        "~",
        "true",
        "1.0",
        "0x1F",
        "2023-10-28",
        ": ",
        "a: b",
        "#",
        "a #b",
        "- x",
        "-",
        "'",
        "\"",
        "'quoted'",
        "\"quoted\"",
        "a\tb",
        "\\",
        "\\n",
        "😀 emoji",
        "@handle",
        "`tick`",
        "%TAG",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "{x: 1}",
        "[1, 2]",
        "? q",
        "---",
        "...",
        "a\u00A0b",
        "inside\uFEFFtoo"
      })
  void yamlHostileTitlesComeBackAsTheExactString(String title) throws Exception {
    PressRelease release =
        PressRelease.builder().title(title.strip()).breadcrumb(title.strip()).build();
    String markdown = Md.render(release);
    assertEquals(release, Md.parseFull(markdown));
    // An independent YAML 1.2 reader with the core schema sees the same strings.
    String yaml = markdown.substring(4, markdown.indexOf("\n---\n"));
    Map<?, ?> map = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    assertEquals(title.strip(), map.get("title"));
    assertEquals(List.of(title.strip()), map.get("breadcrumb"));
  }

  @Test
  void languageNoIsQuotedSoYaml11ReadersKeepItAString() {
    String markdown = Md.render(PressRelease.builder().title("T").language("no").build());
    assertEquals(true, markdown.contains("\nlang: \"no\"\n"), markdown);
  }

  @Test
  void readsFrontMatterAfterBlankLinesAndABom() throws Exception {
    PressRelease release = Md.parse("\uFEFF\n  \n---\ntitle: Late start\n---\n\nBody.\n");
    assertEquals("Late start", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void readsHandWrittenHugoFrontMatter() throws Exception {
    PressRelease release =
        Md.parse(
            """
            ---
            layout: post
            author: The Team
            tags: [news, release]
            title: Plain title, unquoted
            date: 2024-03-19
            lang: en
            breadcrumb: HOME > News
            footer:
              - Print
              - label: Share
                target: https://example.org/share
            ...
            Body text.
            """);
    assertEquals(
        PressRelease.builder()
            .title("Plain title, unquoted")
            .timestamp(Timestamp.parse("2024-03-19"))
            .language("en")
            .breadcrumb("HOME", "News")
            .paragraph("Body text.")
            .footerAction(FooterAction.of("Print"))
            .footerAction(new FooterAction("Share", URI.create("https://example.org/share")))
            .build(),
        release);
  }

  @Test
  void frontMatterTitleWinsAndTheVisibleHeadingIsNotAParagraph() throws Exception {
    PressRelease release = Md.parse("---\ntitle: Meta title\n---\n\n# Shown title\n\nBody.\n");
    assertEquals("Meta title", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void anOpeningLineWithoutClosingLineIsAThematicBreak() throws Exception {
    PressRelease release = Md.parse("---\n\n# Title\n\nBody.\n");
    assertEquals("Title", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void emptyValuesAreAbsent() throws Exception {
    PressRelease release = Md.parse("---\ntitle: T\ndate:\nlang: ''\nbreadcrumb:\n---\n");
    assertNull(release.timestamp());
    assertNull(release.language());
    assertEquals(List.of(), release.breadcrumb());
  }
}
