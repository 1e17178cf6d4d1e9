package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A pipe table of any width is read, not taken for deep nesting. */
class WideTableTest {
  /** The delimiter-row grammar as a regular expression, the definition the scan must match. */
  private static final Pattern GRAMMAR =
      Pattern.compile("\\|?[ \\t]*:?-+:?[ \\t]*(?:\\|[ \\t]*:?-+:?[ \\t]*)*\\|?[ \\t]*");

  @Test
  void aDelimiterRowOfFiftyThousandColumnsIsOne() {
    // Java's regex engine overflows the stack on such a row from about a thousand columns.
    assertEquals(true, BodyReader.isDelimiterRow("|" + ":--|".repeat(50_000)));
    assertEquals(false, BodyReader.isDelimiterRow("|" + ":--|".repeat(50_000) + "x"));
  }

  @Test
  void readsATableOfFiveThousandColumns() throws Exception {
    int columns = 5_000;
    String header = "|" + "a|".repeat(columns);
    String delimiter = "|" + "-|".repeat(columns);
    String row = "|" + "b|".repeat(columns);
    PressRelease release = Md.parse("# Wide\n\n" + header + "\n" + delimiter + "\n" + row + "\n");
    assertEquals("Wide", release.title());
    assertEquals(List.of(joined("a", columns), joined("b", columns)), release.paragraphs());
  }

  private static String joined(String cell, int count) {
    return String.join(" | ", java.util.Collections.nCopies(count, cell));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "---",
        "|---|",
        "| --- | :--: | --: |",
        ":-|-:",
        "|-|-|   ",
        "| :--- |\t",
        "|",
        "||",
        "| |",
        "|---||",
        "--- ---",
        ":",
        "|:|",
        "| --- | :",
        "---|",
        "-|-|",
        "|- -|",
        "|---|x",
        ""
      })
  void theScanAgreesWithTheGrammar(String row) {
    assertEquals(GRAMMAR.matcher(row).matches(), BodyReader.isDelimiterRow(row), "\"" + row + "\"");
  }
}
