package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pressroom.Pressroom;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser is found by name, by extension and by the {@code %PDF-} header. */
class PdfParserSniffTest {
  private final PdfParser parser = new PdfParser();

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void isCertainOfAPdfHeader() throws Exception {
    assertEquals(100, parser.sniff(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj")));
    assertEquals(100, parser.sniff(PdfParserFixtures.simple()));
    assertEquals(80, parser.sniff(bytes("\r\n%PDF-2.0\n")));
  }

  @Test
  void isNotFooledByOtherContent() {
    assertEquals(0, parser.sniff(bytes("HOME > News & Events\nTitle\n")));
    assertEquals(0, parser.sniff(bytes("{\"title\":\"%PDF-1.7\"}".repeat(80))));
    assertEquals(0, parser.sniff(new byte[0]));
    assertEquals(0, parser.sniff(bytes("PK\u0003\u0004")));
  }

  @Test
  void isRegisteredAsThePdfFormat() throws Exception {
    assertEquals("pdf", parser.format());
    assertEquals(List.of("pdf"), parser.extensions());
    Pressroom pressroom = Pressroom.standard();
    assertInstanceOf(PdfParser.class, pressroom.requireParser("pdf"));
    assertInstanceOf(PdfParser.class, pressroom.detect("release.PDF", new byte[0]));
    assertInstanceOf(PdfParser.class, pressroom.detect(null, PdfParserFixtures.simple()));
  }
}
