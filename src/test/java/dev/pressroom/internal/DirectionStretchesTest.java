package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.Releases;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Direction#stretches}: where text changes between right-to-left stretches and the rest. */
class DirectionStretchesTest {

  @Example
  void cutsAroundRightToLeftLettersAndWhatIsBetweenThem() {
    assertArrayEquals(new int[] {0, 4, 14, 18}, Direction.stretches("abc مرحبا، بكم def", false));
    assertArrayEquals(new int[] {0, 4, 14, 18}, Direction.stretches("abc مرحبا، بكم def", true));
  }

  @Example
  void givesTheEndsOfARightToLeftParagraphToTheRightToLeftLetterNextToThem() {
    assertArrayEquals(new int[] {0, 1, 6, 12}, Direction.stretches("«مرحبا» 2023", false));
    assertArrayEquals(new int[] {0, 0, 12}, Direction.stretches("«مرحبا» 2023", true));
    // a Latin letter at the end keeps it
    assertArrayEquals(new int[] {0, 0, 5, 9}, Direction.stretches("مرحبا abc", true));
    assertArrayEquals(new int[] {0, 4, 9}, Direction.stretches("abc مرحبا", true));
  }

  @Example
  void keepsMarksAndJoinersAfterTheLastLetter() {
    // kasra, fatha, dammatan and a ZWNJ after the last Arabic letter; Hebrew points
    assertArrayEquals(new int[] {0, 2, 10, 14}, Direction.stretches("a كِتَابٌ\u200C def", false));
    assertArrayEquals(new int[] {0, 0, 7, 9}, Direction.stretches("שָׁלוֹם .", false));
  }

  @Example
  void leavesTextWithoutRightToLeftLettersWhole() {
    assertArrayEquals(new int[] {0, 11}, Direction.stretches("Press 2023.", true));
    assertArrayEquals(new int[] {0, 0}, Direction.stretches("", false));
    assertArrayEquals(new int[] {0, 7}, Direction.stretches("नमस्ते.", false));
  }

  @Example
  void countsLettersOutsideTheBasicPlaneAndTheRightToLeftMark() {
    String adlam = "a \uD83A\uDD00\uD83A\uDD01 b"; // two Adlam letters, U+1E900 and U+1E901
    assertArrayEquals(new int[] {0, 2, 6, 8}, Direction.stretches(adlam, false));
    assertArrayEquals(new int[] {0, 2, 3, 5}, Direction.stretches("a \u200F b", false));
  }

  @Provide
  Arbitrary<String> lines() {
    return Releases.mixedDirectionLine();
  }

  /**
   * The stretches cover the text in order, cut no surrogate pair, hold every right-to-left letter
   * in a right-to-left stretch and no left-to-right letter in one, and start and end at a
   * right-to-left letter (or its marks) but at a right-to-left paragraph's ends.
   */
  @Property(tries = 1000)
  void stretchesAlternateAsTheirLettersSay(@ForAll("lines") String text, @ForAll boolean rtl) {
    int[] b = Direction.stretches(text, rtl);
    assertEquals(0, b[0]);
    assertEquals(text.length(), b[b.length - 1]);
    for (int k = 0; k + 1 < b.length; k++) {
      assertTrue(k == 0 ? b[1] >= b[0] : b[k + 1] > b[k], text);
      assertFalse(
          b[k] > 0 && b[k] < text.length() && Character.isLowSurrogate(text.charAt(b[k])), text);
      boolean odd = k % 2 == 1;
      String stretch = text.substring(b[k], b[k + 1]);
      assertEquals(odd, Direction.hasRightToLeft(stretch), stretch);
      if (odd) {
        assertTrue(
            stretch
                .codePoints()
                .noneMatch(
                    cp ->
                        Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT),
            stretch);
        int first = stretch.codePointAt(0);
        assertTrue(Direction.isRightToLeft(first) || (rtl && b[k] == 0), stretch);
        int last = stretch.codePointBefore(stretch.length());
        byte d = Character.getDirectionality(last);
        assertTrue(
            Direction.isRightToLeft(last)
                || d == Character.DIRECTIONALITY_NONSPACING_MARK
                || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL
                || (rtl && b[k + 1] == text.length()),
            stretch);
      }
    }
  }
}
