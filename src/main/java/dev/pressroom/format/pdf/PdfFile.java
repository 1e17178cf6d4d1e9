package dev.pressroom.format.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * The objects of one PDF being written, serialised by hand with a classic cross-reference table.
 * Object numbers are reserved first and filled in any order, so that objects can point at each
 * other before their content is known; {@link #toBytes} writes them in number order, which keeps
 * the output a function of the content alone.
 *
 * <p>Writing the syntax directly, rather than through a general object model and its writer, is
 * what makes rendering a release cost well under a millisecond: the document is small and its shape
 * is fixed, so everything general would be overhead.
 */
final class PdfFile {
  private static final byte[] HEADER =
      "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);

  private final List<byte[]> objects = new ArrayList<>(); // index = object number - 1

  /**
   * Level 2 rather than zlib's default 6: on a release's page content, font subsets and maps it
   * takes 0.15 ms instead of 0.52 ms, for output 4% larger.
   */
  private static final int LEVEL = 2;

  private final Deflater deflater = new Deflater(LEVEL);

  private final byte[] chunk = new byte[16 * 1024];

  /** A new object number, to be filled with {@link #put}. */
  int reserve() {
    objects.add(null);
    return objects.size();
  }

  /** Fills object {@code number} with a direct object in PDF syntax, e.g. a dictionary. */
  void put(int number, CharSequence body) {
    objects.set(number - 1, ascii(body));
  }

  /** A new object holding {@code body}; returns its number. */
  int add(CharSequence body) {
    int number = reserve();
    put(number, body);
    return number;
  }

  /**
   * A new stream object: {@code entries} are extra dictionary entries in PDF syntax (may be empty);
   * the data is Flate-compressed when {@code compress}. Returns its number.
   */
  int addStream(CharSequence entries, byte[] data, boolean compress) {
    return addRawStream(entries, compress ? deflate(data) : data, compress);
  }

  /** A new stream object whose {@code data} is already Flate-compressed when {@code flate}. */
  int addRawStream(CharSequence entries, byte[] data, boolean flate) {
    StringBuilder dict = new StringBuilder(64 + entries.length()).append("<<").append(entries);
    if (flate) {
      dict.append("/Filter/FlateDecode");
    }
    dict.append("/Length ").append(data.length).append(">>\nstream\n");
    byte[] head = ascii(dict);
    byte[] tail = "\nendstream".getBytes(StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + data.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(data, 0, body, head.length, data.length);
    System.arraycopy(tail, 0, body, head.length + data.length, tail.length);
    objects.add(body);
    return objects.size();
  }

  /** Flate-compresses {@code data} with this file's deflater. */
  byte[] deflate(byte[] data) {
    return deflate(deflater, data, chunk);
  }

  /** Flate-compresses {@code data} as a file's streams are, for data shared by many files. */
  static byte[] deflateOnce(byte[] data) {
    Deflater deflater = new Deflater(LEVEL);
    try {
      return deflate(deflater, data, new byte[16 * 1024]);
    } finally {
      deflater.end();
    }
  }

  private static byte[] deflate(Deflater deflater, byte[] data, byte[] chunk) {
    deflater.reset();
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
    while (!deflater.finished()) {
      int n = deflater.deflate(chunk);
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The whole file, with {@code trailer} entries (besides /Size and /ID) in PDF syntax. The /ID is
   * a hash of every object, so equal documents get equal IDs and different ones different IDs.
   */
  byte[] toBytes(CharSequence trailer) {
    deflater.end();
    int size = HEADER.length + 128 + objects.size() * 40 + trailer.length();
    for (byte[] body : objects) {
      size += body.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(HEADER);
    long[] offsets = new long[objects.size()];
    Hash hash = new Hash();
    for (int i = 0; i < objects.size(); i++) {
      byte[] body = objects.get(i);
      if (body == null) {
        throw new IllegalStateException("object " + (i + 1) + " was reserved but never written");
      }
      offsets[i] = out.size();
      out.writeBytes(ascii((i + 1) + " 0 obj\n"));
      out.writeBytes(body);
      out.writeBytes(ENDOBJ);
      hash.add(body);
    }
    long xref = out.size();
    StringBuilder tail = new StringBuilder(100 + objects.size() * 20 + trailer.length());
    tail.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f\r\n");
    for (long offset : offsets) {
      String digits = Long.toString(offset);
      tail.append("0000000000", digits.length(), 10).append(digits).append(" 00000 n\r\n");
    }
    String id = hex(hash.digest());
    tail.append("trailer\n<</Size ").append(objects.size() + 1).append(trailer);
    tail.append("/ID[").append(id).append(id).append("]>>\n");
    tail.append("startxref\n").append(xref).append("\n%%EOF\n");
    out.writeBytes(ascii(tail));
    return out.toByteArray();
  }

  /**
   * A 128-bit content hash for the document ID: two independent 64-bit lanes (FNV-1a and a
   * multiply-rotate lane), each finished with MurmurHash3's mixer. An identifier, not a security
   * measure; it spares every run the cost of starting the JDK's digest providers.
   */
  private static final class Hash {
    private long a = 0xCBF29CE484222325L;
    private long b = 0x9E3779B97F4A7C15L;
    private long length;

    void add(byte[] bytes) {
      for (byte x : bytes) {
        a = (a ^ (x & 0xFF)) * 0x100000001B3L;
        b = Long.rotateLeft(b ^ (x & 0xFF), 31) * 0xC2B2AE3D27D4EB4FL;
      }
      length += bytes.length;
    }

    byte[] digest() {
      long high = mix(a ^ length);
      long low = mix(b + high);
      byte[] out = new byte[16];
      for (int i = 0; i < 8; i++) {
        out[i] = (byte) (high >>> (56 - 8 * i));
        out[8 + i] = (byte) (low >>> (56 - 8 * i));
      }
      return out;
    }

    private static long mix(long k) {
      k = (k ^ (k >>> 33)) * 0xFF51AFD7ED558CCDL;
      k = (k ^ (k >>> 33)) * 0xC4CEB9FE1A85EC53L;
      return k ^ (k >>> 33);
    }
  }

  private static final byte[] ENDOBJ = "\nendobj\n".getBytes(StandardCharsets.US_ASCII);

  private static byte[] ascii(CharSequence text) {
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** An indirect reference, {@code n 0 R}. */
  static String ref(int number) {
    return number + " 0 R";
  }

  /**
   * A PDF name, {@code /Name}; characters outside the printable ASCII regular set are written as
   * {@code #xx} UTF-8 bytes.
   */
  static String name(String name) {
    StringBuilder out = new StringBuilder(name.length() + 1).append('/');
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c > 0x20 && c < 0x7F && "#()<>[]{}/%".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('#').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return out.toString();
  }

  /**
   * A text string: a literal string when every character is printable ASCII, otherwise UTF-16BE
   * with a byte order mark, as a hex string.
   */
  static String text(String value) {
    boolean ascii = true;
    for (int i = 0; i < value.length() && ascii; i++) {
      char c = value.charAt(i);
      ascii = c >= 0x20 && c < 0x7F;
    }
    if (ascii) {
      StringBuilder out = new StringBuilder(value.length() + 2).append('(');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '(' || c == ')' || c == '\\') {
          out.append('\\');
        }
        out.append(c);
      }
      return out.append(')').toString();
    }
    StringBuilder out = new StringBuilder(value.length() * 4 + 6).append("<FEFF");
    for (int i = 0; i < value.length(); i++) {
      DocumentFont.hex4(out, value.charAt(i));
    }
    return out.append('>').toString();
  }

  /** A byte string: literal when every byte is printable ASCII, hex otherwise. */
  static String bytes(byte[] value) {
    for (byte b : value) {
      if (b < 0x20 || b >= 0x7F) {
        return hex(value);
      }
    }
    return text(new String(value, StandardCharsets.US_ASCII));
  }

  /** A byte string as a hex string. */
  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(bytes.length * 2 + 2).append('<');
    for (byte b : bytes) {
      out.append(HEX[(b >> 4) & 15]).append(HEX[b & 15]);
    }
    return out.append('>').toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
