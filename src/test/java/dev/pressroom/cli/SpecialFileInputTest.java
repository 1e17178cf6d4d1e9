package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe or a device given as INPUT is refused before it is opened, with one line, instead of
 * waiting forever for someone to write into it; the other inputs are still converted.
 */
class SpecialFileInputTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void refusesANamedPipe() throws Exception {
    Path pipe = fifo("pipe.json");
    TestFormats.writeJson(dir.resolve("good.json"));

    // Run off the test thread: if the pipe were opened the run would block, and the test fail.
    CliRunner.Result result =
        CompletableFuture.supplyAsync(
                () ->
                    new CliRunner(dir)
                        .run("convert", "pipe.json", "good.json", "--to", "lines", "-o", "out/"))
            .get(15, TimeUnit.SECONDS);

    assertEquals(1, result.status(), result.stderr());
    assertEquals(
        "pressroom: pipe.json: not a regular file but a named pipe; give a file or a folder",
        result.stderrLines().get(0));
    assertEquals(List.of("good.lines"), TestFormats.files(dir.resolve("out")));
    assertEquals(true, Files.exists(pipe));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void inspectRefusesANamedPipe() throws Exception {
    fifo("pipe.json");

    CliRunner.Result result =
        CompletableFuture.supplyAsync(() -> new CliRunner(dir).run("inspect", "pipe.json"))
            .get(15, TimeUnit.SECONDS);

    assertEquals(1, result.status(), result.stderr());
    assertEquals(
        List.of(
            "pressroom: pipe.json: not a regular file but a named pipe; give a file or a folder"),
        result.stderrLines());
    assertEquals("", result.stdout());
  }

  @Test
  void refusesADevice() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null");

    CliRunner.Result result = new CliRunner(dir).run("convert", "/dev/null", "--to", "lines");

    assertEquals(1, result.status(), result.stderr());
    assertEquals(
        List.of(
            "pressroom: /dev/null: not a regular file but a character device;"
                + " give a file or a folder"),
        result.stderrLines());
    assertEquals(List.of(), TestFormats.files(dir));
  }

  private Path fifo(String name) throws Exception {
    Path pipe = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
    } catch (java.io.IOException e) {
      assumeTrue(false, "mkfifo is not installed");
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return pipe;
  }
}
