package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End marks end the body: boilerplate and syndication links after them are left out. */
class EndMarkTest {

  @ParameterizedTest
  @ValueSource(strings = {"###", "\\#\\#\\#", "-END-", "-end-", "-30-", "---", "***", "* * *"})
  void endMarkEndsTheBody(String mark) throws Exception {
    PressRelease release =
        Md.parse("# T\n\nBody.\n\n" + mark + "\n\nAbout ACME: boilerplate.\n\n[Site](https://x)\n");
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void aThematicBreakBeforeAnyTextIsNotAnEnd() throws Exception {
    assertEquals(List.of("Body."), Md.parse("# T\n\n---\n\nBody.\n").paragraphs());
  }

  @Test
  void paragraphsThatReadAsEndMarksRoundTrip() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .paragraphs(List.of("###", "-END-", "-30-", "---", "***", "Last."))
            .build();
    String markdown = Md.render(release);
    assertEquals(release, Md.parseFull(markdown));
    assertEquals(
        true, markdown.contains("\n\\###\n\n\\-END-\n\n\\-30-\n\n\\---\n\n\\***\n"), markdown);
  }
}
