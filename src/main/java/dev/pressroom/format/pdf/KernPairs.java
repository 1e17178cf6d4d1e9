package dev.pressroom.format.pdf;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The horizontal pair kerning of a font's {@code kern} table (format 0 subtables), for laying out
 * text that needs no shaping: a lookup per glyph pair that costs a bit test for most glyphs, which
 * have no pairs. For the bundled Liberation faces the table holds the same pairs as their GPOS
 * {@code kern} feature, so the result equals what HarfBuzz gives (a test shows it over generated
 * text).
 */
final class KernPairs {
  private final long[] lefts; // bit set of glyphs that start a pair
  private final int[] keys; // (left << 16 | right) + 1, 0 = empty; open addressing
  private final short[] values;

  private KernPairs(long[] lefts, int[] keys, short[] values) {
    this.lefts = lefts;
    this.keys = keys;
    this.values = values;
  }

  /** The pairs of a {@code kern} table, or {@code null} when it has none this class reads. */
  static KernPairs parse(byte[] table, int glyphCount) {
    if (table == null || table.length < 4) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(table);
    if (b.getShort(0) != 0) {
      return null; // Apple's version 1 tables: not read, so the text is shaped instead
    }
    int tables = b.getShort(2) & 0xFFFF;
    int at = 4;
    int[] pairs = new int[0];
    short[] amounts = new short[0];
    int count = 0;
    for (int t = 0; t < tables && at + 6 <= table.length; t++) {
      int length = b.getShort(at + 2) & 0xFFFF;
      int coverage = b.getShort(at + 4) & 0xFFFF;
      boolean horizontal = (coverage & 1) != 0;
      boolean plain = (coverage & 0x0E) == 0; // not minimum, cross-stream or override
      if ((coverage >> 8) == 0 && horizontal && plain && at + 14 <= table.length) {
        int n = b.getShort(at + 6) & 0xFFFF;
        pairs = Arrays.copyOf(pairs, count + n);
        amounts = Arrays.copyOf(amounts, count + n);
        for (int i = 0; i < n && at + 14 + 6 * i + 6 <= table.length; i++) {
          int p = at + 14 + 6 * i;
          pairs[count] = (b.getShort(p) & 0xFFFF) << 16 | (b.getShort(p + 2) & 0xFFFF);
          amounts[count] = b.getShort(p + 4);
          count++;
        }
      }
      at += Math.max(length, 6);
    }
    if (count == 0) {
      return null;
    }
    long[] lefts = new long[(glyphCount + 63) / 64 + 1];
    int size = Integer.highestOneBit(count * 2 + 1) * 2;
    int[] keys = new int[size];
    short[] values = new short[size];
    for (int i = 0; i < count; i++) {
      int left = pairs[i] >>> 16;
      if (left / 64 < lefts.length) {
        lefts[left / 64] |= 1L << (left % 64);
      }
      int slot = slot(pairs[i], size);
      while (keys[slot] != 0 && keys[slot] != pairs[i] + 1) {
        slot = (slot + 1) & (size - 1);
      }
      keys[slot] = pairs[i] + 1;
      values[slot] += amounts[i]; // the subtables' values of a pair add up, as in HarfBuzz
    }
    return new KernPairs(lefts, keys, values);
  }

  private static int slot(int key, int size) {
    return (key * 0x9E3779B9 >>> 12) & (size - 1);
  }

  /** The kerning between two glyphs in font units, 0 for none. */
  int kern(int left, int right) {
    if (left / 64 >= lefts.length || (lefts[left / 64] & (1L << (left % 64))) == 0) {
      return 0;
    }
    int key = left << 16 | right;
    int slot = slot(key, keys.length);
    while (keys[slot] != 0) {
      if (keys[slot] == key + 1) {
        return values[slot];
      }
      slot = (slot + 1) & (keys.length - 1);
    }
    return 0;
  }
}
