package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MarkdownRichRoundTripTest {

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.richRelease();
  }

  @Property(tries = 1000)
  void richReleasesReadBackExactly(@ForAll("rich") PressRelease release) throws Exception {
    String markdown = MarkdownRenderer.toMarkdown(release);
    assertEquals(release, Md.parse(markdown), markdown);
  }
}
