package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.UnsupportedInputException;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/**
 * The compound file reader that tells an encrypted DOCX from an old {@code .doc}, checked against
 * files POI writes: the names of the root storage only, across directories of several sectors and
 * allocation tables beyond the header's 109 sectors, and a {@link CompoundFile.Damaged} reason for
 * every truncated or mutated file, never another exception.
 */
class CompoundFileTest {

  @Test
  void namesTheRootStorageOnly() throws Exception {
    byte[] file =
        write(
            fs -> {
              fs.createDocument(new ByteArrayInputStream(new byte[5000]), "WordDocument");
              fs.createDocument(new ByteArrayInputStream(new byte[100]), "1Table");
              DirectoryEntry sub = fs.createDirectory("ObjectPool");
              sub.createDocument("Inner", new ByteArrayInputStream(new byte[10]));
            });
    assertEquals(Set.of("1Table", "ObjectPool", "WordDocument"), CompoundFile.rootNames(file));
  }

  @Test
  void readsDirectoriesOfManySectorsAndLongAllocationTables() throws Exception {
    Set<String> names = new TreeSet<>();
    byte[] file =
        write(
            fs -> {
              // 8 MB need more than the 109 allocation table sectors the header lists
              fs.createDocument(new ByteArrayInputStream(new byte[8 << 20]), "Big");
              names.add("Big");
              for (int i = 0; i < 60; i++) {
                fs.createDocument(new ByteArrayInputStream(new byte[i * 7]), "Stream" + i);
                names.add("Stream" + i);
              }
            });
    assertTrue(file.length > 109 * 128 * 512, "the file needs extra DIFAT sectors");
    assertEquals(names, CompoundFile.rootNames(file));
  }

  @Test
  void aTruncatedFileIsDamaged() throws IOException {
    byte[] file = write(fs -> fs.createDocument(new ByteArrayInputStream(new byte[9000]), "X"));
    for (int length : new int[] {8, 100, 511, 512, 1024, file.length / 2}) {
      byte[] cut = Arrays.copyOf(file, length);
      assertThrows(CompoundFile.Damaged.class, () -> CompoundFile.rootNames(cut), "" + length);
    }
    UnsupportedInputException e =
        assertThrows(
            UnsupportedInputException.class,
            () ->
                new DocxParser()
                    .parse(
                        new ByteArrayInputStream(Arrays.copyOf(file, 700)),
                        ParseContext.of("cut.docx")));
    assertTrue(
        e.getMessage().startsWith("a damaged OLE2 compound file, not DOCX: "), e.getMessage());
  }

  @Test
  void mutatedFilesGiveNamesOrAReason() throws IOException {
    byte[] file =
        write(
            fs -> {
              fs.createDocument(new ByteArrayInputStream(new byte[3000]), "EncryptionInfo");
              fs.createDocument(new ByteArrayInputStream(new byte[20000]), "EncryptedPackage");
            });
    Random random = new Random(12);
    int damaged = 0;
    for (int round = 0; round < 2000; round++) {
      byte[] mutated = file.clone();
      for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
        // the header and the first sectors hold the tables and the directory
        int at = 8 + random.nextInt(Math.min(mutated.length, 4096) - 8);
        mutated[at] = (byte) random.nextInt(256);
      }
      try {
        CompoundFile.rootNames(mutated);
      } catch (CompoundFile.Damaged e) {
        damaged++;
        assertFalse(e.getMessage().isBlank());
      }
    }
    assertTrue(damaged > 0, "no mutation was noticed");
  }

  private interface Content {
    void fill(POIFSFileSystem fs) throws IOException;
  }

  private static byte[] write(Content content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      content.fill(fs);
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }
}
