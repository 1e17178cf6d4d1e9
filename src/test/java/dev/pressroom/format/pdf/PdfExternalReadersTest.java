package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pdftotext, qpdf and pdffonts, the readers users' tools rely on, accept what we write. */
class PdfExternalReadersTest {
  @TempDir Path dir;

  static String pdffonts(byte[] pdf, Path dir) {
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result = ExternalTools.run(60, dir, List.of("pdffonts", file.toString()));
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout();
  }

  private static String normalise(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  private void assertParagraphsInOrder(PressRelease release, byte[] pdf) {
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    // The running footer is page furniture between the lines of a split paragraph, and the
    // hyphens (U+2010) of hyphenated words are layout, not text. pdftotext itself drops a
    // hyphen-minus that ends a line ("Palestine-" / "Israel"), so hyphen-minus is compared out.
    String text =
        normalise(
            result
                .stdout()
                .replaceAll("(?m)^Page \\d+ of \\d+$", "")
                .replaceAll("\u2010\\s+", "")
                .replace("-", ""));
    int from = text.indexOf(normalise(release.title()));
    assertTrue(from >= 0, "title missing in " + text);
    for (int i = 0; i < release.paragraphs().size(); i++) {
      String paragraph = normalise(release.paragraphs().get(i).replace("-", ""));
      int at = text.indexOf(paragraph, from);
      assertTrue(at >= 0, "paragraph " + i + " missing or out of order: " + paragraph);
      from = at + paragraph.length();
    }
  }

  @Test
  void pdftotextRecoversEveryParagraphOfTheSeedInOrder() {
    PressRelease seed = Releases.seed();
    assertParagraphsInOrder(seed, PdfTesting.render(new PdfRenderer(), seed));
  }

  @Test
  void pdftotextRecoversEveryParagraphOfALongJustifiedReleaseInOrder() {
    PressRelease release = PdfTesting.longRelease(200);
    PdfRenderer justified = PdfRenderer.builder().justify(true).build();
    assertParagraphsInOrder(release, PdfTesting.render(justified, release));
  }

  @Test
  void pdftotextReadsARichReleaseInReadingOrder() throws Exception {
    PressRelease release = PdfTesting.richExample();
    // printed, the footer action too
    byte[] pdf = PdfTesting.render(PdfRenderer.builder().printWebFurniture(true).build(), release);
    java.nio.file.Files.write(dir.resolve("rich.pdf"), pdf);
    ExternalTools.Result result =
        ExternalTools.run(
            60,
            dir,
            List.of("pdftotext", "-enc", "UTF-8", dir.resolve("rich.pdf").toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    String text = normalise(result.stdout().replaceAll("(?m)^Page \\d+ of \\d+$", ""));
    int from = 0;
    for (String expected :
        List.of(
            release.title(),
            release.subtitle(),
            "BERLIN, 14 May 2024 - The ministry today opened the Sonnenfeld solar park,",
            "Highlights",
            "\u2022 400 MW of capacity on 600 hectares",
            "\u2022 Power for 200,000 homes",
            "1. 120,000 in the city",
            "2. 80,000 in the county",
            "\u2022 Built in eighteen months",
            "What the minister said",
            "This park shows that the energy transition is happening now.",
            "We will build three more by 2027.",
            "\u2014 Jane Doe, Minister of Energy",
            "Next steps",
            "1. Grid connection in June",
            "2. Full output in July",
            "Media contacts",
            "Max Mustermann",
            "Press Officer",
            "Ministry of Energy",
            "press@energy.example.org",
            "+49 30 1234 5678",
            "https://energy.example.org/press",
            "Erika Musterfrau",
            "About",
            "The Ministry of Energy is responsible for the country's energy policy.",
            "Print")) {
      int at = text.indexOf(expected, from);
      assertTrue(at >= 0, "missing or out of order: " + expected + " in " + text);
      from = at + expected.length();
    }
  }

  @Test
  void qpdfFindsNoErrors() {
    for (byte[] pdf :
        List.of(
            PdfTesting.render(new PdfRenderer(), Releases.seed()),
            PdfTesting.render(new PdfRenderer(), PdfTesting.richExample()),
            PdfTesting.render(new PdfRenderer(), PdfTesting.longRelease(60)))) {
      Path file = PdfTesting.temp(pdf, dir);
      ExternalTools.Result result =
          ExternalTools.run(60, dir, List.of("qpdf", "--check", file.toString()));
      assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
      assertTrue(result.stdout().contains("No syntax or stream encoding errors"), result.stdout());
    }
  }

  @Test
  void pdffontsShowsEveryFontEmbedded() {
    for (byte[] pdf :
        List.of(
            PdfTesting.render(new PdfRenderer(), Releases.seed()),
            PdfTesting.render(PdfTesting.withDroid(), PdfFontFallbackTest.mixed()))) {
      List<String> rows = pdffonts(pdf, dir).lines().skip(2).toList();
      assertTrue(rows.size() >= 2, "fonts listed: " + rows);
      for (String row : rows) {
        String[] cols = row.trim().split("\\s+");
        // name type... encoding emb sub uni object ID
        assertEquals("yes", cols[cols.length - 5], "embedded: " + row);
        assertEquals("yes", cols[cols.length - 4], "subset: " + row);
        assertEquals("yes", cols[cols.length - 3], "ToUnicode: " + row);
      }
    }
  }
}
