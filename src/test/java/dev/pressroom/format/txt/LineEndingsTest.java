package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CRLF, CR, NEL, U+2028 line ends and a BOM read like plain LF text. */
class LineEndingsTest {
  private static final String LF =
      "HOME > News\nHarbour Opens\n\n2024-03-01 09:30\n\nFirst paragraph.\n\nSecond one.\n\n<Print>\n";

  private static final PressRelease EXPECTED =
      PressRelease.builder()
          .breadcrumb("HOME", "News")
          .title("Harbour Opens")
          .timestamp(Timestamp.parse("2024-03-01T09:30"))
          .paragraphs(List.of("First paragraph.", "Second one."))
          .footerAction(FooterAction.of("Print"))
          .build();

  @Test
  void readsLf() throws Exception {
    assertEquals(EXPECTED, parse(LF));
  }

  @Test
  void readsCrlf() throws Exception {
    PressRelease release = parse(LF.replace("\n", "\r\n"));
    assertEquals(EXPECTED, release);
  }

  @Test
  void readsOldMacCr() throws Exception {
    assertEquals(EXPECTED, parse(LF.replace("\n", "\r")));
  }

  @Test
  void readsMixedLineEnds() throws Exception {
    String mixed =
        "HOME > News\r\nHarbour Opens\r\r2024-03-01 09:30\n\r\nFirst paragraph.\u2028\u2028"
            + "Second one.\u0085\u0085<Print>";
    assertEquals(EXPECTED, parse(mixed));
  }

  @Test
  void readsAByteOrderMark() throws Exception {
    byte[] body = LF.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertEquals(EXPECTED, parse(withBom));
  }

  @Test
  void keepsNoCarriageReturnInParagraphs() throws Exception {
    PressRelease release = parse("Title\r\n\r\nOne line.\r\nAnother line.\r\n");
    assertEquals(List.of("One line. Another line."), release.paragraphs());
  }
}
