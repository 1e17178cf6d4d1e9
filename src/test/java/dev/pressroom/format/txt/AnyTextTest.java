package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any text, however it is put together, reads to a valid release or fails with a ParseException;
 * what it reads to survives a round trip through txt.
 */
class AnyTextTest {

  @Property
  void readsAnyTextToAReleaseThatRoundTrips(@ForAll("texts") String text) throws Exception {
    PressRelease release;
    try {
      release = TxtTesting.parse(text);
    } catch (ParseException e) {
      return; // a clear refusal is fine; any other exception fails the property
    }
    assertEquals(
        new dev.pressroom.format.txt.TxtRenderer().carried(release),
        TxtTesting.parse(TxtTesting.renderBytes(release)));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, TxtReleases.line()),
            net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(20)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("", " ", "\u00A0", "\t", "\\", "  x")));
    Arbitrary<String> separator =
        Arbitraries.of("\n", "\n", "\n\n", "\r\n", "\r", "\n   ", "\n\u3000", "\n\n\n");
    return Combinators.combine(line.list().ofMaxSize(14), separator.list().ofSize(14))
        .as(AnyTextTest::join);
  }

  private static String join(List<String> lines, List<String> separators) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      out.append(lines.get(i)).append(separators.get(i));
    }
    return out.toString();
  }
}
