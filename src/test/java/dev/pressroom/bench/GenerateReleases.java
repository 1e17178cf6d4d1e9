package dev.pressroom.bench;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmark set: {@code count} seed-sized releases and {@code long} releases of 200
 * paragraphs, each in the given format, named {@code release-00001.EXT}. The text is the seed's,
 * rotated, so every release differs.
 *
 * <pre>{@code
 * java -cp ... dev.pressroom.bench.GenerateReleases DIR FORMAT COUNT LONG
 * }</pre>
 */
public final class GenerateReleases {
  private GenerateReleases() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String format = args[1];
    int count = Integer.parseInt(args[2]);
    int longOnes = Integer.parseInt(args[3]);
    Files.createDirectories(dir);
    PressRelease seed = Releases.seed();
    String extension = Pressroom.standard().requireRenderer(format).extension();
    for (int i = 0; i < count + longOnes; i++) {
      int paragraphs = i < count ? seed.paragraphs().size() : 200;
      List<String> body = new ArrayList<>(paragraphs);
      for (int p = 0; p < paragraphs; p++) {
        body.add(seed.paragraphs().get((p + i) % seed.paragraphs().size()));
      }
      PressRelease release =
          seed.toBuilder()
              .title(seed.title() + " (" + (i + 1) + ")")
              .timestamp(
                  Timestamp.of(
                      LocalDateTime.of(2023, 10, 28, 13, 25).plusMinutes(i),
                      Timestamp.Precision.MINUTE))
              .paragraphs(body)
              .build();
      Pressroom.standard()
          .render(release, format, dir.resolve(String.format("release-%05d.%s", i + 1, extension)));
    }
  }
}
