package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Empty files and binary garbage fail with one line each and write nothing. */
class EmptyAndGarbageInputTest {
  @TempDir Path dir;

  @Test
  void reportsAnEmptyFile() throws Exception {
    TestFormats.write(dir.resolve("empty.json"), new byte[0]);

    CliRunner.Result result = new CliRunner(dir).run("convert", "empty.json", "--to", "lines");

    assertEquals(1, result.status());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().startsWith("pressroom: empty.json: "), result.stderr());
    assertEquals(List.of("empty.json"), TestFormats.files(dir));
  }

  @Test
  void reportsBinaryGarbageNoFormatRecognises() throws Exception {
    TestFormats.write(dir.resolve("noise.bin"), garbage());

    CliRunner.Result result = new CliRunner(dir).run("convert", "noise.bin", "--to", "lines");

    assertEquals(1, result.status());
    assertEquals(
        List.of("pressroom: noise.bin: no format recognises this content (name one with --from)"),
        result.stderrLines());
    assertEquals(List.of("noise.bin"), TestFormats.files(dir));
  }

  @Test
  void reportsBinaryGarbageWithAKnownExtension() throws Exception {
    TestFormats.write(dir.resolve("noise.json"), garbage());

    CliRunner.Result result = new CliRunner(dir).run("inspect", "noise.json");

    assertEquals(1, result.status());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    assertTrue(result.stderr().startsWith("pressroom: noise.json: "), result.stderr());
    assertEquals("", result.stdout());
  }

  /** Bytes that are no text: fixed-seed random bytes that begin with a NUL. */
  private static byte[] garbage() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0;
    return bytes;
  }
}
