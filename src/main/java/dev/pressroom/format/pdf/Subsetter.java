package dev.pressroom.format.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a TrueType subset from the raw tables of a {@link FontProgram}: only the glyphs used (and
 * the components of composite glyphs), renumbered from 1 after .notdef, with hinting instructions
 * removed — what a PDF needs to draw the text and nothing more. It works on immutable arrays, so it
 * is thread-safe and fast (PDFBox's {@code TTFSubsetter} re-reads the font for every subset).
 */
final class Subsetter {
  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
  private static final int WE_HAVE_INSTRUCTIONS = 0x0100;

  /** The raw tables a subset is made from. */
  record Tables(
      byte[] head,
      byte[] hhea,
      byte[] maxp,
      byte[] glyf,
      long[] loca,
      int[] advances,
      short[] lsb) {}

  /**
   * A subset font.
   *
   * @param data the font file
   * @param newGids old glyph id to new glyph id
   */
  record Subset(byte[] data, Map<Integer, Integer> newGids) {}

  private Subsetter() {}

  static Subset subset(Tables t, TreeSet<Integer> used) {
    TreeSet<Integer> all = new TreeSet<>(used);
    all.add(0);
    for (int gid : used) {
      addComponents(t, gid, all);
    }
    Map<Integer, Integer> newGids = new TreeMap<>();
    for (int gid : all) {
      newGids.put(gid, newGids.size());
    }
    int n = all.size();
    ByteArrayOutputStream glyf = new ByteArrayOutputStream();
    ByteBuffer loca = ByteBuffer.allocate((n + 1) * 4);
    ByteBuffer hmtx = ByteBuffer.allocate(n * 4);
    for (int gid : all) {
      loca.putInt(glyf.size());
      byte[] glyph = stripped(t, gid, newGids);
      glyf.write(glyph, 0, glyph.length);
      while (glyf.size() % 4 != 0) {
        glyf.write(0);
      }
      hmtx.putShort((short) t.advances()[Math.min(gid, t.advances().length - 1)]);
      hmtx.putShort(gid < t.lsb().length ? t.lsb()[gid] : 0);
    }
    loca.putInt(glyf.size());
    byte[] head = t.head().clone();
    ByteBuffer.wrap(head).putInt(8, 0).putShort(50, (short) 1);
    byte[] hhea = t.hhea().clone();
    ByteBuffer.wrap(hhea).putShort(34, (short) n);
    byte[] maxp = t.maxp().clone();
    ByteBuffer.wrap(maxp).putShort(4, (short) n);
    // tags in ascending order, as the table directory requires
    String[] tags = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"};
    byte[][] bodies = {glyf.toByteArray(), head, hhea, hmtx.array(), loca.array(), maxp};
    byte[] font = assemble(tags, bodies);
    int adjustment = (int) (0xB1B0AFBAL - checksum(font, 0, font.length));
    int headOffset = ByteBuffer.wrap(font).getInt(12 + 16 * 1 + 8);
    ByteBuffer.wrap(font).putInt(headOffset + 8, adjustment);
    return new Subset(font, newGids);
  }

  private static void addComponents(Tables t, int gid, TreeSet<Integer> all) {
    byte[] g = t.glyf();
    int start = (int) t.loca()[gid];
    int end = (int) t.loca()[gid + 1];
    if (end - start < 10 || ByteBuffer.wrap(g).getShort(start) >= 0) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap(g);
    int at = start + 10;
    int flags;
    do {
      flags = b.getShort(at) & 0xFFFF;
      int component = b.getShort(at + 2) & 0xFFFF;
      if (all.add(component)) {
        addComponents(t, component, all);
      }
      at += 4 + componentTail(flags);
    } while ((flags & MORE_COMPONENTS) != 0);
  }

  private static int componentTail(int flags) {
    int size = (flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2;
    if ((flags & WE_HAVE_A_SCALE) != 0) {
      size += 2;
    } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
      size += 4;
    } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
      size += 8;
    }
    return size;
  }

  /** The glyph without its instructions, composite components renumbered. */
  private static byte[] stripped(Tables t, int gid, Map<Integer, Integer> newGids) {
    int start = (int) t.loca()[gid];
    int end = (int) t.loca()[gid + 1];
    if (end - start < 10) {
      return new byte[0];
    }
    byte[] g = Arrays.copyOfRange(t.glyf(), start, end);
    ByteBuffer b = ByteBuffer.wrap(g);
    int contours = b.getShort(0);
    if (contours >= 0) {
      int lengthAt = 10 + 2 * contours;
      int length = b.getShort(lengthAt) & 0xFFFF;
      byte[] out = new byte[g.length - length];
      System.arraycopy(g, 0, out, 0, lengthAt);
      out[lengthAt] = 0;
      out[lengthAt + 1] = 0;
      System.arraycopy(
          g, lengthAt + 2 + length, out, lengthAt + 2, g.length - lengthAt - 2 - length);
      return out;
    }
    int at = 10;
    int flags;
    do {
      flags = b.getShort(at) & 0xFFFF;
      int cleared = flags & ~WE_HAVE_INSTRUCTIONS;
      b.putShort(at, (short) cleared);
      b.putShort(at + 2, (short) (int) newGids.get(b.getShort(at + 2) & 0xFFFF));
      at += 4 + componentTail(flags);
    } while ((flags & MORE_COMPONENTS) != 0);
    return Arrays.copyOf(g, at);
  }

  private static byte[] assemble(String[] tags, byte[][] bodies) {
    int count = tags.length;
    int offset = 12 + 16 * count;
    int total = offset;
    for (byte[] body : bodies) {
      total += (body.length + 3) & ~3;
    }
    ByteBuffer font = ByteBuffer.allocate(total);
    int power = Integer.highestOneBit(count);
    font.putInt(0x00010000)
        .putShort((short) count)
        .putShort((short) (power * 16))
        .putShort((short) Integer.numberOfTrailingZeros(power))
        .putShort((short) (count * 16 - power * 16));
    for (int i = 0; i < count; i++) {
      byte[] body = bodies[i];
      font.put(tags[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      font.putInt((int) checksum(body, 0, body.length));
      font.putInt(offset);
      font.putInt(body.length);
      font.put(offset, body);
      offset += (body.length + 3) & ~3;
    }
    return font.array();
  }

  private static long checksum(byte[] data, int from, int length) {
    long sum = 0;
    for (int i = from; i < from + length; i += 4) {
      long word = 0;
      for (int k = 0; k < 4; k++) {
        word = (word << 8) | (i + k < from + length ? data[i + k] & 0xFF : 0);
      }
      sum = (sum + word) & 0xFFFFFFFFL;
    }
    return sum;
  }
}
