package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.cli.Cli;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of a few hundred inputs in every readable format, with broken ones mixed in, converted
 * with {@code -j 2}: every good input is converted to exactly its release, every bad one is
 * reported once, and no partial or temporary file is left.
 */
class CliUnderFailureTest {
  private static final int GOOD = 240;
  private static final int BAD = 40;

  @TempDir Path dir;

  @Test
  void convertsEveryGoodInputAndReportsEveryBadOneOnce() throws Exception {
    List<String> formats = Formats.roundTripping();
    List<PressRelease> releases = Formats.sample(Releases.printableRelease(0, 5), GOOD, 11);
    Map<String, PressRelease> expected = new HashMap<>();
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < GOOD; i++) {
      String format = formats.get(i % formats.size());
      String name = String.format("good-%03d", i);
      PressRelease release = Formats.renderer(format).carried(releases.get(i));
      Files.write(in.resolve(name + "." + format), Formats.PRESSROOM.render(release, format));
      expected.put(name, release);
    }
    Random random = new Random(5);
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < BAD; i++) {
      String format = formats.get(i % formats.size());
      String name = String.format("bad-%03d.%s", i, format);
      byte[] content =
          switch (i % 4) {
            case 0 -> new byte[0];
            case 1 -> Mutator.garbage(random);
            case 2 -> {
              byte[] valid = Formats.PRESSROOM.render(Releases.seed(), format);
              yield java.util.Arrays.copyOf(valid, valid.length / 3);
            }
            default -> "\u0000\u0001 not a release \uFFFF".getBytes(StandardCharsets.UTF_8);
          };
      Files.write(in.resolve(name), content);
      bad.add(name);
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Cli(() -> Formats.PRESSROOM, dir, out, err, false)
            .run("convert", "in", "--to", "json", "-o", "out/", "-j", "2");
    List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();

    // Some mutations may still be valid releases; what counts is that each input is either
    // converted or reported, exactly once.
    List<String> reported =
        lines.stream().filter(l -> l.startsWith("pressroom: ")).map(l -> l.split(": ")[1]).toList();
    assertEquals(reported.stream().distinct().count(), reported.size(), "reported twice");
    assertTrue(
        reported.stream().allMatch(r -> r.contains("bad-")), "a good input failed: " + reported);
    assertTrue(reported.size() >= BAD / 2, "bad inputs went unreported: " + lines);
    assertEquals(1, status);
    Path outDir = dir.resolve("out");
    for (Map.Entry<String, PressRelease> good : expected.entrySet()) {
      Path json = outDir.resolve(good.getKey() + ".json");
      assertEquals(
          good.getValue(),
          Formats.PRESSROOM.parse(Files.readAllBytes(json), "json", json.toString()));
    }
    for (String name : bad) {
      String base = name.substring(0, name.lastIndexOf('.'));
      boolean wasReported = reported.stream().anyMatch(r -> r.endsWith(name));
      assertEquals(
          !wasReported, Files.exists(outDir.resolve(base + ".json")), name + ": output vs report");
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertEquals(List.of(), all.filter(p -> p.toString().endsWith(".part")).toList());
    }
    assertTrue(
        lines
            .get(lines.size() - 1)
            .startsWith("converted " + (GOOD + BAD - reported.size()) + " of " + (GOOD + BAD)),
        lines.get(lines.size() - 1));
  }
}
