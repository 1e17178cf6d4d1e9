package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be read fail on their own line, and the rest of the batch is converted.
 *
 * <p>A file without read permission is unreadable only for ordinary users: root (as these tests run
 * in CI) reads it anyway. There the test uses a dangling symbolic link, which no user can read, and
 * says so in its report.
 */
class UnreadableInputTest {
  @TempDir Path dir;

  @Test
  void reportsAnUnreadableFileAndConvertsTheRest() throws Exception {
    TestFormats.writeJson(dir.resolve("good.json"));
    Path secret = TestFormats.writeJson(dir.resolve("secret.json"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(secret)) {
      // Root reads files whatever their mode: use a link to nowhere instead.
      System.out.println("UnreadableInputTest: running as root, using a dangling symlink");
      Files.delete(secret);
      Files.createSymbolicLink(secret, dir.resolve("gone.json"));
    }

    CliRunner.Result result =
        new CliRunner(dir)
            .run("convert", "good.json", "secret.json", "--to", "lines", "-o", "out/");

    assertEquals(1, result.status());
    assertEquals(List.of("good.lines"), TestFormats.files(dir.resolve("out")));
    assertEquals(2, result.stderrLines().size(), result.stderr());
    String line = result.stderrLines().get(0);
    assertTrue(
        line.equals("pressroom: secret.json: no such file")
            || line.startsWith("pressroom: secret.json: cannot read: "),
        line);
  }

  @Test
  void reportsAMissingFile() throws Exception {
    CliRunner.Result result = new CliRunner(dir).run("convert", "nothere.json", "--to", "lines");

    assertEquals(1, result.status());
    assertEquals(List.of("pressroom: nothere.json: no such file"), result.stderrLines());
  }

  @Test
  void reportsAnOutputFolderThatCannotBeCreated() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
    TestFormats.write(dir.resolve("taken"), "a file where the output folder should be");

    CliRunner.Result result =
        new CliRunner(dir).run("convert", "a.json", "--to", "lines", "-o", "taken/sub/");

    assertEquals(1, result.status());
    assertEquals(1, result.stderrLines().size(), result.stderr());
    String line = result.stderrLines().get(0);
    assertTrue(line.startsWith("pressroom: a.json: cannot write taken/sub/a.lines: "), line);
    assertTrue(line.endsWith("taken/sub: Not a directory"), line);
  }
}
