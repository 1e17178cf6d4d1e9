package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Stderr;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each kind of bad input gets its own clear {@link ParseException}, built here from scratch. */
class PdfParserBadInputTest {
  private final PdfParser parser = new PdfParser();

  private PressRelease parse(byte[] pdf) throws ParseException {
    return parse(pdf, ParseContext.defaults());
  }

  private PressRelease parse(byte[] pdf, ParseContext context) throws ParseException {
    return parser.parse(new ByteArrayInputStream(pdf), context);
  }

  @Test
  void readsTheFixtureItBuildsBadFilesFrom() throws Exception {
    PressRelease release = parse(PdfParserFixtures.simple());
    assertEquals("A Simple Release", release.title());
    assertEquals(java.util.List.of("It has one paragraph of plain text."), release.paragraphs());
  }

  @Test
  void aPasswordProtectedPdfIsEncryptedInput() throws Exception {
    EncryptedInputException e =
        assertThrows(
            EncryptedInputException.class, () -> parse(PdfParserFixtures.encrypted("user-secret")));
    assertEquals(
        "encrypted PDF: it needs a password to open, which Pressroom does not take",
        e.getMessage());
  }

  @Test
  void aPdfEncryptedForCertificateHoldersSaysItNeedsACertificate() {
    byte[] pdf = PdfParserFixtures.certificateEncrypted();
    EncryptedInputException e = assertThrows(EncryptedInputException.class, () -> parse(pdf));
    assertEquals(
        "encrypted PDF: it is encrypted for certificate holders (Adobe.PubSec) and needs a"
            + " certificate and its private key to open, which Pressroom does not take",
        e.getMessage());
    assertTrue(e.getCause() instanceof LinkageError, "PDFBox wanted BouncyCastle: " + e.getCause());
  }

  @Test
  void theSameFileWithoutEncryptionIsRead() throws Exception {
    PressRelease release =
        parse(
            PdfParserFixtures.onePage(
                "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", "<< >>"));
    assertEquals("A Simple Release", release.title());
  }

  @Test
  void aDamagedFontIsADamagedPdfInOurOwnWords() {
    byte[] pdf =
        PdfParserFixtures.onePage(
            "",
            "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H"
                + " /DescendantFonts [ [1] ] >>",
            "<< >>");
    ParseException e = assertThrows(ParseException.class, () -> parse(pdf));
    assertEquals(ParseException.class, e.getClass());
    assertEquals(
        "damaged PDF: its objects cannot be read as the PDF format defines them", e.reason());
    assertTrue(e.getCause() != null, "the PDFBox exception is kept as the cause");
  }

  @Test
  void aPdfEncryptedWithAnEmptyUserPasswordIsReadLikeAnyViewerShowsIt() throws Exception {
    PressRelease release = parse(PdfParserFixtures.encrypted(""));
    assertEquals("A Simple Release", release.title());
    assertEquals(java.util.List.of("It has one paragraph of plain text."), release.paragraphs());
  }

  @Test
  void anImageOnlyPdfHasNoTextLayer() throws Exception {
    UnsupportedInputException e =
        assertThrows(UnsupportedInputException.class, () -> parse(PdfParserFixtures.imageOnly()));
    assertTrue(e.getMessage().startsWith("no text layer (scanned?)"), e.getMessage());
    assertTrue(e.getMessage().contains("does not do OCR"), e.getMessage());
  }

  @Test
  void aType3FontWithoutUnicodeIsRefusedNotReadAsGarbage() throws Exception {
    UnsupportedInputException e =
        assertThrows(
            UnsupportedInputException.class, () -> parse(PdfParserFixtures.unmappedFont(true)));
    assertEquals("page 1", e.location());
    assertTrue(e.reason().contains("no Unicode text"), e.getMessage());
  }

  @Test
  void aSimpleFontWithMadeUpGlyphNamesIsRefusedNotReadAsGarbage() throws Exception {
    UnsupportedInputException e =
        assertThrows(
            UnsupportedInputException.class, () -> parse(PdfParserFixtures.unmappedFont(false)));
    assertTrue(e.reason().contains("no ToUnicode map"), e.getMessage());
  }

