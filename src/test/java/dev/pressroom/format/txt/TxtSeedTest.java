package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Seeds;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The seed document reads to its expected release, which renders to the golden file. */
class TxtSeedTest {

  @Test
  void readsTheSeedToItsRelease() throws Exception {
    PressRelease seed = TxtTesting.parse(Files.readAllBytes(Seeds.seedFile()));
    assertEquals(
        Releases.seed().toBuilder().language("en").build(), seed); // detected from the text
    assertEquals(7, seed.paragraphs().size());
  }

  @Test
  void writesTheSeedInItsCleanShape() throws Exception {
    assertEquals(golden(), TxtTesting.render(Releases.seed()));
  }

  @Test
  void writesTheSeedAsTheSeedFileSaysButForItsNoBreakSpaces() throws Exception {
    String file = Files.readString(Seeds.seedFile(), StandardCharsets.UTF_8);
    String clean = file.replace("\u00A0>\u00A0", " > ").replace("\u00A0 <Print>", "<Print>");
    assertEquals(clean + "\n", TxtTesting.render(Releases.seed()));
  }

  @Test
  void readsTheGoldenFileToTheSeedRelease() throws Exception {
    assertEquals(Releases.seed(), TxtTesting.parse(golden()));
  }

  private static String golden() throws Exception {
    try (InputStream in = TxtSeedTest.class.getResourceAsStream("seed.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
