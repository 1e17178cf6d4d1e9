package dev.pressroom.format.docx;

import static dev.pressroom.format.docx.Docx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.ParseWarning;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Other tools' documents with double-decoded text are repaired, with a warning, not rejected. */
class DocxDamagedTextTest {

  @Test
  void mojibakeAndC1ControlsAreRepairedWithAWarning() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(
                p(null, "Wang Yi Holds Talks")
                    + p(null, "The minister didn\u00E2\u0080\u0099t say\u0090 more.")
                    + p(null, "CafÃ© talks"))
            .build();
    List<ParseWarning> warnings = new ArrayList<>();
    PressRelease release =
        new DocxParser()
            .parse(
                new ByteArrayInputStream(docx),
                ParseContext.of("release.docx").withWarnings(warnings::add));
    assertEquals(List.of("The minister didn’t say more.", "Café talks"), release.paragraphs());
    assertTrue(
        warnings.stream().anyMatch(w -> w.message().startsWith("repaired mojibake")),
        warnings::toString);
    assertTrue(
        warnings.stream().anyMatch(w -> w.message().equals("dropped control characters")),
        warnings::toString);
  }

  @Test
  void wordsDefaultLanguageOnChineseTextIsChinese() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .core("<dc:language>en-US</dc:language>")
            .body(p(null, "中国向苏丹派遣抗疫医疗专家组") + p(null, "应苏丹政府邀请，中国政府决定向苏丹派遣抗疫医疗专家组，协助当地开展疫情防控工作。"))
            .build();
    List<ParseWarning> warnings = new ArrayList<>();
    PressRelease release =
        new DocxParser()
            .parse(
                new ByteArrayInputStream(docx),
                ParseContext.of("release.docx").withWarnings(warnings::add));
    assertEquals("zh", release.language());
    assertEquals(1, warnings.size(), warnings::toString);
  }
}
