package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every release survives Markdown both ways, through flexmark and through the fast path. */
class MarkdownRoundTripTest {

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Property
  void flexmarkReadsBackExactlyWhatWasWritten(@ForAll("releases") PressRelease release)
      throws Exception {
    assertEquals(Md.asForeign(release), Md.parseFull(Md.render(release)));
  }

  @Property
  void parsesWhatItRendersAndRendersTheSameBytesAgain(@ForAll("releases") PressRelease release)
      throws Exception {
    String markdown = Md.render(release);
    PressRelease back = Md.parse(markdown);
    assertEquals(release, back);
    assertEquals(markdown, Md.render(back));
  }

  @Property
  void fastPathAcceptsEveryRenderedFile(@ForAll("releases") PressRelease release) {
    assertEquals(
        release,
        OwnShape.read(Md.render(release), dev.pressroom.Limits.defaults()),
        "the fast path must recognise the renderer's own output");
  }
}
