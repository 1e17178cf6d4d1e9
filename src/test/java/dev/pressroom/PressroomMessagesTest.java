package dev.pressroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the facade's messages say: the input's name, the format it is, no command-line advice. */
class PressroomMessagesTest {
  private static final Pressroom PRESSROOM = Pressroom.standard();
  private static final PressRelease SIMPLE =
      PressRelease.builder().title("Title").paragraph("A paragraph, ünïcödé 中文.").build();

  @TempDir Path dir;

  @Test
  void readingAMissingFileNamesIt() {
    Path missing = dir.resolve("nothere.json");
    ParseException e = assertThrows(ParseException.class, () -> Pressroom.read(missing));
    assertEquals(missing + ": no such file", e.getMessage());
    assertEquals(missing.toString(), e.sourceName());
    assertEquals("no such file", e.messageWithoutSource());
  }

  @Test
  void aParseErrorNamesTheSourceThenThePlace() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"titel\":\"T\"}");
    ParseException e = assertThrows(ParseException.class, () -> Pressroom.read(file));
    assertEquals(file + ": $.titel: unknown key \"titel\"", e.getMessage());
    assertEquals("$.titel", e.location());
    assertEquals("$.titel: unknown key \"titel\"", e.messageWithoutSource());
    ParseException bytes =
        assertThrows(
            ParseException.class,
            () -> PRESSROOM.parse("{}".getBytes(StandardCharsets.UTF_8), "json", "in.json"));
    assertEquals("in.json: $: missing required key \"title\"", bytes.getMessage());
    ParseException stream =
        assertThrows(
            ParseException.class,
            () -> PRESSROOM.parse(new ByteArrayInputStream(new byte[0]), "txt", "empty.txt"));
    assertEquals("empty.txt", stream.sourceName());
  }

  @Test
  void aParserCalledDirectlyLeavesTheSourceToItsCaller() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () ->
                PRESSROOM
                    .requireParser("json")
                    .parse(new ByteArrayInputStream("{}".getBytes()), ParseContext.of("x.json")));
    assertNull(e.sourceName());
    assertEquals("$: missing required key \"title\"", e.getMessage());
  }

  @Test
  void contentNoFormatRecognisesGivesNoCommandLineAdvice() {
    byte[] noise = {1, 2, 3, 0, (byte) 0xFF, 7};
    UnrecognisedInputException e =
        assertThrows(
            UnrecognisedInputException.class, () -> PRESSROOM.parse(noise, null, "noise.bin"));
    assertEquals("noise.bin: no format recognises this content", e.getMessage());
    assertFalse(e.getMessage().contains("--"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"letter.rtf", "letter", "letter.json"})
  void rtfIsNotSupportedWhateverTheName(String name) throws Exception {
    byte[] rtf = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}".getBytes();
    if (name.endsWith(".json")) {
      // A name that claims a format is believed: the JSON parser says what it found.
      assertThrows(ParseException.class, () -> PRESSROOM.parse(rtf, null, name));
      return;
    }
    UnsupportedInputException e =
        assertThrows(UnsupportedInputException.class, () -> PRESSROOM.parse(rtf, null, name));
    assertEquals(
        name + ": RTF is not supported: save the document as .docx or .txt", e.getMessage());
    Path file = dir.resolve(name);
    Files.write(file, rtf);
    assertTrue(
        assertThrows(UnsupportedInputException.class, () -> Pressroom.read(file))
            .getMessage()
            .endsWith("RTF is not supported: save the document as .docx or .txt"));
  }

  @Test
  void otherFormatsPressroomDoesNotReadAreNamed() throws Exception {
    assertEquals(
        "OpenDocument text (.odt) is not supported: save it as .docx",
        reason(zipWithMimetype("application/vnd.oasis.opendocument.text"), "a.odt"));
    assertEquals(
        "EPUB is not supported", reason(zipWithMimetype("application/epub+zip"), "book.epub"));
    byte[] ole2 = {
      (byte) 0xD0,
      (byte) 0xCF,
      0x11,
      (byte) 0xE0,
      (byte) 0xA1,
      (byte) 0xB1,
      0x1A,
      (byte) 0xE1,
      0,
      0,
      0,
      0
    };
    assertTrue(reason(ole2, "old.doc").startsWith("an old binary Office file (.doc"));
    assertEquals(
        "PostScript is not supported: convert it to PDF",
        reason("%!PS-Adobe-3.0\n".getBytes(), "print.ps"));
  }

  @Test
  void anOpenDocumentFileNamedDocxSaysWhatItIs() throws Exception {
    ParseException e =
        assertThrows(
            UnsupportedInputException.class,
            () ->
                PRESSROOM.parse(
                    zipWithMimetype("application/vnd.oasis.opendocument.text"), null, "a.docx"));
    assertEquals(
        "not a DOCX file: OpenDocument text (.odt) is not supported: save it as .docx",
        e.messageWithoutSource());
  }

  @Test
  void writingToAnUnknownExtensionIsACheckedErrorAndWritesNothing() {
    Path file = dir.resolve("release.rtf");
    RenderException e =
        assertThrows(RenderException.class, () -> Pressroom.write(Releases.seed(), file));
    assertTrue(
        e.getMessage().startsWith(file + ": no format writes files with this extension (known: "),
        e.getMessage());
    assertTrue(e.getMessage().contains(".pdf"), e.getMessage());
    assertFalse(Files.exists(file));
  }

  // UTF-16 and UTF-32 text, with or without a byte order mark, is decoded.

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "BOM UTF-16LE", "UTF-32", "BOM UTF-8"})
  void textFormatsReadUtf16AndUtf32(String encoding) throws Exception {
    for (String format : List.of("txt", "md", "json", "html")) {
      String text = new String(PRESSROOM.render(SIMPLE, format), StandardCharsets.UTF_8);
      byte[] bytes = encode(text, encoding);
      PressRelease back = PRESSROOM.parse(bytes, format, "x");
      assertEquals(SIMPLE.title(), back.title(), format + " in " + encoding);
      assertEquals(SIMPLE.paragraphs(), back.paragraphs(), format + " in " + encoding);
      if (!format.equals("txt")) {
        // sniffed without a name: the UTF-8 sniffers see the text
        assertEquals(SIMPLE.title(), PRESSROOM.parse(bytes, null, "x").title(), format);
      }
    }
  }

  @Test
  void aHandWrittenHtmlPageInUtf16WithoutABomIsRead() throws Exception {
    String page =
        "<html><body><h1>Rail Plan Presented</h1><p>The ministry presented its rail plan today"
            + " in the capital.</p></body></html>";
    PressRelease release =
        PRESSROOM.parse(page.getBytes(StandardCharsets.UTF_16LE), "html", "page.html");
    assertEquals("Rail Plan Presented", release.title());
  }

  @Test
  void brokenUtf16NamesTheEncodingAndPlace() {
    byte[] bytes = encode("Title\n\nA \uD800", "BOM UTF-16LE");
    bytes[bytes.length - 1] = (byte) 0xD8; // an unpaired high surrogate at the end
    bytes[bytes.length - 2] = 0x00;
    UnsupportedInputException e =
        assertThrows(UnsupportedInputException.class, () -> PRESSROOM.parse(bytes, "txt", "x"));
    assertEquals("line 3, column 3", e.location());
    assertTrue(e.reason().startsWith("bytes are not valid UTF-16LE"), e.getMessage());
  }

  private static byte[] encode(String text, String encoding) {
    return switch (encoding) {
      case "BOM UTF-16LE" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, "UTF-16LE");
      case "BOM UTF-8" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text, "UTF-8");
      case "UTF-32" -> concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, text, "UTF-32BE");
      default -> text.getBytes(Charset.forName(encoding)); // "UTF-16" writes a big-endian BOM
    };
  }

  private static byte[] concat(byte[] bom, String text, String charset) {
    byte[] body = text.getBytes(Charset.forName(charset));
    byte[] out = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, out, 0, bom.length);
    System.arraycopy(body, 0, out, bom.length, body.length);
    return out;
  }

  private static String reason(byte[] content, String name) {
    UnsupportedInputException e =
        assertThrows(UnsupportedInputException.class, () -> PRESSROOM.parse(content, null, name));
    return e.reason();
  }

  /** A zip whose first entry is a stored {@code mimetype}, as OpenDocument and EPUB write it. */
  private static byte[] zipWithMimetype(String mimetype) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] data = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  @Test
  void aNamedPipeIsRefusedWithoutReadingIt(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path pipe = dir.resolve("release.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.pressroom.testing.ExternalTools.onPath("mkfifo"), "skipped: no mkfifo");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    // Opened for reading, a pipe with no writer would block this thread for ever.
    UnsupportedInputException e =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20),
            () -> assertThrows(UnsupportedInputException.class, () -> Pressroom.read(pipe)));
    assertTrue(e.getMessage().startsWith(pipe + ": not a regular file"), e.getMessage());
  }
}