  @Test
  void aTruncatedPdfSaysItWasCutShort() throws Exception {
    byte[] whole = PdfParserFixtures.simple();
    ParseException e =
        assertThrows(ParseException.class, () -> parse(Arrays.copyOf(whole, whole.length / 2)));
    assertEquals(
        "truncated PDF: no %%EOF marker at the end (the file was cut short)", e.getMessage());
  }

  @Test
  void aFileThatIsNoPdfIsUnsupported() {
    UnsupportedInputException e =
        assertThrows(
            UnsupportedInputException.class,
            () -> parse("Title\n\nA paragraph.\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("not a PDF: no %PDF- header at the start", e.getMessage());
    assertEquals(
        "empty input, not a PDF",
        assertThrows(UnsupportedInputException.class, () -> parse(new byte[0])).getMessage());
  }

  @Test
  void aDamagedPdfIsAParseExceptionNotAPdfBoxException() {
    byte[] junk =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nxref\ngarbage\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    ParseException e = assertThrows(ParseException.class, () -> parse(junk));
    assertEquals(ParseException.class, e.getClass());
  }

  @Test
  void tooManyPagesIsALimit() throws Exception {
    ParseContext small = new ParseContext("big.pdf", Limits.builder().maxPages(2).build());
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> parse(PdfParserFixtures.pages(3), small));
    assertEquals(
        "PDF has 3 pages, more than the limit of 2 (raise Limits.maxPages to read it)",
        e.getMessage());
    assertEquals(4, parse(PdfParserFixtures.pages(3)).paragraphs().size());
  }

  @Test
  void anInputLargerThanTheLimitIsALimit() throws Exception {
    ParseContext small = new ParseContext("big.pdf", Limits.builder().maxInputBytes(100).build());
    assertThrows(LimitExceededException.class, () -> parse(PdfParserFixtures.simple(), small));
  }

  @Test
  void tooManyOrTooLongParagraphsAreLimits() throws Exception {
    byte[] pdf = PdfParserFixtures.pages(3);
    ParseContext few = new ParseContext("x.pdf", Limits.builder().maxParagraphs(2).build());
    assertEquals(
        "page 2: more paragraphs than the limit of 2 (raise Limits.maxParagraphs)",
        assertThrows(LimitExceededException.class, () -> parse(pdf, few)).getMessage());
    ParseContext shortOnes =
        new ParseContext("x.pdf", Limits.builder().maxParagraphChars(10).build());
    assertEquals(
        "page 1",
        assertThrows(LimitExceededException.class, () -> parse(pdf, shortOnes)).location());
  }

  @Test
  void aDecompressionBombIsALimit() throws Exception {
    byte[] bomb = PdfParserFixtures.bomb(8);
    assertTrue(bomb.length < 64 * 1024, "packed size " + bomb.length);
    ParseContext small =
        new ParseContext("bomb.pdf", Limits.builder().maxUnpackedBytes(4 << 20).build());
    LimitExceededException e = assertThrows(LimitExceededException.class, () -> parse(bomb, small));
    assertEquals("page 1", e.location());
    assertTrue(e.reason().contains("raise Limits.maxUnpackedBytes"), e.getMessage());
  }

  @Test
  void metadataThatIsNotUtf8IsIgnoredAndNothingIsPrinted() throws Exception {
    PressRelease seed = Releases.seed();
    byte[] pdf = dev.pressroom.Pressroom.standard().render(seed, "pdf");
    int at = indexOf(pdf, "<dc:title>") + "<dc:title>".length();
    pdf[at + 20] = (byte) 0xC3; // an XMP packet is stored uncompressed: the length stays right
    pdf[at + 21] = '(';
    String printed = Stderr.of(() -> assertEquals(seed.title(), parse(pdf).title()));
    assertEquals("", printed, "the JDK's XML parser printed on stderr");
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + needle.length <= data.length; i++) {
      if (Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found: " + text);
  }
}
