package dev.pressroom.cli;

import dev.pressroom.ParseException;
import dev.pressroom.RenderException;
import dev.pressroom.format.json.JsonRenderer;
import dev.pressroom.internal.Inputs;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.spi.ReleaseRenderer;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats that exist only for the CLI tests: {@code lines} (a title line, then one paragraph per
 * line), and renderers that fail half-way ({@code broken}: a RenderException; {@code crash}: a
 * RuntimeException), each after writing some bytes, as a real renderer failing late would.
 */
final class TestFormats {
  private TestFormats() {}

  /** Reads {@code .lines} files: the first line is the title, each further line a paragraph. */
  static final class LinesParser implements ReleaseParser {
    @Override
    public String format() {
      return "lines";
    }

    @Override
    public List<String> extensions() {
      return List.of("lines");
    }

    @Override
    public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
      List<String> lines = Inputs.decodeText(Inputs.readAll(in, context)).lines().toList();
      if (lines.isEmpty()) {
        throw new ParseException(null, "empty input");
      }
      try {
        return PressRelease.builder()
            .title(lines.get(0))
            .paragraphs(new ArrayList<>(lines.subList(1, lines.size())))
            .build();
      } catch (IllegalArgumentException e) {
        throw ParseException.at(1, 1, e.getMessage());
      }
    }
  }

  /** Writes the {@code lines} format. */
  static final class LinesRenderer implements ReleaseRenderer {
    @Override
    public String format() {
      return "lines";
    }

    @Override
    public String extension() {
      return "lines";
    }

    @Override
    public void render(PressRelease release, OutputStream out) throws IOException {
      StringBuilder text = new StringBuilder(release.title()).append('\n');
      release.paragraphs().forEach(p -> text.append(p).append('\n'));
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes a few bytes, then gives up with a {@link RenderException}. */
  static final class BrokenRenderer implements ReleaseRenderer {
    @Override
    public String format() {
      return "broken";
    }

    @Override
    public String extension() {
      return "broken";
    }

    @Override
    public void render(PressRelease release, OutputStream out) throws IOException, RenderException {
      out.write("half of a file".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new RenderException("no font shows U+2603 in paragraph 1");
    }
  }

  /** Writes a few bytes, then fails with a bug: an unexpected RuntimeException. */
  static final class CrashingRenderer implements ReleaseRenderer {
    @Override
    public String format() {
      return "crash";
    }

    @Override
    public String extension() {
      return "crash";
    }

    @Override
    public void render(PressRelease release, OutputStream out) throws IOException {
      out.write("half of a file".getBytes(StandardCharsets.UTF_8));
      out.flush();
      throw new IllegalStateException("renderer bug");
    }
  }

  /** The JSON form of a release. */
  static byte[] json(PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JsonRenderer().render(release, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Writes the seed's model as JSON to {@code file}, creating its folders; returns the file. */
  static Path writeJson(Path file) throws IOException {
    return write(file, json(Releases.seed()));
  }

  /** Writes bytes to {@code file}, creating its folders; returns the file. */
  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  /** Writes text to {@code file}, creating its folders; returns the file. */
  static Path write(Path file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every regular file below {@code dir}, relative to it, sorted, as strings. */
  static List<String> files(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }
}
