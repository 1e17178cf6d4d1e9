package dev.pressroom.proof;

import dev.pressroom.Pressroom;
import dev.pressroom.RenderException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import dev.pressroom.testing.Releases;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/** The formats under proof, and valid files of each, made deterministically. */
final class Formats {
  private Formats() {}

  static final Pressroom PRESSROOM = Pressroom.standard();

  /** Formats that can be both read and written. */
  static List<String> roundTripping() {
    return PRESSROOM.formats().stream()
        .filter(f -> PRESSROOM.parser(f).isPresent() && PRESSROOM.renderer(f).isPresent())
        .toList();
  }

  /** Formats that can be read. */
  static List<String> readable() {
    return PRESSROOM.formats().stream().filter(f -> PRESSROOM.parser(f).isPresent()).toList();
  }

  /** {@code count} releases drawn from {@code arbitrary} with a fixed seed. */
  static List<PressRelease> sample(Arbitrary<PressRelease> arbitrary, int count, long seed) {
    // Outside a property, generators need a session of their own.
    boolean own = !JqwikSession.isActive();
    if (own) {
      JqwikSession.start();
    }
    try {
      RandomGenerator<PressRelease> generator = arbitrary.generator(100);
      Random random = new Random(seed);
      List<PressRelease> out = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        out.add(generator.next(random).value());
      }
      return out;
    } finally {
      if (own) {
        JqwikSession.finish();
      }
    }
  }

  /** Valid files of a format: the seed and generated releases, rendered. */
  static List<byte[]> validFiles(String format, int count) {
    List<byte[]> files = new ArrayList<>();
    if (PRESSROOM.renderer(format).isEmpty()) {
      return files;
    }
    List<PressRelease> releases = new ArrayList<>();
    releases.add(Releases.seed());
    releases.addAll(sample(Releases.release(0, 6), count, 42));
    for (PressRelease release : releases) {
      try {
        files.add(PRESSROOM.render(release, format));
      } catch (RenderException e) {
        // a release this format cannot show (such as glyphs no font has) is no fuzz seed
      }
    }
    return files;
  }

  static ReleaseRenderer renderer(String format) {
    return PRESSROOM.requireRenderer(format);
  }
}
