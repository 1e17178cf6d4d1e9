package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Stderr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Each kind of bad input gets its own clear exception, built here byte by byte. */
class DocxBadInputTest {

  private static <T extends ParseException> T fails(Class<T> type, byte[] input) {
    return fails(type, input, Limits.defaults());
  }

  private static <T extends ParseException> T fails(Class<T> type, byte[] input, Limits limits) {
    T e =
        assertThrows(
            type,
            () ->
                new DocxParser()
                    .parse(new ByteArrayInputStream(input), new ParseContext("bad.docx", limits)));
    assertEquals(type, e.getClass(), e.getMessage());
    return e;
  }

  @Test
  void zipBombIsALimit() {
    String document =
        "<w:document xmlns:w=\""
            + Docx.W_NS
            + "\"><w:body><w:p><w:r><w:t>"
            + "a".repeat(40 << 20)
            + "</w:t></w:r></w:p></w:body></w:document>";
    byte[] bomb = Docx.zip(Map.of("word/document.xml", document));
    assertTrue(bomb.length < 200_000, "the bomb is small: " + bomb.length);
    LimitExceededException e = fails(LimitExceededException.class, bomb);
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void stricterUnpackLimitsAreEnforcedPerCall() {
    byte[] docx = Docx.render(Releases.seed());
    LimitExceededException e =
        fails(LimitExceededException.class, docx, Limits.builder().maxUnpackedBytes(1000).build());
    assertTrue(e.getMessage().contains("Limits.maxUnpackedBytes"), e.getMessage());
  }

  @Test
  void truncatedFileIsDamaged() {
    byte[] docx = Docx.render(Releases.seed());
    ParseException half = fails(ParseException.class, Arrays.copyOf(docx, docx.length / 2));
    assertTrue(half.getMessage().startsWith("truncated or damaged DOCX"), half.getMessage());
    ParseException end = fails(ParseException.class, Arrays.copyOf(docx, docx.length - 5));
    assertTrue(end.getMessage().startsWith("truncated or damaged DOCX"), end.getMessage());
  }

  @Test
  void damagedEntryDataIsDamaged() {
    byte[] docx = Docx.render(Releases.seed());
    for (int i = 200; i < 400; i++) {
      docx[i] ^= 0x5A; // inside the first entries' deflated data
    }
    ParseException e = fails(ParseException.class, docx);
    assertTrue(
        e.getMessage().contains("damaged") || e.getMessage().contains("XML"), e.getMessage());
  }

  @Test
  void nonZipIsUnsupported() {
    UnsupportedInputException text =
        fails(UnsupportedInputException.class, "just text".getBytes(StandardCharsets.UTF_8));
    assertEquals("not a DOCX file: it is not a zip package", text.getMessage());
    UnsupportedInputException pdf =
        fails(
            UnsupportedInputException.class, "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("not a DOCX file: it is a PDF", pdf.getMessage());
    assertEquals(
        "not a DOCX file: the input is empty",
        fails(UnsupportedInputException.class, new byte[0]).getMessage());
  }

  @Test
  void encryptedDocxIsEncrypted() throws Exception {
    byte[] docx = Docx.render(Releases.seed());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(docx);
      }
      fs.writeFilesystem(out);
    }
    EncryptedInputException e = fails(EncryptedInputException.class, out.toByteArray());
    assertTrue(e.getMessage().contains("password-protected"), e.getMessage());
  }

  @Test
  void oldBinaryWordIsUnsupported() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      fs.writeFilesystem(out);
    }
    UnsupportedInputException e = fails(UnsupportedInputException.class, out.toByteArray());
    assertTrue(e.getMessage().contains("old binary Word document (.doc"), e.getMessage());
  }

  @Test
  void otherZipPackagesAreUnsupported() {
    byte[] odt =
        Docx.zip(
            Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>"));
    assertTrue(fails(UnsupportedInputException.class, odt).getMessage().contains("OpenDocument"));
    byte[] xlsx = Docx.zip(Map.of("xl/workbook.xml", "<workbook/>"));
    assertTrue(
        fails(UnsupportedInputException.class, xlsx).getMessage().contains("not a Word document"));
  }

  @Test
  void entityExpansionIsRefused() {
    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            + "<w:document xmlns:w=\""
            + Docx.W_NS
            + "\"><w:body><w:p><w:r><w:t>&d;&d;&d;</w:t></w:r></w:p></w:body></w:document>";
    ParseException e = fails(ParseException.class, Docx.zip(Map.of("word/document.xml", laughs)));
    assertTrue(e.getMessage().startsWith("word/document.xml"), e.getMessage());
  }

  @Test
  void malformedXmlNamesThePartAndLine() {
    byte[] docx =
        Docx.zip(
            Map.of(
                "word/document.xml",
                "<w:document xmlns:w=\"" + Docx.W_NS + "\">\n<w:body><w:p></w:body>"));
    ParseException e = fails(ParseException.class, docx);
    assertTrue(e.getMessage().startsWith("word/document.xml, line 2, column"), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreNamedAndNothingIsPrinted() throws Exception {
    byte[] document =
        ("<w:document xmlns:w=\"" + Docx.W_NS + "\"><w:body><w:p><w:r><w:t>caf\u00c3(</w:t>")
            .getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      zip.write(document);
      zip.closeEntry();
    }
    String printed =
        Stderr.of(
            () -> {
              ParseException e = fails(ParseException.class, bytes.toByteArray());
              assertEquals("word/document.xml", e.location());
              assertTrue(e.getMessage().contains("not valid UTF-8 at byte"), e.getMessage());
            });
    assertEquals("", printed, "the JDK's XML parser printed on stderr");
  }

  @Test
  void deepNestingIsALimit() {
    byte[] docx =
        new Docx.Builder()
            .body("<w:sdt><w:sdtContent>".repeat(300) + "</w:sdtContent></w:sdt>".repeat(300))
            .build();
    LimitExceededException e = fails(LimitExceededException.class, docx);
    assertTrue(e.getMessage().contains("Limits.maxDepth"), e.getMessage());
  }

  @Test
  void tooManyParagraphsIsALimit() {
    byte[] docx = Docx.render(Releases.seed());
    LimitExceededException e =
        fails(LimitExceededException.class, docx, Limits.builder().maxParagraphs(3).build());
    assertTrue(e.getMessage().contains("Limits.maxParagraphs"), e.getMessage());
  }

  @Test
  void tooLongParagraphIsALimit() {
    byte[] docx = Docx.render(Releases.seed());
    LimitExceededException e =
        fails(LimitExceededException.class, docx, Limits.builder().maxParagraphChars(100).build());
    assertTrue(e.getMessage().contains("Limits.maxParagraphChars"), e.getMessage());
  }

  @Test
  void emptyDocumentHasNoTitle() {
    ParseException e = fails(ParseException.class, new Docx.Builder().body("<w:p/>").build());
    assertTrue(e.getMessage().contains("no text"), e.getMessage());
  }
}
