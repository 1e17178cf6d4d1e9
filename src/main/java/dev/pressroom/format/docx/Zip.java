package dev.pressroom.format.docx;

import dev.pressroom.internal.NonClosingOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip writer whose bytes depend only on what is added: entries in the order given, every entry
 * dated 1980-02-01 00:00 in DOS time with no extra fields (the JDK takes 1980-01-01 00:00 itself
 * for "before 1980" and would add a time-zone dependent timestamp field), one compression level.
 * The caller's stream is not closed.
 */
final class Zip {
  private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 2, 1, 0, 0);

  private final ZipOutputStream zip;

  Zip(OutputStream out) {
    zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
    zip.setLevel(Deflater.DEFAULT_COMPRESSION);
  }

  void add(String name, String content) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(EPOCH);
    zip.putNextEntry(entry);
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  void finish() throws IOException {
    zip.finish();
    zip.flush();
  }
}
