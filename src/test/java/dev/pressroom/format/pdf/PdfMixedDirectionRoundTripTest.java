package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Scripts;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Releases that mix scripts and directions in every field — Arabic with vowel signs, Persian with
 * ZWNJ, Hebrew with points, Urdu, Hindi, Thai, Latin, digits, mirrored brackets and bidi controls,
 * in releases of either direction — read back exactly from their shaped PDFs, justified or not.
 */
class PdfMixedDirectionRoundTripTest {
  private static PdfRenderer ragged;
  private static PdfRenderer justified;

  @BeforeContainer
  static void renderers() {
    ragged = renderer(false);
    justified = renderer(true);
  }

  private static PdfRenderer renderer(boolean justify) {
    PdfRenderer.Builder builder =
        PdfRenderer.builder().systemFonts(SystemFonts.NONE).justify(justify);
    Scripts.fonts().forEach(builder::addFont);
    return builder.addFont(PdfTesting.droid()).build(); // the footer labels' CJK
  }

  @Provide
  Arbitrary<PressRelease> mixed() {
    return Releases.mixedDirectionRelease();
  }

  @Property(tries = 1000)
  void shapedPdfsReadBackExactly(@ForAll("mixed") PressRelease release) throws Exception {
    for (PdfRenderer renderer : new PdfRenderer[] {ragged, justified}) {
      byte[] pdf = PdfTesting.render(renderer, release);
      PressRelease read =
          new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("release.pdf"));
      assertEquals(release, read);
    }
  }
}
