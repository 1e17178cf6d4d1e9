package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Repair is the identity on real text of many scripts (no false positives), undoes mojibake of it,
 * and always leaves text the model accepts.
 */
class TextRepairPropertiesTest {

  /** Words as languages write them, accented capitals and word-final accents included. */
  private static final List<String> WORDS =
      List.of(
          "the",
          "Minister",
          "said",
          "U.S.",
          "café",
          "Café",
          "naïve",
          "déjà",
          "à",
          "là",
          "été",
          "ÉTÉ",
          "Élysée",
          "Ça",
          "garçon",
          "français",
          "Straße",
          "groß",
          "GROSS",
          "über",
          "Über",
          "MÜNCHEN",
          "Österreich",
          "ÖSTERREICH",
          "Bär",
          "señor",
          "año",
          "España",
          "acción",
          "¿Qué",
          "¡Sí",
          "ação",
          "irmã",
          "IRMÃ",
          "SÃO",
          "Ærø",
          "Øre",
          "Åsa",
          "ÅSA",
          "smörgåsbord",
          "Ísland",
          "við",
          "Þór",
          "ROMÂNIA",
          "România",
          "înţelegere",
          "Łódź",
          "Dvořák",
          "Šťastný",
          "Ølen",
          "NESCAFÉ",
          "CAFÉ",
          "DÉCRÉTÉ",
          "Привет",
          "МИД",
          "Γειά",
          "ΕΛΛΆΔΑ",
          "中华人民共和国",
          "外交部",
          "日本語",
          "テキスト",
          "한국어",
          "مرحبا",
          "بالعالم",
          "שלום",
          "नमस्ते",
          "สวัสดี",
          "😀",
          "👩‍👩‍👧",
          "🇨🇳",
          "e\u0301",
          "42",
          "2023-10-28",
          "1ª",
          "Nº",
          "5€",
          "20°C",
          "x²");

  /** What stands between words: spaces, punctuation after a word, punctuation before one. */
  private static final List<String> JOINS =
      List.of(
          " ", " ", " ", ", ", ". ", "; ", ": ", "! ", "? ", "… ", "’ ", "” ", "» ", "“ ", " „",
          " “", " «", " ‘", " (", ") ", " – ", " — ", "® ", "™ ", "© ", "¹ ", "† ", "…» ", "” – ",
          "\t", "。", "，", "\n", " · ");

  @Provide
  Arbitrary<String> realText() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> join = Arbitraries.of(JOINS);
    return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(30), join.list().ofSize(30))
        .as(
            (words, joins) -> {
              StringBuilder out = new StringBuilder();
              for (int i = 0; i < words.size(); i++) {
                out.append(words.get(i));
                if (i + 1 < words.size()) {
                  out.append(joins.get(i));
                }
              }
              return out.toString();
            });
  }

  @Property
  void realTextIsLeftAsItIs(@ForAll("realText") String text) {
    assertSame(text, TextRepair.repair(text).text());
    assertEquals(0, TextRepair.repair(text).repairs().size());
  }

  @Property
  void realTextWithNoBreakSpacesAndSoftHyphensIsNoDamage(@ForAll("realText") String text) {
    String spaced = text.replace(" »", "\u00A0»").replace("ter", "ter\u00AD");
    TextRepair.Repaired r = TextRepair.repairDamage(spaced);
    assertEquals(spaced, r.text());
    assertEquals(0, r.repairs().size());
  }

  @Property
  void windows1252MojibakeIsUndone(@ForAll("realText") String text) {
    assertEquals(text, TextRepair.repair(Mojibake.cp1252(text)).text());
    assertEquals(text, TextRepair.repair(Mojibake.cp1252(Mojibake.cp1252(text))).text());
  }

  @Property
  void latin1MojibakeIsUndone(@ForAll("realText") String text) {
    assertEquals(text, TextRepair.repair(Mojibake.latin1(text)).text());
    assertEquals(text, TextRepair.repair(Mojibake.cp1252(Mojibake.latin1(text))).text());
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(60),
        realText().map(Mojibake::cp1252),
        realText().map(t -> Mojibake.latin1(t).replace('\u00A0', ' ')));
  }

  @Property
  void whatRepairLeavesTheModelAccepts(@ForAll("anyText") String text) {
    String line = Text.strip(TextRepair.repairLine(text).text());
    if (!line.isEmpty()) {
      assertNull(Text.problem(line), line);
    }
    for (String part : TextRepair.repair(text).text().split("\n", -1)) {
      // a soft hyphen before a break is kept for the line-joining pass, which drops it
      String stripped = Text.strip(part.replace("\u00AD", ""));
      if (!stripped.isEmpty()) {
        assertNull(Text.problem(stripped), stripped);
      }
    }
  }

  @Property
  void repairIsIdempotent(@ForAll("anyText") String text) {
    String once = TextRepair.repair(text).text();
    String twice = TextRepair.repair(once).text();
    if (!once.equals(twice)) {
      // only a fourth layer of mojibake may be left for a second call
      assertEquals(TextRepair.repair(twice).text(), twice);
    }
  }
}
