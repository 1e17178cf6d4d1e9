package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.Text;
import dev.pressroom.testing.ExternalTools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** LibreOffice and pandoc, run through {@link ExternalTools} with a private LibreOffice profile. */
final class Office {
  private Office() {}

  /**
   * Converts {@code input} with LibreOffice headless to {@code filter} (such as {@code pdf}),
   * failing the test when LibreOffice fails; returns the converted file.
   */
  static Path soffice(Path input, String filter, String extension) {
    return soffice(input, filter, extension, List.of());
  }

  /** As {@link #soffice(Path, String, String)}, with more options such as an input filter. */
  static Path soffice(Path input, String filter, String extension, List<String> options) {
    Path dir = input.getParent();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless",
                "--norestore"));
    command.addAll(options);
    command.addAll(List.of("--convert-to", filter, "--outdir", dir.toString(), input.toString()));
    ExternalTools.Result result = ExternalTools.run(180, dir, command);
    String name = input.getFileName().toString();
    Path out = dir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
    assertEquals(0, result.exitCode(), result.stderr());
    assertTrue(Files.isRegularFile(out), "soffice wrote no " + out + ": " + result.stderr());
    return out;
  }

  /** Runs pandoc and returns what it printed, failing the test when pandoc fails. */
  static String pandoc(Path dir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("pandoc"));
    command.addAll(List.of(args));
    ExternalTools.Result result = ExternalTools.run(120, dir, command);
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whitespace (tabs, NBSP, line wraps, BOM) collapsed to single spaces, for comparisons only. */
  static String normalized(String s) {
    return Text.collapse(s);
  }
}
