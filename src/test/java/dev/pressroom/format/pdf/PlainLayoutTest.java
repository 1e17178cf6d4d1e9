package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fast path is exact: text that needs no shaping, laid out glyph by glyph with the font's pair
 * kerning, has the glyphs and advances that shaping it with HarfBuzz gives, in every bundled face
 * of both families; and text that needs shaping does not take the fast path.
 */
class PlainLayoutTest {
  private static final Block.Style STYLE =
      new Block.Style(false, 11, 15, new float[] {0, 0, 0}, 0, false, false);

  @Provide
  Arbitrary<String> plain() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("AVTWYLPFKRavtwyolkfr.,;:'\"-–—’”(!?)0123456789")
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withChars("ÀÉÎØÜßçñåæœĳŁłŒ")
            .withChars("ΑΒΓΔΩαβγδω")
            .withChars("АБВГДЯабвгдя")
            .ofMinLength(1)
            .ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(12).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<FontChain.Face> faces() {
    return Arbitraries.of(FontChain.Face.class);
  }

  @Provide
  Arbitrary<PdfRenderer.FontFamily> families() {
    return Arbitraries.of(PdfRenderer.FontFamily.class);
  }

  @Property(tries = 1000)
  void fastPathEqualsShaping(
      @ForAll("plain") String text,
      @ForAll("faces") FontChain.Face face,
      @ForAll("families") PdfRenderer.FontFamily family)
      throws Exception {
    FontChain chain = chain(family);
    Block block =
        new Block(text, List.of(new Block.Piece(0, text.length(), null, "t", face, null)), STYLE);
    Shaped fast = Shaped.of(block, chain, "en");
    assertNull(fast.runs, "plain text takes the fast path");
    FontProgram font = chain.main(face);
    Shaper.Glyphs shaped = Shaper.shape(font, text.toCharArray(), 0, text.length(), false, 11);
    assertEquals(text.length(), shaped.gids().length, "one glyph per character: " + text);
    // advances are those of the PDF's /W widths, rounded to a thousandth of an em
    double rounding = 0.5 * 11 / 1000;
    float x = 0;
    for (int i = 0; i < text.length(); i++) {
      assertEquals(font, fast.fonts[i], "font of " + i);
      assertEquals(shaped.gids()[i], fast.glyphs[i], "glyph of '" + text.charAt(i) + "'");
      assertEquals(
          shaped.x()[i], x, 0.001 + rounding * i, "place of '" + text.charAt(i) + "' in " + text);
      x += fast.advances[i];
    }
    assertEquals(shaped.width(), x, 0.001 + rounding * text.length(), "width of " + text);
  }

  /**
   * Shaping cuts script runs where a closing bracket returns to the script it opened in, and kerns
   * only inside runs: "(Αa) Α" is the runs "(Α", "a" and ") Α", so space and Alpha kern.
   */
  @Test
  void fastPathCutsScriptRunsWhereShapingDoes() throws Exception {
    for (String text : List.of("(Αa) Α", "«Ωa» Ω", "a(Ω) A", "[Αa(b)] Α", "(a Ω) A")) {
      for (FontChain.Face face : FontChain.Face.values()) {
        for (PdfRenderer.FontFamily family : PdfRenderer.FontFamily.values()) {
          fastPathEqualsShaping(text, face, family);
        }
      }
    }
  }

  @Test
  void textThatNeedsShapingDoesNotTakeTheFastPath() throws Exception {
    FontChain chain = chain(PdfRenderer.FontFamily.SERIF);
    for (String text : List.of("e\u0301", "שלום", "a \u202Eb", "abc", "Ωμέγα")) {
      Block block = Block.of(text, null, "t", STYLE);
      boolean shaped = Shaped.of(block, chain, "en").runs != null;
      assertEquals(!text.equals("abc") && !text.equals("Ωμέγα"), shaped, text);
    }
    assertTrue(Shaper.needsShaping("कि"));
    assertTrue(Shaper.needsShaping("ที่"));
    assertFalse(Shaper.needsShaping("Grüße, Ωμέγα — «ok»"));
  }

  @Test
  void aRightToLeftReleaseShapesEvenNeutralText() throws Exception {
    Block block = Block.of("2024-05-14 10:30", null, "t", STYLE);
    Shaped shaped = Shaped.of(block, chain(PdfRenderer.FontFamily.SERIF), "ar");
    assertTrue(shaped.rightToLeft);
    assertTrue(shaped.runs != null && shaped.runs.size() > 1, "numbers and spaces in bidi runs");
  }

  private static FontChain chain(PdfRenderer.FontFamily family) throws Exception {
    return FontChain.of(
        new PdfOptions(
            PdfRenderer.PageSize.A4,
            new float[] {72, 72, 72, 72},
            11,
            family,
            List.of(),
            false,
            true,
            SystemFonts.NONE,
            dev.pressroom.print.PrintStyle.DEFAULT,
            null,
            true));
  }
}
