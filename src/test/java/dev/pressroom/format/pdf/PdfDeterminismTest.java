package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
  void concurrentRendersGiveTheSameBytesAsOne() throws Exception {
    PdfRenderer renderer = PdfTesting.withDroid();
    List<PressRelease> releases =
        List.of(
            Releases.seed(),
            PdfFontFallbackTest.chinese(),
            PdfFontFallbackTest.mixed(),
            PdfTesting.richExample());
    List<byte[]> expected = releases.stream().map(r -> PdfTesting.render(renderer, r)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        PressRelease release = releases.get(i % releases.size());
        results.add(pool.submit(() -> PdfTesting.render(renderer, release)));
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(expected.get(i % releases.size()), results.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
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

  @Property(tries = 100)
  void richReleasesRenderToIdenticalBytesTwice(@ForAll("rich") PressRelease release) {
    PdfRenderer renderer = PdfTesting.withDroid();
    assertArrayEquals(PdfTesting.render(renderer, release), PdfTesting.render(renderer, release));
  }

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.printableRichRelease();
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return PdfTesting.drawable(Releases.release());
  }
}
