package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice and pandoc open the DOCX Pressroom writes and show all of its text. */
class DocxExternalReadersTest {
  static final PressRelease HOSTILE =
      PressRelease.builder()
          .breadcrumb("HOME > News & Events", "<Print>")
          .title("<b>&amp; ]]> \t tab\u00A0nbsp  two spaces 😀 שלום e\u0301 so\u00ADft")
          .timestamp(Timestamp.parse("2023-10-28T13:25:07-05:30"))
          .language("zh-CN")
          .paragraph("<![CDATA[ x ]]> \u200D\u200E مرحبا بالعالم 中华人民共和国外交部 *bold*")
          .paragraph("so\u00ADft hy\u00ADphen, a\u200Db, «guillemets» and 👩‍👩‍👧")
          .paragraph("<Print>")
          .footerAction(FooterAction.of("<Suggest To A Friend>"))
          .footerAction(
              new FooterAction("Print", java.net.URI.create("https://example.org/p?a=1&b=2")))
          .build();

  @TempDir Path dir;

  private Path write(PressRelease release) throws Exception {
    Path file = dir.resolve("release.docx");
    Files.write(file, Docx.render(Docx.PRINTED, release));
    return file;
  }

  /** The texts a reader must show: title, timestamp line, every paragraph and action. */
  private static List<String> expected(PressRelease release) {
    List<String> texts = new ArrayList<>();
    texts.add(String.join(" > ", release.breadcrumb()));
    texts.add(release.title());
    if (release.timestamp() != null) {
      texts.add(dev.pressroom.internal.DateWords.format(release.timestamp(), release.language()));
    }
    texts.addAll(release.paragraphs());
    release.footerActions().forEach(a -> texts.add(a.label()));
    return texts;
  }

  private static void assertShowsAll(PressRelease release, String shown) {
    String text = Office.normalized(shown);
    for (String expected : expected(release)) {
      assertTrue(
          text.contains(Office.normalized(expected)), "missing \"" + expected + "\" in:\n" + shown);
    }
  }

  @Test
  void libreOfficeShowsEveryParagraphAsText() throws Exception {
    for (PressRelease release : List.of(Releases.seed(), HOSTILE)) {
      Path txt = Office.soffice(write(release), "txt:Text (encoded):UTF8", "txt");
      assertShowsAll(release, Office.read(txt));
    }
  }

  @Test
  void libreOfficeConvertsItToPdf() throws Exception {
    Path pdf = Office.soffice(write(Releases.seed()), "pdf", "pdf");
    ExternalTools.Result text =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    // Each page ends with its footer, "Page N of M" from the PAGE and NUMPAGES fields; without
    // them the text flows.
    String[] pages = text.stdout().split("\f");
    long total = java.util.Arrays.stream(pages).filter(p -> !p.isBlank()).count();
    StringBuilder body = new StringBuilder();
    int numbered = 0;
    for (String page : pages) {
      String trimmed = page.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String footer =
          dev.pressroom.internal.HouseStyle.pageFooter(
              Releases.seed().language(), ++numbered, (int) total);
      assertTrue(
          trimmed.endsWith("\n" + footer),
          "page " + numbered + " ends with " + footer + ":\n" + page);
      body.append(trimmed, 0, trimmed.length() - footer.length()).append('\n');
    }
    assertTrue(numbered >= 2, "the seed fills more than one page");
    assertShowsAll(Releases.seed(), body.toString());
  }

  @Test
  void pandocShowsEveryParagraphAsPlainText() throws Exception {
    for (PressRelease release : List.of(Releases.seed(), HOSTILE)) {
      assertShowsAll(
          release, Office.pandoc(dir, "-f", "docx", "-t", "plain", write(release).toString()));
    }
  }

  @Test
  void pandocSeesTheTitleStyleAndTheHyperlink() throws Exception {
    String markdown =
        Office.pandoc(dir, "-f", "docx+styles", "-t", "native", write(HOSTILE).toString());
    assertTrue(markdown.contains("\"Title\""), markdown);
    assertTrue(markdown.contains("https://example.org/p?a=1&b=2"), markdown);
  }
}
