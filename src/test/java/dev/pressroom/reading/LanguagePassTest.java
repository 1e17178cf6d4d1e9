package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.ParseWarning;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagePassTest {
  private final List<ParseWarning> warnings = new ArrayList<>();

  private Draft draft(String declared, String title, String... paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (String p : paragraphs) {
      blocks.add(Block.paragraph(p, null));
    }
    DocumentInfo info =
        new DocumentInfo(null, null, false, List.of(), declared, null, List.of(), List.of());
    Draft draft =
        new Draft(
            new ForeignDocument("docx", blocks, info),
            ParseContext.of("release.docx").withWarnings(warnings::add));
    draft.title = title;
    return draft;
  }

  @Test
  void wordsEnglishDefaultOnAChineseDocumentIsChinese() {
    Draft draft = draft("en-US", "中国向苏丹派遣抗疫医疗专家组", "应苏丹政府邀请，中国政府决定向苏丹派遣抗疫医疗专家组，协助当地开展疫情防控工作。");
    new LanguagePass().apply(draft);
    assertEquals("zh", draft.language);
    assertEquals(1, warnings.size());
  }

  @Test
  void textWithoutDeclarationGetsItsDetectedLanguage() {
    Draft draft =
        draft(
            null,
            "Bundespolizei nimmt Schleuser fest",
            "Die Bundespolizei hat am Mittwoch an der Grenze zu Polen mehrere Schleuser"
                + " festgenommen und die Migranten in Obhut genommen.");
    new LanguagePass().apply(draft);
    assertEquals("de", draft.language);
    assertEquals(List.of(), warnings);
  }

  @Test
  void declaredTagsAreNormalised() {
    Draft draft = draft("en-EN", "Short", "Text.");
    new LanguagePass().apply(draft);
    assertEquals("en", draft.language);
    Draft invalid = draft("english", "Short", "Text.");
    new LanguagePass().apply(invalid);
    assertNull(invalid.language);
    assertEquals(2, warnings.size(), warnings::toString);
  }

  @Test
  void shortTextGivesNoLanguage() {
    Draft draft = draft(null, "Print", "OK.");
    new LanguagePass().apply(draft);
    assertNull(draft.language);
  }
}
