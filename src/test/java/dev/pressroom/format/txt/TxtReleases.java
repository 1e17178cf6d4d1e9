package dev.pressroom.format.txt;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Releases whose lines are often exactly what the txt parser treats as structure, so every escape
 * case comes up in a few hundred tries (the shared generator mostly mixes such pieces into longer
 * lines).
 */
final class TxtReleases {
  private TxtReleases() {}

  /** Whole lines that read as structure when not escaped. */
  static final List<String> STRUCTURE =
      List.of(
          "<Print>",
          "<Suggest To A Friend>",
          "<Share> https://example.org/s",
          "\\",
          "\\<Print>",
          "\\\\",
          "\\x",
          "<",
          ">",
          "2023-10-28",
          "2023-10-28 13:25",
          "2023-10-28 13:25:07 +08:00 [Asia/Shanghai]",
          "2023/10/28",
          "October 28, 2023",
          "Oct. 28, 2023",
          "28 October 2023",
          "10.11.2021",
          "2023年10月28日",
          "May 4, 2003",
          "FOR IMMEDIATE RELEASE",
          "Media Release",
          "PRESS RELEASE",
          "Embargoed until 10:00",
          "###",
          "# # #",
          "-END-",
          "-30-",
          "Media contact:",
          "Contact: Jane Doe, +1 555 0100",
          "Further information: Randal Markey",
          "WASHINGTON, Oct. 27, 2023 -- The Senate voted.",
          "WASHINGTON, Oct. 27, 2023 --",
          "Washington, D.C. -- Senator Akaka said.",
          "December 2, 2020—Today we launched.",
          "HOME > News & Events",
          "HOME >",
          "a > b > c",
          "\\HOME > x",
          "AUSTRALIA JOINS THE FIGHT",
          "Senator the Hon Kay Patterson");

  /** A line: a structural one, a structural one with words around it, or a shared hostile one. */
  static Arbitrary<String> line() {
    Arbitrary<String> structure = Arbitraries.of(STRUCTURE);
    return Arbitraries.frequencyOf(
        Tuple.of(4, structure),
        Tuple.of(1, structure.map(s -> s + " tail")),
        Tuple.of(1, structure.map(s -> "head " + s)),
        Tuple.of(4, Releases.line()));
  }

  static Arbitrary<PressRelease> release() {
    Arbitrary<FooterAction> action =
        Arbitraries.frequencyOf(Tuple.of(1, Releases.footerAction()), Tuple.of(1, label()));
    return Combinators.combine(
            line().list().ofMaxSize(3),
            line(),
            Releases.timestamp().injectNull(0.5),
            Arbitraries.of("en", "zh-CN").injectNull(0.5),
            line().list().ofMaxSize(6),
            action.list().ofMaxSize(3))
        .as(PressRelease::new);
  }

  private static Arbitrary<FooterAction> label() {
    return line().map(FooterAction::of);
  }
}
