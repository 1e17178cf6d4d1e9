package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Inputs for the tests, made here: releases generated as plain text, read with the library and
 * rendered to every format; broken ones are truncated or garbage bytes that no parser accepts.
 */
final class TestInputs {
  private TestInputs() {}

  /** The formats every test input comes in. */
  static final List<String> FORMATS = List.of("docx", "html", "json", "md", "pdf", "txt");

  private static final String[] WORDS = {
    "ministry",
    "announces",
    "new",
    "programme",
    "for",
    "regional",
    "growth",
    "today",
    "the",
    "council",
    "agreed",
    "on",
    "measures",
    "support",
    "research",
    "and",
    "schools",
    "in",
    "2025"
  };

  /** A generated release, different for each {@code n}. */
  static PressRelease release(int n) throws Exception {
    Random random = new Random(n);
    StringBuilder text = new StringBuilder();
    text.append("HOME > News ").append(n % 7).append("\n\n");
    text.append("Release ").append(n).append(": ").append(sentence(random, 6)).append("\n\n");
    text.append(
        String.format("2024-%02d-%02d 1%d:%02d%n%n", 1 + n % 12, 1 + n % 28, n % 10, n % 60));
    int paragraphs = 2 + random.nextInt(6);
    for (int i = 0; i < paragraphs; i++) {
      text.append(sentence(random, 20 + random.nextInt(60))).append("\n\n");
    }
    text.append("<Print>\n");
    return Pressroom.standard()
        .parse(text.toString().getBytes(StandardCharsets.UTF_8), "txt", "release-" + n + ".txt");
  }

  private static String sentence(Random random, int words) {
    StringBuilder out = new StringBuilder("The");
    for (int i = 1; i < words; i++) {
      out.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.append('.').toString();
  }

  /** Release {@code n} in {@code format}. */
  static byte[] rendered(int n, String format) throws Exception {
    return Pressroom.standard().render(release(n), format);
  }

  /** Bytes of {@code format} that no parser reads as a release. */
  static byte[] broken(int n, String format) throws Exception {
    Random random = new Random(-n);
    return switch ((n / 24) % 3) {
      case 0 -> {
        // Truncated: PDF, DOCX and JSON lose their second half; plain text, Markdown and HTML
        // would still read as a (shorter) release, so they are cut to nothing but a BOM.
        byte[] whole = rendered(n, format);
        yield switch (format) {
          case "pdf", "docx", "json" -> Arrays.copyOf(whole, whole.length / 2);
          default -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        };
      }
      case 1 -> {
        byte[] garbage = new byte[200 + random.nextInt(2000)];
        random.nextBytes(garbage);
        garbage[0] = (byte) 0xC3; // never valid UTF-8 at the start: not text of any kind
        garbage[1] = (byte) 0x28;
        yield garbage;
      }
      default -> new byte[0];
    };
  }

  /**
   * Writes {@code good} releases and {@code bad} broken files into {@code folder}, the formats in
   * turn, some in a subfolder; returns the broken files' paths relative to the folder.
   */
  static List<String> write(Path folder, int good, int bad) throws Exception {
    List<String> broken = new ArrayList<>();
    for (int n = 0; n < good + bad; n++) {
      int step = (good + bad) / bad;
      boolean isBad = n % step == 1 && broken.size() < bad;
      String format = FORMATS.get((isBad ? n / step : n) % FORMATS.size());
      String name = (n % 5 == 0 ? "sub/" : "") + "r" + n + "." + format;
      Path file = folder.resolve(name);
      Files.createDirectories(file.getParent());
      Files.write(file, isBad ? broken(n, format) : rendered(n, format));
      if (isBad) {
        broken.add(name);
      }
    }
    return broken;
  }
}
