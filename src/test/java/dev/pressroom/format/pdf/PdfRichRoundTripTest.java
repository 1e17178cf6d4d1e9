package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every field of a version-2 release (subtitle, headings, lists, quotes, emphasis, strong, links,
 * contacts, boilerplate) survives the PDF through its tags: {@code parse(render(m)) == m}.
 */
class PdfRichRoundTripTest {
  private static final PdfRenderer RENDERER = PdfTesting.withDroid();

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.printableRichRelease();
  }

  @Property(tries = 1000)
  void ownPdfsReadBackExactly(@ForAll("rich") PressRelease release) throws Exception {
    byte[] pdf = PdfTesting.render(RENDERER, release);
    PressRelease read =
        new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("release.pdf"));
    assertEquals(release, read);
    assertEquals(release, RENDERER.carried(release));
  }
}
