package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The value syntax the PDF writer uses. */
class PdfSyntaxTest {
  @Test
  void namesEscapeDelimitersSpacesAndNonAsciiBytes() {
    assertEquals("/StructElem", PdfSyntax.name("StructElem"));
    assertEquals("/A#20B#23#28#29", PdfSyntax.name("A B#()"));
    assertEquals("/Caf#C3#A9", PdfSyntax.name("Café"));
  }

  @Test
  void printableAsciiTextIsALiteralWithItsDelimitersEscaped() {
    assertEquals("(Wang Yi \\(1\\) a\\\\b)", PdfSyntax.text("Wang Yi (1) a\\b"));
  }

  @Test
  void otherTextIsUtf16WithAByteOrderMark() {
    assertEquals("<FEFF00E9>", PdfSyntax.text("é"));
    assertEquals("<FEFF0041000A>", PdfSyntax.text("A\n"));
    assertEquals("<FEFFD83DDE00>", PdfSyntax.text("\uD83D\uDE00"));
  }

  @Test
  void byteStringsAreLiteralWhenPrintableAndHexOtherwise() {
    assertEquals(
        "(https://example.org/a?b=c)",
        PdfSyntax.bytes("https://example.org/a?b=c".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("<68C3A9>", PdfSyntax.bytes("hé".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void referencesNameAnObjectOfGenerationZero() {
    assertEquals("12 0 R", PdfSyntax.ref(12));
  }
}
