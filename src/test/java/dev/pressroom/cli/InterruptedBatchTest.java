package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CLI stopped (SIGTERM, Ctrl-C) while it writes an output leaves no temporary file behind. */
class InterruptedBatchTest {
  @TempDir Path dir;

  @Test
  void removesTheHalfWrittenFileWhenStopped() throws Exception {
    TestFormats.write(
        dir.resolve("services/META-INF/services/dev.pressroom.spi.ReleaseRenderer"),
        SlowRenderer.class.getName() + "\n");
    TestFormats.writeJson(dir.resolve("a.json"));
    Path out = Files.createDirectories(dir.resolve("out"));

    Process cli =
        ChildCli.start(
            dir,
            dir.resolve("services"),
            dir.resolve("stderr.txt"),
            "convert",
            "a.json",
            "--to",
            "slow",
            "-o",
            "out/");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (TestFormats.files(out).isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      List<String> during = TestFormats.files(out);
      assertEquals(1, during.size(), "the slow render never started");
      assertTrue(during.get(0).matches("\\.a\\.slow\\..*\\.part"), during.get(0));

      cli.destroy();
      assertTrue(cli.waitFor(30, TimeUnit.SECONDS), "the CLI did not stop");
    } finally {
      cli.destroyForcibly();
    }
    assertEquals(List.of(), TestFormats.files(out));
  }
}
