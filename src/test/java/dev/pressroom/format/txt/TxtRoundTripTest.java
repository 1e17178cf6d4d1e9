package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The parser reads back exactly what the renderer wrote, language aside. */
class TxtRoundTripTest {

  @Property
  void readsBackWhatItWrites(@ForAll("releases") PressRelease release) throws Exception {
    assertEquals(release.withoutLanguage(), TxtTesting.parse(TxtTesting.renderBytes(release)));
  }

  @Property
  void rewritesTheSameBytes(@ForAll("releases") PressRelease release) throws Exception {
    byte[] text = TxtTesting.renderBytes(release);
    assertArrayEquals(text, TxtTesting.renderBytes(TxtTesting.parse(text)));
  }

  @Property
  void carriesEverythingButTheLanguage(@ForAll("releases") PressRelease release) {
    assertEquals(release.withoutLanguage(), new TxtRenderer().carried(release));
  }

  @Property
  void readsBackStructuralLines(@ForAll("structural") PressRelease release) throws Exception {
    byte[] text = TxtTesting.renderBytes(release);
    assertEquals(release.withoutLanguage(), TxtTesting.parse(text));
    assertArrayEquals(text, TxtTesting.renderBytes(TxtTesting.parse(text)));
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Provide
  Arbitrary<PressRelease> structural() {
    return TxtReleases.release();
  }
}
