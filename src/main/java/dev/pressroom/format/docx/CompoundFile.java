package dev.pressroom.format.docx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names in the root storage of an OLE2 compound file (Microsoft's Compound File Binary format,
 * [MS-CFB]): all a DOCX reader needs to tell a password-protected DOCX ({@code EncryptionInfo})
 * from an old binary Word document ({@code WordDocument}). Only the header, the sector allocation
 * table and the directory are read; stream contents never are.
 *
 * <p>Every offset, sector number and chain is checked against the bytes at hand, so a damaged or
 * hostile file gives a {@link Damaged} exception with a reason, never a loop or another exception.
 */
final class CompoundFile {
  /** The eight bytes every compound file starts with. */
  private static final byte[] SIGNATURE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private static final int HEADER = 512;
  private static final int HEADER_DIFAT = 109;
  private static final int DIRECTORY_ENTRY = 128;
  private static final int END_OF_CHAIN = 0xFFFFFFFE;

  /** No stream, no sibling, or (in the allocation table) a free sector. */
  private static final int NO_STREAM = 0xFFFFFFFF;

  private static final int TYPE_STORAGE = 1;
  private static final int TYPE_STREAM = 2;
  private static final int TYPE_ROOT = 5;

  private CompoundFile() {}

  /** Why a file that starts like a compound file cannot be read as one. */
  static final class Damaged extends Exception {
    private static final long serialVersionUID = 1L;

    Damaged(String message) {
      super(message);
    }
  }

  /** Whether {@code bytes} start with the compound file signature. */
  static boolean isCompoundFile(byte[] bytes) {
    if (bytes.length < SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (bytes[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  /** The names of the streams and storages directly in the root storage, sorted. */
  static Set<String> rootNames(byte[] bytes) throws Damaged {
    if (!isCompoundFile(bytes)) {
      throw new Damaged("no compound file signature");
    }
    if (bytes.length < HEADER) {
      throw new Damaged("truncated header");
    }
    ByteBuffer data = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int shift = data.getShort(0x1E) & 0xFFFF;
    if (shift != 9 && shift != 12) {
      throw new Damaged("sector size 2^" + shift + " is neither 512 nor 4096 bytes");
    }
    int sectorSize = 1 << shift;
    long sectors = Math.max(0, ((long) bytes.length - sectorSize) / sectorSize);
    int[] fat = fat(data, sectorSize, sectors);
    byte[] directory = chain(data, fat, data.getInt(0x30), sectorSize, sectors);
    int entries = directory.length / DIRECTORY_ENTRY;
    if (entries == 0 || directory[0x42] != TYPE_ROOT) {
      throw new Damaged("no root entry in the directory");
    }
    ByteBuffer dir = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
    Set<String> names = new TreeSet<>();
    BitSet seen = new BitSet(entries);
    Deque<Integer> pending = new ArrayDeque<>();
    pending.push(dir.getInt(0x4C));
    while (!pending.isEmpty()) {
      int id = pending.pop();
      if (id == NO_STREAM) {
        continue;
      }
      if (id < 0 || id >= entries || seen.get(id)) {
        throw new Damaged("directory entry " + Integer.toUnsignedString(id) + " is out of place");
      }
      seen.set(id);
      int at = id * DIRECTORY_ENTRY;
      int type = directory[at + 0x42];
      if (type == TYPE_STORAGE || type == TYPE_STREAM) {
        names.add(name(dir, at));
      }
      pending.push(dir.getInt(at + 0x44));
      pending.push(dir.getInt(at + 0x48));
    }
    return names;
  }

  /** The sector allocation table, gathered from the header's and the extra DIFAT sectors. */
  private static int[] fat(ByteBuffer data, int sectorSize, long sectors) throws Damaged {
    long fatSectors = Integer.toUnsignedLong(data.getInt(0x2C));
    if (fatSectors > sectors) {
      throw new Damaged("more allocation table sectors (" + fatSectors + ") than the file holds");
    }
    int perSector = sectorSize / 4;
    int[] fat = new int[(int) fatSectors * perSector];
    int found = 0;
    for (int i = 0; i < HEADER_DIFAT && found < fatSectors; i++) {
      found = fatSector(data, data.getInt(0x4C + 4 * i), fat, found, sectorSize, sectors);
    }
    int difat = data.getInt(0x44);
    long hops = 0;
    while (found < fatSectors) {
      if (difat == END_OF_CHAIN || difat == NO_STREAM || ++hops > sectors) {
        throw new Damaged("the allocation table is incomplete");
      }
      int offset = offset(difat, sectorSize, sectors);
      for (int i = 0; i < perSector - 1 && found < fatSectors; i++) {
        found = fatSector(data, data.getInt(offset + 4 * i), fat, found, sectorSize, sectors);
      }
      difat = data.getInt(offset + sectorSize - 4);
    }
    for (int sector = fat.length - 1; sector >= sectors; sector--) {
      if (fat[sector] != NO_STREAM) {
        throw new Damaged(
            "truncated: sector " + sector + " is in use but past the end of the file");
      }
    }
    return fat;
  }

  private static int fatSector(
      ByteBuffer data, int sector, int[] fat, int found, int sectorSize, long sectors)
      throws Damaged {
    int offset = offset(sector, sectorSize, sectors);
    int perSector = sectorSize / 4;
    for (int i = 0; i < perSector; i++) {
      fat[found * perSector + i] = data.getInt(offset + 4 * i);
    }
    return found + 1;
  }

  /** The bytes of the sector chain that starts at {@code first}, in chain order. */
  private static byte[] chain(ByteBuffer data, int[] fat, int first, int sectorSize, long sectors)
      throws Damaged {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int sector = first;
    long hops = 0;
    while (sector != END_OF_CHAIN) {
      if (++hops > sectors) {
        throw new Damaged("a sector chain loops");
      }
      int offset = offset(sector, sectorSize, sectors);
      out.write(data.array(), offset, sectorSize);
      if (sector < 0 || sector >= fat.length) {
        throw new Damaged("sector " + Integer.toUnsignedString(sector) + " has no table entry");
      }
      sector = fat[sector];
    }
    return out.toByteArray();
  }

  private static int offset(int sector, int sectorSize, long sectors) throws Damaged {
    long index = Integer.toUnsignedLong(sector);
    if (index >= sectors) {
      throw new Damaged("sector " + index + " lies past the end of the file");
    }
    return (int) ((index + 1) * sectorSize);
  }

  /** An entry's name: UTF-16LE, its length in bytes (with the terminating zero) at 0x40. */
  private static String name(ByteBuffer dir, int at) throws Damaged {
    int length = dir.getShort(at + 0x40) & 0xFFFF;
    if (length < 2 || length > 64 || length % 2 != 0) {
      throw new Damaged("a directory entry has a name of " + length + " bytes");
    }
    return new String(dir.array(), at, length - 2, StandardCharsets.UTF_16LE);
  }
}
