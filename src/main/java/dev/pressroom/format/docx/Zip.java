package dev.pressroom.format.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip writer whose bytes depend only on what is added: entries in the order given, each deflated
 * with sizes and CRC in its local header (no data descriptors), every entry dated 1980-02-01 00:00
 * in DOS time, no extra fields, UTF-8 names. Parts that are the same in every document are
 * compressed once per JVM ({@link #pack}) and copied. The whole archive is assembled in memory and
 * written to the caller's stream in one call by {@link #finish}; the stream is not closed.
 */
final class Zip {
  private static final int DOS_DATE = (2 << 5) | 1; // 1980-02-01
  private static final int UTF8_NAMES = 1 << 11;

  /** One entry, compressed: what {@link #pack} returns and {@link #add(Packed)} copies. */
  record Packed(byte[] name, byte[] deflated, int crc, int size) {}

  private final OutputStream out;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
  private final ByteArrayOutputStream central = new ByteArrayOutputStream(1024);
  private Deflater deflater;
  private int count;

  Zip(OutputStream out) {
    this.out = out;
  }

  /** {@code content} as a compressed entry named {@code name}, to be added to many archives. */
  static Packed pack(String name, String content) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      return pack(name, content, deflater);
    } finally {
      deflater.end();
    }
  }

  /** {@code data} as a compressed entry named {@code name}, to be added to many archives. */
  static Packed pack(String name, byte[] data) {
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      return pack(name, data, deflater);
    } finally {
      deflater.end();
    }
  }

  private static Packed pack(String name, String content, Deflater deflater) {
    return pack(name, content.getBytes(StandardCharsets.UTF_8), deflater);
  }

  private static Packed pack(String name, byte[] data, Deflater deflater) {
    CRC32 crc = new CRC32();
    crc.update(data);
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream deflated = new ByteArrayOutputStream(data.length / 2 + 64);
    byte[] chunk = new byte[8192];
    while (!deflater.finished()) {
      deflated.write(chunk, 0, deflater.deflate(chunk));
    }
    return new Packed(
        name.getBytes(StandardCharsets.UTF_8),
        deflated.toByteArray(),
        (int) crc.getValue(),
        data.length);
  }

  /** Adds an entry, compressing it now. */
  void add(String name, String content) {
    if (deflater == null) {
      deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    }
    add(pack(name, content, deflater));
  }

  /** Adds an entry compressed before. */
  void add(Packed part) {
    int offset = body.size();
    header(body, 0x04034b50, part, -1);
    body.writeBytes(part.name());
    body.writeBytes(part.deflated());
    header(central, 0x02014b50, part, offset);
    central.writeBytes(part.name());
    count++;
  }

  /** Writes the archive to the stream; entries may not be added afterwards. */
  void finish() throws IOException {
    if (deflater != null) {
      deflater.end();
    }
    int centralOffset = body.size();
    ByteArrayOutputStream end = new ByteArrayOutputStream(22);
    int32(end, 0x06054b50);
    int16(end, 0); // this disk
    int16(end, 0); // disk with the central directory
    int16(end, count);
    int16(end, count);
    int32(end, central.size());
    int32(end, centralOffset);
    int16(end, 0); // comment length
    central.writeTo(body);
    end.writeTo(body);
    body.writeTo(out);
    out.flush();
  }

  /** A local header ({@code offset < 0}) or central directory header, without the name. */
  private static void header(ByteArrayOutputStream to, int signature, Packed part, int offset) {
    boolean central = offset >= 0;
    int32(to, signature);
    if (central) {
      int16(to, 20); // made by: MS-DOS, zip 2.0
    }
    int16(to, 20); // needed to extract: zip 2.0 (deflate)
    int16(to, UTF8_NAMES);
    int16(to, 8); // deflated
    int16(to, 0); // 00:00
    int16(to, DOS_DATE);
    int32(to, part.crc());
    int32(to, part.deflated().length);
    int32(to, part.size());
    int16(to, part.name().length);
    int16(to, 0); // extra field length
    if (central) {
      int16(to, 0); // comment length
      int16(to, 0); // disk number
      int16(to, 0); // internal attributes
      int32(to, 0); // external attributes
      int32(to, offset);
    }
  }

  private static void int16(ByteArrayOutputStream to, int value) {
    to.write(value);
    to.write(value >>> 8);
  }

  private static void int32(ByteArrayOutputStream to, int value) {
    int16(to, value);
    int16(to, value >>> 16);
  }
}
