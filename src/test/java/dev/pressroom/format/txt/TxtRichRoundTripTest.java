package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A version-2 release reads back from its plain shape as {@link TxtRenderer#carried} says: every
 * field but the language, emphasis and strong text as their words.
 */
class TxtRichRoundTripTest {

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.richRelease();
  }

  @Property(tries = 1000)
  void richReleasesReadBackAsCarried(@ForAll("rich") PressRelease release) throws Exception {
    byte[] text = TxtTesting.renderBytes(release);
    PressRelease carried = new TxtRenderer().carried(release);
    assertEquals(carried, TxtTesting.parse(text), TxtTesting.render(release));
    assertArrayEquals(text, TxtTesting.renderBytes(carried), "carried renders the same bytes");
  }

  @Property(tries = 200)
  void carriedIsWhatTheShapeKeeps(@ForAll("rich") PressRelease release) {
    TxtRenderer renderer = new TxtRenderer();
    PressRelease carried = renderer.carried(release);
    assertEquals(carried, renderer.carried(carried), "carried keeps what it carries");
    assertEquals(release.withoutLanguage().paragraphs(), carried.paragraphs(), "no word is lost");
    assertEquals(release.contacts(), carried.contacts());
    assertEquals(release.subtitle(), carried.subtitle());
  }
}
