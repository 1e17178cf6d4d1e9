package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Damaged PDFs — bytes overwritten anywhere, the tagged seed and a foreign PDF alike — either read
 * as a valid release or fail with a {@link ParseException}: no exception of PDFBox gets out.
 */
class PdfParserDamagedInputTest {
  private static final byte[][] ORIGINALS = originals();

  private static byte[][] originals() {
    try {
      return new byte[][] {
        PdfParserRoundTripTest.render(new PdfRenderer(), Releases.seed()),
        PdfParserFixtures.simple()
      };
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Property
  void damagedBytesAreAParseExceptionOrAValidRelease(@ForAll("damaged") byte[] pdf) {
    try {
      PressRelease release =
          new PdfParser().parse(new ByteArrayInputStream(pdf), ParseContext.of("damaged.pdf"));
      assertNotNull(release.title());
    } catch (ParseException expected) {
      assertNotNull(expected.getMessage());
    }
  }

  /** One original with up to eight runs of its bytes overwritten by junk or PDF syntax. */
  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> junk =
        Arbitraries.oneOf(
            Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(16),
            Arbitraries.of(
                    "0", "-1", "999999999", "R", "obj", "<<", ">>", "[", "]", "(", "/", "%%EOF")
                .map(s -> s.getBytes(StandardCharsets.US_ASCII)));
    Arbitrary<Tuple.Tuple2<Double, byte[]>> edit =
        Arbitraries.doubles().between(0, 1).flatMap(at -> junk.map(bytes -> Tuple.of(at, bytes)));
    return Arbitraries.integers()
        .between(0, ORIGINALS.length - 1)
        .flatMap(
            which ->
                edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> apply(ORIGINALS[which], edits)));
  }

  private static byte[] apply(byte[] original, List<Tuple.Tuple2<Double, byte[]>> edits) {
    byte[] pdf = original.clone();
    for (Tuple.Tuple2<Double, byte[]> edit : edits) {
      int at = (int) (edit.get1() * (pdf.length - 1));
      byte[] bytes = edit.get2();
      System.arraycopy(bytes, 0, pdf, at, Math.min(bytes.length, pdf.length - at));
    }
    return pdf;
  }
}
