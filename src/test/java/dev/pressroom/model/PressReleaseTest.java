package dev.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PressReleaseTest {

  private static PressRelease.Builder base() {
    return PressRelease.builder().title("Title");
  }

  @Test
  void equalContentMeansEqualObjects() {
    PressRelease a = base().paragraph("One").breadcrumb("HOME").build();
    PressRelease b = base().paragraph("One").breadcrumb("HOME").build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, base().paragraph("One.").breadcrumb("HOME").build());
  }

  @Test
  void listsAreCopiedAndImmutable() {
    List<String> paragraphs = new ArrayList<>(List.of("One"));
    PressRelease release = base().paragraphs(paragraphs).build();
    paragraphs.add("Two");
    assertEquals(List.of("One"), release.paragraphs());
    assertThrows(UnsupportedOperationException.class, () -> release.paragraphs().add("x"));
  }

  @Test
  void keepsTextExactlyAsGiven() {
    String text = "Inner  spacing,\ttabs,\u00A0NBSP, CASE and e\u0301 kept";
    assertEquals(text, base().paragraph(text).build().paragraphs().get(0));
  }

  @Test
  void titleIsRequired() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PressRelease.builder().build());
    assertTrue(e.getMessage().startsWith("title"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        " lead",
        "trail ",
        "\u00A0nbsp",
        "nbsp\u00A0",
        "\u3000ideographic",
        "\uFEFFbom",
        "\tlead tab",
        "line\nbreak",
        "carriage\rreturn",
        "nul\u0000",
        "c1\u0085",
        "del\u007F",
        "ls\u2028",
        "nonchar\uFFFE",
        "nonchar\uFDD0",
        "unpaired\uD800",
        "high\uD800surrogate",
        "low\uDC00surrogate",
        "",
        "   "
      })
  void rejectsBadParagraphsNamingTheField(String bad) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> base().paragraph("ok").paragraph(bad).build());
    assertTrue(e.getMessage().startsWith("body[1]: paragraph text "), e.getMessage());
  }

  @Test
  void rejectsBadBreadcrumbSegmentAndActionLabel() {
    IllegalArgumentException crumb =
        assertThrows(IllegalArgumentException.class, () -> base().breadcrumb("HOME", " ").build());
    assertTrue(crumb.getMessage().startsWith("breadcrumb[1] is blank"), crumb.getMessage());
    IllegalArgumentException label =
        assertThrows(IllegalArgumentException.class, () -> FooterAction.of("Print\n"));
    assertTrue(label.getMessage().startsWith("footer action label"), label.getMessage());
  }

  @Test
  void namesTheIndexOfAForbiddenCharacterAfterSupplementaryOnes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> base().paragraph("\uD83D\uDE00 x\u0000").build());
    assertTrue(e.getMessage().contains("forbidden character U+0000 at index 4"), e.getMessage());
  }

  @Test
  void acceptsTabsEmojiAndSupplementaryCharactersInside() {
    PressRelease release = base().paragraph("a\tb 😀 𠀀 中文").build();
    assertEquals("a\tb 😀 𠀀 中文", release.paragraphs().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh-CN", "de-DE-1996", "sr-Latn-RS"})
  void acceptsLanguageTags(String tag) {
    assertEquals(tag, base().language(tag).build().language());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "e", "en_US", "en-", "english language", "zh-CN "})
  void rejectsMalformedLanguageTags(String tag) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> base().language(tag).build());
    assertTrue(e.getMessage().startsWith("language"), e.getMessage());
  }

  @Test
  void footerActionTargetMustBeAbsolute() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new FooterAction("Print", java.net.URI.create("print.html")));
  }

  @Test
  void withoutLanguageDropsOnlyTheLanguage() {
    PressRelease release = base().language("en").paragraph("p").build();
    assertEquals(base().paragraph("p").build(), release.withoutLanguage());
  }
}
