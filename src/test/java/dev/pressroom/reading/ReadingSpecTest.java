package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the examples of {@code spec.txt} beside this class, in the manner of the CommonMark spec: a
 * fence line {@code ```` example FORMAT NAME}, the input, a line {@code .}, the release it must
 * give in the JSON form, and a closing fence. The input is UTF-8 text in FORMAT; {@code docx<md}
 * (or any {@code A<B}) means the input is written in B and converted to A by pandoc before the A
 * parser reads it, so binary formats can have examples too (skipped when pandoc is absent). Plain
 * text has no language: when the expected JSON has none, the language read is not compared.
 */
class ReadingSpecTest {
  private static final String FENCE = "````````````````````````````````";

  /** One example of the spec. */
  record Example(String format, String name, int line, String input, String expected) {}

  @TestFactory
  Stream<DynamicTest> examples() {
    return examples("spec.txt").stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.name + " (" + e.format + ", line " + e.line + ")", () -> check(e)));
  }

  private static void check(Example example) throws Exception {
    Pressroom pressroom = Pressroom.standard();
    String[] formats = example.format.split("<");
    byte[] input = example.input.getBytes(StandardCharsets.UTF_8);
    if (formats.length == 2) {
      input = convert(input, formats[1].equals("md") ? "markdown" : formats[1], formats[0]);
    }
    PressRelease got = pressroom.parse(input, formats[0], example.name + "." + formats[0]);
    PressRelease want =
        pressroom.parse(
            example.expected.getBytes(StandardCharsets.UTF_8), "json", example.name + ".json");
    if (want.language() == null) {
      got = got.withoutLanguage();
    }
    assertEquals(want, got, "spec.txt line " + example.line + ": " + example.name);
  }

  private static byte[] convert(byte[] input, String from, String to) throws IOException {
    Path dir = Files.createTempDirectory("spec");
    try {
      Path source = dir.resolve("in." + from);
      Files.write(source, input);
      Path target = dir.resolve("out." + to);
      ExternalTools.Result result =
          ExternalTools.run(
              60,
              dir,
              List.of("pandoc", "-f", from, "-t", to, "-o", target.toString(), "in." + from));
      assertEquals(0, result.exitCode(), result.stderr());
      return Files.readAllBytes(target);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** The examples of a spec file beside this class. */
  static List<Example> examples(String resource) {
    List<String> lines;
    try (InputStream in = ReadingSpecTest.class.getResourceAsStream(resource)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith(FENCE + " example ")) {
        continue;
      }
      String[] head = line.substring(FENCE.length() + 9).trim().split("\\s+", 2);
      int start = i + 1;
      int dot = start;
      while (!lines.get(dot).equals(".")) {
        dot++;
      }
      int end = dot + 1;
      while (!lines.get(end).equals(FENCE)) {
        end++;
      }
      String input = String.join("\n", lines.subList(start, dot)).replace("→", "\t") + "\n";
      String expected = String.join("\n", lines.subList(dot + 1, end));
      examples.add(
          new Example(head[0], head.length > 1 ? head[1] : "example", start, input, expected));
      i = end;
    }
    return examples;
  }
}
