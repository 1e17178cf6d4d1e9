package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Releases that mix right-to-left and left-to-right scripts, in languages of both directions, read
 * back exactly from their DOCX: the cut runs, {@code w:bidi} and {@code w:rtl} change no text.
 */
class DocxDirectionRoundTripTest {

  @Provide
  Arbitrary<PressRelease> mixed() {
    return Releases.mixedDirectionRelease();
  }

  @Property(tries = 1000)
  void mixedDirectionReleasesReadBackExactly(@ForAll("mixed") PressRelease release)
      throws Exception {
    byte[] docx = Docx.render(release);
    assertEquals(release, Docx.parse(docx), () -> Docx.part(docx, "word/document.xml"));
  }

  @Property(tries = 200)
  void mixedDirectionReleasesGiveTheSameBytesTwice(@ForAll("mixed") PressRelease release) {
    assertArrayEquals(Docx.render(release), Docx.render(release));
  }
}
