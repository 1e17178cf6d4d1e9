package dev.pressroom.internal;

import static dev.pressroom.internal.Mojibake.cp1252;
import static dev.pressroom.internal.Mojibake.latin1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pressroom.internal.TextRepair.Repair;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRepairTest {

  private static void repairs(String damaged, String expected, Repair... kinds) {
    TextRepair.Repaired r = TextRepair.repair(damaged);
    assertEquals(expected, r.text(), () -> "repairing " + escape(damaged));
    assertEquals(Set.of(kinds), r.repairs(), () -> "repairs of " + escape(damaged));
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            cp -> out.append(cp < 0x80 ? Character.toString(cp) : String.format("\\u%04X", cp)));
    return out.toString();
  }

  @Test
  void windows1252Mojibake() {
    assertEquals("donâ€™t", cp1252("don’t"));
    repairs("donâ€™t", "don’t", Repair.MOJIBAKE);
    repairs("CafÃ© â€œbioâ€\u009D â€“ 5Â\u00A0â‚¬", "Café “bio” – 5\u00A0€", Repair.MOJIBAKE);
  }

  @Test
  void latin1Mojibake() {
    assertEquals("don\u00E2\u0080\u0099t", latin1("don’t"));
    repairs(latin1("don’t"), "don’t", Repair.MOJIBAKE);
    repairs(latin1("Straße, Ærø, señor"), "Straße, Ærø, señor", Repair.MOJIBAKE);
  }

  @Test
  void doubleMojibake() {
    repairs(cp1252(cp1252("don’t")), "don’t", Repair.MOJIBAKE);
    repairs(latin1(latin1("café")), "café", Repair.MOJIBAKE);
    // Word's Symbol-font bullet U+F0B7, read as Latin-1 and then as Windows-1252
    assertEquals("Ã¯Â‚Â·", cp1252(latin1("\uF0B7")));
    repairs("Ã¯Â‚Â· Item", "\uF0B7 Item", Repair.MOJIBAKE);
  }

  @Test
  void mojibakeOfEveryScript() {
    for (String text :
        new String[] {
          "Привет, мир",
          "Γειά σου Κόσμε",
          "中华人民共和国外交部",
          "日本語のテキスト",
          "한국어",
          "مرحبا بالعالم",
          "שלום עולם",
          "नमस्ते दुनिया",
          "สวัสดีชาวโลก",
          "😀 👩‍👩‍👧 🇨🇳",
          "ÉTÉ À MÜNCHEN"
        }) {
      repairs(cp1252(text), text, Repair.MOJIBAKE);
      repairs(latin1(text), text, Repair.MOJIBAKE);
    }
  }

  @Test
  void mojibakeAmongCorrectText() {
    String text = "Café — " + cp1252("naïve “déjà vu”") + " 中文 and " + latin1("Øre");
    repairs(text, "Café — naïve “déjà vu” 中文 and Øre", Repair.MOJIBAKE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "„Das ist groß“, sagte er.",
        "L’ÉTÉ» est là",
        "NESCAFÉ® Gold",
        "un café…» dit-il",
        "A IRMÃ” disse",
        "ÖSTERREICH™ und MÜLLER†",
        "Nº 1ª, 2º"
      })
  void realLatin1TextStays(String text) {
    TextRepair.Repaired r = TextRepair.repair(text);
    assertEquals(text, r.text(), () -> escape(text));
    assertEquals(Set.of(), r.repairs());
  }

  @Test
  void controlsThatAreNotMojibakeAreDropped() {
    repairs("a\u0080b\u009Fc", "abc", Repair.CONTROL);
    repairs("bell\u0007 and nul\u0000 and del\u007F", "bell and nul and del", Repair.CONTROL);
  }

  @Test
  void lineBreaksBecomeLineFeeds() {
    repairs("a\r\nb\rc\u2028d\u2029e\u0085f\u000Bg\u000Ch", "a\nb\nc\nd\ne\nf\ng\nh");
    assertEquals("a b c d", TextRepair.repairLine("a\r\nb\u2028c\nd").text());
  }

  @Test
  void oddSpacesAreKeptAsGiven() {
    String spaced = "a\u00A0b\u3000c\u2009d\u202Fe\u2002f\u205Fg\u1680h";
    assertEquals(spaced, TextRepair.repair(spaced).text());
    assertEquals(Set.of(), TextRepair.repair(spaced).repairs());
  }

  @Test
  void invisibleCharactersAreKeptAsGiven() {
    repairs("a\u200Bb\uFEFFc\u2060d", "a\u200Bb\uFEFFc\u2060d");
    String joined = "👩\u200D👩 \u200Cمی\u200Fخواهم \u200E";
    repairs(joined, joined);
  }

  @Test
  void softHyphens() {
    repairs("Bundes\u00ADpolizei", "Bundespolizei", Repair.SOFT_HYPHEN);
    repairs("The Commis\u00AD sioner", "The Commis\u00AD sioner"); // the joining pass's (PDF)
    repairs("Bern\u00AD17.08.2007", "Bern\u00AD17.08.2007");
    repairs("word \u00AD word", "word \u00AD word");
    repairs("Bundes\u00AD\npolizei", "Bundes\u00AD\npolizei");
    repairs("Bundes\u00AD \r\npolizei", "Bundes\u00AD \npolizei");
    assertEquals("Bundespolizei", TextRepair.repairLine("Bundes\u00AD\npolizei").text());
  }

  /** What a dropped character stood between is judged again: one call repairs it all. */
  @Test
  void aDroppedCharacterJoinsWhatItStoodBetween() {
    repairs(
        "\u00C3\u00AA\u0001\u00ADA",
        "\u00EAA",
        Repair.MOJIBAKE,
        Repair.CONTROL,
        Repair.SOFT_HYPHEN);
    repairs("Bundes\u0081\u00ADpolizei", "Bundespolizei", Repair.CONTROL, Repair.SOFT_HYPHEN);
  }

  @Test
  void noncharactersAndUnpairedSurrogatesAreDropped() {
    repairs("a\uFFFEb\uD800c\uFDD0d\uDC00e\uDBFF\uDFFFf😀", "abcdef😀", Repair.NONCHARACTER);
  }

  @Test
  void damageModeLeavesTheReaderItsSyntax() {
    TextRepair.Repaired r =
        TextRepair.repairDamage("T\u00A0i\u00ADt\u0001le\r\nx\u0085y\u0090z " + cp1252("’"));
    assertEquals("T\u00A0i\u00ADt\u0001le\r\nx\nyz ’", r.text());
    assertEquals(Set.of(Repair.MOJIBAKE, Repair.CONTROL), r.repairs());
  }

  @Test
  void cleanTextIsTheSameString() {
    for (String text :
        new String[] {"Plain ASCII text.", "Café, naïve, Straße", "中华人民共和国 😀", "a\tb\nc", ""}) {
      assertSame(text, TextRepair.repair(text).text());
    }
    String withLines = "a\nb";
    assertSame(withLines, TextRepair.repairDamage(withLines).text());
  }
}
