package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The same release and options give the same bytes: no clock, no random IDs. */
class PdfDeterminismTest {

  @Test
  void seedRendersToIdenticalBytesTwice() {
    byte[] first = PdfTesting.render(new PdfRenderer(), Releases.seed());
    byte[] second = PdfTesting.render(new PdfRenderer(), Releases.seed());
    assertArrayEquals(first, second);
  }

  @Test
  void documentIdDependsOnTheContent() {
    byte[] seed = PdfTesting.render(new PdfRenderer(), Releases.seed());
    byte[] other =
        PdfTesting.render(new PdfRenderer(), Releases.seed().toBuilder().title("Other").build());
    assertFalse(Arrays.equals(id(seed), id(other)));
  }

  private static byte[] id(byte[] pdf) {
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return doc.getDocument().getDocumentID().getString(0).getBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Property
  void generatedReleasesRenderToIdenticalBytesTwice(@ForAll("releases") PressRelease release) {
    PdfRenderer renderer = PdfTesting.withDroid();
    assertArrayEquals(PdfTesting.render(renderer, release), PdfTesting.render(renderer, release));
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }
}
