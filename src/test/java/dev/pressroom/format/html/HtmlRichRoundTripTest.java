package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HtmlRichRoundTripTest {
  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.richRelease();
  }

  @Property(tries = 1000)
  void ownPagesReadBackExactly(@ForAll("rich") PressRelease release) throws Exception {
    assertEquals(release, HtmlPages.parse(HtmlPages.render(release)));
  }
}
