package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How {@link PdfLineJoiner} puts a paragraph's lines back together, hyphens included. */
class PdfLineJoinerReaderTest {

  private static PdfLineJoiner joiner(boolean autoHyphenated, String... documentLines) {
    return new PdfLineJoiner(
        java.util.Arrays.stream(documentLines)
            .map(text -> new PdfTextLine(1, text, 0, 0, 0, 11, false, 842))
            .toList(),
        autoHyphenated);
  }

  @Test
  void joinsLinesWithOneSpace() {
    assertEquals(
        "the first line and the next", joiner(false).join("the first line ", "and the next"));
  }

  @Test
  void dropsASoftHyphenAtTheLineEnd() {
    assertEquals("Pressemitteilung", joiner(false).join("Presse\u00AD", "mitteilung"));
  }

  @Test
  void keepsTheHyphenOfACompoundThatAppearsElsewhere() {
    PdfLineJoiner joiner = joiner(true, "covers short-term issues and long-term studies");
    assertEquals("negative long-term trends", joiner.join("negative long-", "term trends"));
  }

  @Test
  void dropsTheHyphenWhenTheWholeWordAppearsElsewhere() {
    PdfLineJoiner joiner = joiner(false, "sustainable development for all");
    assertEquals("the develop" + "ment goals", joiner.join("the develop-", "ment goals"));
  }

  @Test
  void dropsLineEndHyphensOfAutoHyphenatingProducersOnly() {
    assertEquals("an innovative method", joiner(true).join("an inno-", "vative method"));
    assertEquals(
        "an inclusive low-carbon industry",
        joiner(false).join("an inclusive low-", "carbon industry"));
  }

  @Test
  void keepsTheHyphenBeforeACapitalOrDigitWithoutASpace() {
    assertEquals("Guido Schmidt-Traub", joiner(true).join("Guido Schmidt-", "Traub"));
    assertEquals("the COVID-19 crisis", joiner(true).join("the COVID-", "19 crisis"));
  }

  @Test
  void keepsASpacedDashAsASpace() {
    assertEquals("2019 – The report", joiner(true).join("2019 –", "The report"));
    assertEquals("Interior - Office", joiner(true).join("Interior -", "Office"));
  }

  @Test
  void joinsCjkWithoutASpace() {
    assertEquals("中华人民共和国外交部", joiner(false).join("中华人民", "共和国外交部"));
  }

  @Test
  void joinsAClosingQuoteThatWrappedAlone() {
    assertEquals("our health and nutrition”", joiner(false).join("our health and nutrition", "”"));
  }

  @Test
  void theFirstHalfOfABreakIsNoEvidence() {
    // "low-" at a line end must not count as the compound "low-carbon" appearing elsewhere
    PdfLineJoiner joiner = joiner(true, "inclusive low-", "carbon industry");
    assertEquals("lowcarbon", joiner.join("low-", "carbon"));
  }

  @Test
  void aSoftHyphenAtTheLineEndBeforeACapitalIsTheHyphenItWasDrawnAs() {
    assertEquals("Schmidt-Traub said", joiner(false).join("Schmidt\u00AD", "Traub said"));
    assertEquals("COVID-19 cases", joiner(false).join("COVID\u00AD", "19 cases"));
    // Before a lower-case letter, the hyphenated word elsewhere in the text keeps it.
    assertEquals(
        "a long-term plan", joiner(false, "a long-term view").join("a long\u00AD", "term plan"));
  }

  @Test
  void aSoftHyphenInsideALineIsAHyphenOrAJoinedBreak() {
    assertEquals("COVID-19 cases", PdfLineJoiner.softHyphens("COVID\u00AD19 cases"));
    assertEquals(
        "the Commissioner said", PdfLineJoiner.softHyphens("the Commis\u00AD sioner said"));
    assertEquals("the Commissioner said", joiner(false).join("the Commis\u00AD sioner", "said"));
  }
}
