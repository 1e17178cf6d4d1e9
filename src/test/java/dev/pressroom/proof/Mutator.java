package dev.pressroom.proof;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Turns a valid file into a broken one, the ways files really break: bit flips, truncation,
 * duplicated and swapped parts, zeroed ranges, dropped lines; inside a zip (DOCX), one entry's
 * bytes mutated, an entry dropped or duplicated. Deterministic for a given {@link Random}.
 */
final class Mutator {
  private Mutator() {}

  static byte[] mutate(byte[] valid, Random random) {
    if (isZip(valid) && random.nextInt(3) == 0) {
      byte[] zipped = mutateZip(valid, random);
      if (zipped != null) {
        return zipped;
      }
    }
    byte[] out = valid.clone();
    int rounds = 1 + random.nextInt(3);
    for (int i = 0; i < rounds && out.length > 0; i++) {
      out = once(out, random);
    }
    return out;
  }

  /** Random bytes, sometimes behind a format's magic number so sniffing and headers are passed. */
  static byte[] garbage(Random random) {
    byte[] body = new byte[random.nextInt(4096)];
    random.nextBytes(body);
    String[] magic = {"", "%PDF-1.7\n", "PK\u0003\u0004", "{", "---\n", "<!DOCTYPE html>", "# "};
    byte[] head =
        magic[random.nextInt(magic.length)].getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, out, head.length, body.length);
    return out;
  }

  private static byte[] once(byte[] in, Random random) {
    int n = in.length;
    int a = random.nextInt(n);
    int b = Math.min(n, a + 1 + random.nextInt(Math.max(1, Math.min(n - a, 512))));
    switch (random.nextInt(7)) {
      case 0 -> { // flip bits
        byte[] out = in.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          int at = random.nextInt(n);
          out[at] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
      }
      case 1 -> { // truncate
        return Arrays.copyOf(in, a);
      }
      case 2 -> { // duplicate a slice in place
        return concat(Arrays.copyOfRange(in, 0, b), Arrays.copyOfRange(in, a, n));
      }
      case 3 -> { // swap two slices
        int c = random.nextInt(n);
        int d = Math.min(n, c + (b - a));
        if (c < b && d > a) {
          return in;
        }
        byte[] out = in.clone();
        byte[] first = Arrays.copyOfRange(in, a, b);
        byte[] second = Arrays.copyOfRange(in, c, d);
        int len = Math.min(first.length, second.length);
        System.arraycopy(second, 0, out, a, len);
        System.arraycopy(first, 0, out, c, len);
        return out;
      }
      case 4 -> { // zero a range
        byte[] out = in.clone();
        Arrays.fill(out, a, b, (byte) 0);
        return out;
      }
      case 5 -> { // drop a range
        return concat(Arrays.copyOfRange(in, 0, a), Arrays.copyOfRange(in, b, n));
      }
      default -> { // insert a hostile token
        String[] tokens = {
          "<",
          ">",
          "\"",
          "{",
          "}",
          "[",
          "]",
          "obj",
          "endobj",
          "stream",
          "\u0000",
          "\r",
          "\n",
          "&#0;",
          "&#xD800;",
          "---",
          "\\",
          "<<",
          ">>",
          "999999999999",
          "-1",
          "%%EOF"
        };
        byte[] token =
            tokens[random.nextInt(tokens.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return concat(concat(Arrays.copyOfRange(in, 0, a), token), Arrays.copyOfRange(in, a, n));
      }
    }
  }

  private static boolean isZip(byte[] bytes) {
    return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
  }

  /** Rewrites a zip with one entry mutated, dropped or duplicated; null if it is not readable. */
  private static byte[] mutateZip(byte[] zip, Random random) {
    List<String> names = new ArrayList<>();
    List<byte[]> contents = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
        contents.add(in.readAllBytes());
      }
    } catch (IOException e) {
      return null;
    }
    if (names.isEmpty()) {
      return null;
    }
    int victim = random.nextInt(names.size());
    int action = random.nextInt(3);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (int i = 0; i < names.size(); i++) {
        if (i == victim && action == 0) {
          continue; // dropped
        }
        byte[] content =
            i == victim && action == 1
                ? once(contents.get(i).length == 0 ? new byte[] {0} : contents.get(i), random)
                : contents.get(i);
        ZipEntry entry = new ZipEntry(names.get(i));
        entry.setTime(0);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
        if (i == victim && action == 2) {
          ZipEntry copy = new ZipEntry(names.get(i) + ".copy");
          copy.setTime(0);
          out.putNextEntry(copy);
          out.write(content);
          out.closeEntry();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return bytes.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
