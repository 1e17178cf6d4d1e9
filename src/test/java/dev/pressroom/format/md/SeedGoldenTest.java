package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.testing.Releases;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed rendered is byte-for-byte {@code seed.md}, a file a person can read. To regenerate it
 * after a deliberate change: {@code mvn -q test -Dtest=SeedGoldenTest
 * -Dpressroom.golden.write=true}.
 */
class SeedGoldenTest {
  private static final String GOLDEN = "/dev/pressroom/format/md/seed.md";

  @Test
  void seedRendersAsTheGoldenFile() throws Exception {
    String rendered = Md.render(Releases.seed());
    if (Boolean.getBoolean("pressroom.golden.write")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), rendered, StandardCharsets.UTF_8);
    }
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), rendered);
    }
  }

  @Test
  void goldenFileParsesToTheSeed() throws Exception {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream(GOLDEN)) {
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(Releases.seed(), Md.parseFull(golden));
      assertEquals(Releases.seed(), Md.parse(golden));
    }
  }
}
