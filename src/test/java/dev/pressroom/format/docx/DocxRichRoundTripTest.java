package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every version-2 release, every field generated, reads back exactly from its DOCX. */
class DocxRichRoundTripTest {

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.richRelease();
  }

  @Property(tries = 1000)
  void richReleasesReadBackExactly(@ForAll("rich") PressRelease release) throws Exception {
    byte[] docx = Docx.render(release);
    assertEquals(release, Docx.parse(docx), () -> Docx.part(docx, "word/document.xml"));
  }

  @Property(tries = 200)
  void richReleasesGiveTheSameBytesTwice(@ForAll("rich") PressRelease release) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(Docx.render(release), Docx.render(release));
  }
}
