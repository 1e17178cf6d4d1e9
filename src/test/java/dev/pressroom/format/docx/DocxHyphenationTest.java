package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX leaves hyphenation to Word and LibreOffice: {@code <w:autoHyphenation/>}, on by default. */
class DocxHyphenationTest {
  @TempDir Path dir;

  private static PressRelease german() {
    return PressRelease.builder()
        .title("Bundesministerium stellt Digitalisierungsstrategie vor")
        .language("de")
        .paragraph(
            "Die Donaudampfschifffahrtsgesellschaft und das Bundesministerium für"
                + " Verkehrsinfrastruktur haben eine Rahmenvereinbarung unterzeichnet.")
        .build();
  }

  @Test
  void settingsTurnOnAutomaticHyphenationByDefault() throws Exception {
    byte[] docx = Docx.render(german());
    String settings = Docx.part(docx, "word/settings.xml");
    assertTrue(settings.contains("<w:autoHyphenation/>"), settings);
    assertTrue(settings.contains("<w:hyphenationZone w:val=\"360\"/>"), settings);
    // after w:defaultTabStop, before w:characterSpacingControl, as CT_Settings orders them
    assertTrue(
        settings.indexOf("w:defaultTabStop") < settings.indexOf("w:autoHyphenation")
            && settings.indexOf("w:hyphenationZone")
                < settings.indexOf("w:characterSpacingControl"),
        settings);
    assertTrue(Docx.part(docx, "word/styles.xml").contains("w:lang w:val=\"de\""));
    assertEquals(german(), Docx.parse(docx));
  }

  @Test
  void hyphenationCanBeTurnedOff() throws Exception {
    byte[] docx = Docx.render(DocxRenderer.builder().hyphenate(false).build(), german());
    String settings = Docx.part(docx, "word/settings.xml");
    assertFalse(settings.contains("autoHyphenation"), settings);
    assertFalse(settings.contains("hyphenationZone"), settings);
    assertEquals(german(), Docx.parse(docx));
  }

  @Test
  void libreOfficeOpensTheHyphenatedDocument() throws Exception {
    Path file = dir.resolve("release.docx");
    Files.write(file, Docx.render(german()));
    Path pdf = Office.soffice(file, "pdf", "pdf");
    ExternalTools.Result text =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    assertEquals(0, text.exitCode(), text.stderr());
    String flat = text.stdout().replaceAll("-\\n|\\s+", "");
    assertTrue(flat.contains("DieDonaudampfschifffahrtsgesellschaft"), text.stdout());
  }
}
