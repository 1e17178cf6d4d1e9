package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import dev.pressroom.testing.Releases;
import dev.pressroom.testing.Scripts;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every path round-trips: for every pair of formats A and B, {@code
 * parse_B(render_B(parse_A(render_A(m))))} equals {@code m} less what A and B cannot carry — and
 * each format says what that is through {@link ReleaseRenderer#carried}: only plain text drops a
 * field (the language). Releases are generated from text every format can show, PDF included (no
 * emoji or Hangul, for which the CI machine has no TrueType font; the mixed-direction releases use
 * the Noto faces of fonts-noto-core).
 */
class CrossFormatRoundTripTest {
  private static final Pressroom PRESSROOM = Formats.PRESSROOM;

  @Property(tries = 200)
  void everyPairOfFormatsKeepsTheRelease(@ForAll("releases") PressRelease release)
      throws Exception {
    List<String> formats = Formats.roundTripping();
    for (String a : formats) {
      PressRelease viaA = PRESSROOM.parse(PRESSROOM.render(release, a), a, "a." + a);
      PressRelease expectedA = Formats.renderer(a).carried(release);
      assertEquals(expectedA, viaA, a);
      for (String b : formats) {
        PressRelease viaB = PRESSROOM.parse(PRESSROOM.render(viaA, b), b, "b." + b);
        assertEquals(Formats.renderer(b).carried(expectedA), viaB, a + " then " + b);
      }
    }
  }

  /**
   * Version-2 releases (subtitle, headings, lists, quotes, emphasis, links, contacts, boilerplate)
   * chain through every pair too, each format keeping what {@link ReleaseRenderer#carried} says it
   * keeps: JSON everything, the others the release's text as plain paragraphs for now, no word
   * lost.
   */
  @Property(tries = 100)
  void everyPairOfFormatsKeepsARichRelease(@ForAll("richReleases") PressRelease release)
      throws Exception {
    everyPairOfFormatsKeepsTheRelease(release);
  }

  /**
   * Releases mixing scripts and directions in every field (Arabic, Persian, Hebrew, Urdu, Hindi,
   * Thai, Latin, digits, bidi controls) chain through every pair: every format says or lays out the
   * direction, and none loses a character of it. PDF draws them with the machine's fonts
   * (fonts-noto-core in CI).
   */
  @Property(tries = 100)
  void everyPairOfFormatsKeepsAMixedDirectionRelease(
      @ForAll("mixedDirectionReleases") PressRelease release) throws Exception {
    Scripts.fonts();
    everyPairOfFormatsKeepsTheRelease(release);
  }

  @Provide
  Arbitrary<PressRelease> mixedDirectionReleases() {
    return Releases.mixedDirectionRelease();
  }

  @Provide
  Arbitrary<PressRelease> richReleases() {
    return Releases.printableRichRelease();
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    // PDF needs a font for every character: text from the scripts the CI fonts cover.
    return Releases.printableRelease(0, 6);
  }
}
