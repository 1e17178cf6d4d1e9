package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Damaged files give a valid release or a ParseException, never another exception. */
class DocxRobustnessTest {
  private static final byte[] SEED = Docx.render(Releases.seed());

  @Provide
  Arbitrary<List<Integer>> damage() {
    return Arbitraries.integers()
        .between(0, SEED.length * 256 - 1)
        .list()
        .ofMinSize(1)
        .ofMaxSize(8);
  }

  @Property(tries = 300)
  void damagedBytesGiveAReleaseOrAParseException(@ForAll("damage") List<Integer> flips) {
    byte[] bytes = SEED.clone();
    for (int flip : flips) {
      bytes[flip / 256] = (byte) (flip % 256);
    }
    try {
      PressRelease release = Docx.parse(bytes);
      assertNotNull(release.title());
    } catch (ParseException expected) {
      assertNotNull(expected.getMessage());
    }
  }
}
