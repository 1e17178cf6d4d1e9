package dev.pressroom.format.docx;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads every entry of a zip archive held in memory, through its central directory, refusing zip
 * bombs while inflating: an entry may not grow beyond {@link Limits#maxCompressionRatio()} times
 * its packed size (entries up to 1 MiB are exempt, being too small to matter), nor the whole
 * archive beyond {@link Limits#maxUnpackedBytes()}. Inflation stops at the first byte past either
 * bound, so a bomb costs no more memory than the limits allow. Every entry's CRC is checked.
 *
 * <p>Only what a DOCX uses is supported: stored and deflated entries, no encryption, no ZIP64.
 */
final class ZipReader {
  /** Entries smaller than this are too small to matter as bombs. */
  static final long GRACE = 1 << 20;

  private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

  private static final int END = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;

  private final byte[] zip;
  private final Limits limits;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long total;

  private ZipReader(byte[] zip, Limits limits) {
    this.zip = zip;
    this.limits = limits;
  }

  /**
   * The entries by name (directories left out), in central directory order.
   *
   * @throws ParseException when the archive is damaged or uses what a DOCX never does
   * @throws LimitExceededException when an entry or the whole archive unpacks beyond the limits
   */
  static Map<String, byte[]> read(byte[] zip, Limits limits) throws ParseException {
    ZipReader reader = new ZipReader(zip, limits);
    try {
      return reader.entries();
    } finally {
      reader.inflater.end();
    }
  }

  private Map<String, byte[]> entries() throws ParseException {
    int end = findEnd();
    int count = u16(end + 10);
    long size = u32(end + 12);
    long offset = u32(end + 16);
    if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL) {
      throw damaged("a ZIP64 archive, which no DOCX needs");
    }
    if (offset + size > end) {
      throw damaged("the central directory lies outside the file");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    int at = (int) offset;
    for (int i = 0; i < count; i++) {
      need(at, 46);
      if (i32(at) != CENTRAL) {
        throw damaged("central directory entry " + (i + 1) + " is broken");
      }
      int flags = u16(at + 8);
      int method = u16(at + 10);
      long expectedCrc = u32(at + 16);
      long packed = u32(at + 20);
      long declared = u32(at + 24);
      int nameLength = u16(at + 28);
      int skip = nameLength + u16(at + 30) + u16(at + 32);
      long local = u32(at + 42);
      need(at + 46, nameLength);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      at += 46 + skip;
      if (name.endsWith("/")) {
        continue;
      }
      if ((flags & 1) != 0) {
        throw new EncryptedInputException(
            name, "the zip is password-protected; save the document again without a password");
      }
      if (packed == 0xFFFFFFFFL || declared == 0xFFFFFFFFL || local == 0xFFFFFFFFL) {
        throw damaged("a ZIP64 archive, which no DOCX needs");
      }
      byte[] data = entry(name, method, dataStart(name, local), packed, declared);
      crc.reset();
      crc.update(data);
      if (crc.getValue() != expectedCrc) {
        throw damaged("entry " + name + " fails its CRC check");
      }
      entries.put(name, data);
    }
    return entries;
  }

  private int findEnd() throws ParseException {
    int stop = Math.max(0, zip.length - 22 - 65535);
    for (int i = zip.length - 22; i >= stop; i--) {
      if (i32(i) == END) {
        return i;
      }
    }
    throw damaged("the zip archive has no end (central directory)");
  }

  private int dataStart(String name, long local) throws ParseException {
    if (local > zip.length - 30 || i32((int) local) != LOCAL) {
      throw damaged("the local header of " + name + " is missing");
    }
    int at = (int) local;
    return at + 30 + u16(at + 26) + u16(at + 28);
  }

  private byte[] entry(String name, int method, int start, long packed, long declared)
      throws ParseException {
    if (start + packed > zip.length) {
      throw damaged("entry " + name + " is cut off");
    }
    long cap = Math.max(GRACE, packed * limits.maxCompressionRatio());
    if (method == 0) {
      checkTotal(name, packed);
      total += packed;
      return Arrays.copyOfRange(zip, start, start + (int) packed);
    }
    if (method != 8) {
      throw damaged("entry " + name + " uses compression method " + method + ", not Deflate");
    }
    inflater.reset();
    inflater.setInput(zip, start, (int) packed);
    byte[] out = new byte[(int) Math.min(Math.max(declared, 64), Math.min(cap, 1 << 20)) + 1];
    int length = 0;
    boolean padded = false;
    try {
      while (!inflater.finished()) {
        if (length == out.length) {
          if (out.length >= LARGEST_ARRAY) {
            // only reachable with limits raised past what one Java array can hold
            throw new LimitExceededException(name, "a zip entry larger than 2 GiB");
          }
          out =
              Arrays.copyOf(
                  out, (int) Math.min(Math.min((long) out.length * 2, cap + 1), LARGEST_ARRAY));
        }
        int n = inflater.inflate(out, length, out.length - length);
        length += n;
        if (length > cap) {
          throw bomb(name);
        }
        checkTotal(name, length);
        if (n == 0 && inflater.needsInput() && !padded) {
          inflater.setInput(new byte[1]); // raw Deflate may want one byte past the data
          padded = true;
        } else if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw damaged("entry " + name + " is cut off");
        }
      }
    } catch (DataFormatException e) {
      throw damaged("entry " + name + " is not valid Deflate data");
    }
    total += length;
    return Arrays.copyOf(out, length);
  }

  private void checkTotal(String name, long length) throws LimitExceededException {
    if (total + length > limits.maxUnpackedBytes()) {
      throw new LimitExceededException(
          name,
          "the DOCX unpacks to more than the limit of "
              + limits.maxUnpackedBytes()
              + " bytes (raise Limits.maxUnpackedBytes)");
    }
  }

  private LimitExceededException bomb(String name) {
    return new LimitExceededException(
        name,
        "zip bomb: an entry expands more than "
            + limits.maxCompressionRatio()
            + " times its packed size (raise Limits.maxCompressionRatio if the file is genuine)");
  }

  private static ParseException damaged(String what) {
    return new ParseException(null, "truncated or damaged DOCX (zip): " + what);
  }

  private void need(int at, int length) throws ParseException {
    if (at < 0 || at + length > zip.length) {
      throw damaged("the central directory is cut off");
    }
  }

  private int u16(int at) {
    return (zip[at] & 0xFF) | (zip[at + 1] & 0xFF) << 8;
  }

  private long u32(int at) {
    return i32(at) & 0xFFFFFFFFL;
  }

  private int i32(int at) {
    return (zip[at] & 0xFF)
        | (zip[at + 1] & 0xFF) << 8
        | (zip[at + 2] & 0xFF) << 16
        | (zip[at + 3] & 0xFF) << 24;
  }
}
