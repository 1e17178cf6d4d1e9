package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.Block;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** How a version-2 release is laid out: faces, headings kept with their text. */
class PdfRichLayoutTest {

  @Test
  void emphasisAndStrongAreSetInTheItalicAndBoldFaces() throws IOException {
    byte[] pdf = PdfTesting.render(new PdfRenderer(), PdfTesting.richExample());
    Set<String> fonts = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName().substring(font.getName().indexOf('+') + 1));
        }
      }
    }
    assertEquals(Set.of("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic"), fonts);
  }

  @Test
  void aPlainReleaseUsesNoItalicFace() throws IOException {
    byte[] pdf = PdfTesting.render(new PdfRenderer(), Releases.seed());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSName name : doc.getPage(0).getResources().getFontNames()) {
        String font = doc.getPage(0).getResources().getFont(name).getName();
        assertTrue(!font.contains("Italic"), font);
      }
    }
  }

  /**
   * Headings are never left at the foot of a page: wherever the paragraphs before it end, a
   * heading's element starts on the page where the text after it starts.
   */
  @Test
  void headingsStayOnThePageOfTheTextAfterThem() throws IOException {
    String sentence = "The delegations discussed the agenda of the next meeting at length. ";
    int moved = 0;
    for (int shift = 0; shift < 24; shift++) {
      List<Block> body = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        body.add(Block.Paragraph.of(sentence.repeat(1 + (i * 5 + shift) % 9).strip()));
        body.add(Block.Heading.of(2 + i % 3, "Section " + (i + 1)));
        body.add(Block.Paragraph.of(sentence.repeat(2).strip()));
      }
      PressRelease release = Releases.simple().toBuilder().body(body).build();
      try (PDDocument doc = Loader.loadPDF(PdfTesting.render(new PdfRenderer(), release))) {
        PDStructureElement document =
            (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
        List<PDStructureElement> kids = new ArrayList<>();
        for (Object kid : document.getKids()) {
          kids.add((PDStructureElement) kid);
        }
        for (int k = 0; k + 1 < kids.size(); k++) {
          if (kids.get(k).getStructureType().matches("H[2-4]")) {
            PDPage heading = kids.get(k).getPage();
            assertEquals(
                doc.getPages().indexOf(heading),
                doc.getPages().indexOf(kids.get(k + 1).getPage()),
                "heading " + k + " at shift " + shift);
            if (k > 0 && kids.get(k - 1).getPage() != heading) {
              moved++;
            }
          }
        }
      }
    }
    assertTrue(moved > 0, "no heading ever started a page: the test proves nothing");
  }
}
