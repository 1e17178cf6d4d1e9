package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The zip reader: every entry back exactly, and each kind of damage its own clear error. */
class ZipReaderTest {
  private static final Limits LIMITS = Limits.defaults();

  @Property(tries = 200)
  void readsBackWhatTheJdkWrote(
      @ForAll @Size(max = 5) List<@Size(max = 3000) byte[]> contents, @ForAll boolean stored)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < contents.size(); i++) {
        ZipEntry entry = new ZipEntry("part" + i + ".bin");
        if (stored) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(contents.get(i).length);
          CRC32 crc = new CRC32();
          crc.update(contents.get(i));
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(contents.get(i));
        zip.closeEntry();
      }
    }
    Map<String, byte[]> read = ZipReader.read(bytes.toByteArray(), LIMITS);
    assertEquals(contents.size(), read.size());
    for (int i = 0; i < contents.size(); i++) {
      assertArrayEquals(contents.get(i), read.get("part" + i + ".bin"));
    }
  }

  @Test
  void leavesDirectoriesOut() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("word/"));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals(List.of("word/document.xml"), List.copyOf(read(bytes.toByteArray()).keySet()));
  }

  @Test
  void changedEntryDataFailsItsCrcCheck() throws Exception {
    byte[] zip = storedZip("a.xml", "<hello/>");
    int at = indexOf(zip, "<hello/>");
    zip[at + 1] = 'j';
    ParseException e = assertThrows(ParseException.class, () -> read(zip));
    assertTrue(e.getMessage().contains("a.xml fails its CRC check"), e.getMessage());
  }

  @Test
  void passwordProtectedEntriesAreEncryptedInput() throws Exception {
    byte[] zip = storedZip("a.xml", "<hello/>");
    int central = lastIndexOf(zip, new byte[] {'P', 'K', 1, 2});
    zip[central + 8] |= 1; // general purpose flag bit 0: encrypted
    EncryptedInputException e = assertThrows(EncryptedInputException.class, () -> read(zip));
    assertEquals("a.xml", e.location());
  }

  @Test
  void otherCompressionMethodsAreNamed() throws Exception {
    byte[] zip = storedZip("a.xml", "<hello/>");
    int central = lastIndexOf(zip, new byte[] {'P', 'K', 1, 2});
    zip[central + 10] = 12; // bzip2
    ParseException e = assertThrows(ParseException.class, () -> read(zip));
    assertTrue(e.getMessage().contains("compression method 12"), e.getMessage());
  }

  @Test
  void zip64IsRefusedClearly() throws Exception {
    byte[] zip = storedZip("a.xml", "<hello/>");
    int central = lastIndexOf(zip, new byte[] {'P', 'K', 1, 2});
    ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN).putInt(central + 20, -1);
    ParseException e = assertThrows(ParseException.class, () -> read(zip));
    assertTrue(e.getMessage().contains("ZIP64"), e.getMessage());
  }

  @Test
  void aMissingLocalHeaderIsDamage() throws Exception {
    byte[] zip = storedZip("a.xml", "<hello/>");
    zip[0] = 'X';
    ParseException e = assertThrows(ParseException.class, () -> read(zip));
    assertTrue(e.getMessage().contains("local header of a.xml is missing"), e.getMessage());
  }

  @Test
  void deflateDataCutShortIsDamage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("a.xml"));
      zip.write("<p>some text that deflates</p>".repeat(200).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    byte[] zip = bytes.toByteArray();
    int central = lastIndexOf(zip, new byte[] {'P', 'K', 1, 2});
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(central + 20, b.getInt(central + 20) / 2); // claims half the packed bytes
    ParseException e = assertThrows(ParseException.class, () -> read(zip));
    assertTrue(
        e.getMessage().contains("cut off") || e.getMessage().contains("not valid Deflate"),
        e.getMessage());
  }

  @Test
  void stopsInflatingABombAtTheRatio() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("bomb.xml"));
      zip.write(new byte[8 << 20]);
      zip.closeEntry();
    }
    LimitExceededException e =
        assertThrows(LimitExceededException.class, () -> read(bytes.toByteArray()));
    assertEquals("bomb.xml", e.location());
    assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
  }

  @Test
  void aLooserRatioOfTheCallLetsAHighlyCompressedEntryThrough() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("zeros.xml"));
      zip.write(new byte[8 << 20]);
      zip.closeEntry();
    }
    Limits loose = Limits.builder().maxCompressionRatio(5000).build();
    assertEquals(8 << 20, ZipReader.read(bytes.toByteArray(), loose).get("zeros.xml").length);
  }

  @Test
  void allowsHighRatiosUpToOneMebibyte() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("zeros.xml"));
      zip.write(new byte[1 << 20]);
      zip.closeEntry();
    }
    assertEquals(1 << 20, read(bytes.toByteArray()).get("zeros.xml").length);
  }

  private static Map<String, byte[]> read(byte[] zip) throws ParseException {
    return ZipReader.read(zip, LIMITS);
  }

  private static byte[] storedZip(String name, String content) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      ZipEntry entry = new ZipEntry(name);
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + needle.length <= data.length; i++) {
      if (java.util.Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found: " + text);
  }

  private static int lastIndexOf(byte[] data, byte[] needle) {
    for (int i = data.length - needle.length; i >= 0; i--) {
      if (java.util.Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
