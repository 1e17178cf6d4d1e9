package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Seeds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real PDFs of {@code ../shared/corpus/pdf/}, read by layout, give what a reader sees. */
class PdfParserCorpusTest {

  private static PressRelease parse(String name) throws Exception {
    Path file = Seeds.corpusFile("pdf/" + name);
    try (InputStream in = Files.newInputStream(file)) {
      return new PdfParser().parse(in, ParseContext.of(file.toString()));
    }
  }

  private static void assertParagraph(PressRelease release, String expected) {
    assertTrue(
        release.paragraphs().contains(expected),
        () -> "no paragraph \"" + expected + "\" in " + release.paragraphs());
  }

  @Test
  void readsTheWordPdfWithBannerThreeLineHeadlineAndDateline() throws Exception {
    PressRelease release = parse("sdsn-2019-europe-sdg-report.pdf");
    assertEquals(
        "Major transformations needed to achieve the Sustainable Development Goals in the EU by"
            + " 2030, shows new report by SDSN and IEEP",
        release.title());
    assertEquals("2019-11-19", release.timestamp().toString());
    assertEquals("en-GB", release.language());
    assertEquals(List.of(), release.breadcrumb());
    assertTrue(
        release
            .paragraphs()
            .get(0)
            .startsWith(
                "Brussels, 19 November 2019 – The Sustainable Development Solutions Network (SDSN)"
                    + " and the Institute for European Environmental Policy (IEEP) publish today"),
        release.paragraphs().get(0));
    assertParagraph(release, "The report finds that:");
    assertParagraph(
        release,
        "1. While European countries lead globally on the SDGs, none are on track to achieve the"
            + " Goals by 2030.");
    assertTrue(
        PressRelease.plainLines(release.boilerplate()).contains("About SDSN"),
        "the About section is the boilerplate");
    // A quote whose closing mark wrapped onto a line of its own, and a real compound at a line end
    assertTrue(
        release.paragraphs().stream()
            .anyMatch(
                p ->
                    p.contains("inclusive low-carbon circular industry")
                        && p.endsWith("for our health and nutrition”")),
        "the Charveriat quote");
    assertTrue(
        release.paragraphs().stream().anyMatch(p -> p.contains("negative long-term trends")),
        "long-term across a line break");
    // The paragraph that runs from page 1 to page 2 has no break, the list before it ends
    assertParagraph(
        release,
        "The good news is that the necessary instruments already exist to achieve the SDGs"
            + " throughout the EU. The new Commission should therefore focus on aligning existing"
            + " instruments and mechanisms (including budget, investment strategies, regulatory"
            + " governance, monitoring frameworks) with the SDGs.");
    assertParagraph(release, "Key recommendations include:");
    assertTrue(release.paragraphs().stream().noneMatch(p -> p.equals("PRESS RELEASE")));
    // The "About" sections are the boilerplate and the media contacts at the end the contacts.
    String body = String.join("\n", release.paragraphs());
    String boilerplate = String.join("\n", PressRelease.plainLines(release.boilerplate()));
    assertTrue(boilerplate.contains("About IEEP"), "the boilerplate before the contacts");
    assertTrue(!body.contains("About IEEP"), "the boilerplate is not body");
    for (String contact : List.of("Media contacts", "bbrzezinski@ieep.eu", "+33 6 60 27 57 50")) {
      assertTrue(!body.contains(contact) && !boilerplate.contains(contact), contact);
    }
    assertTrue(
        release.contacts().stream().anyMatch(c -> "bbrzezinski@ieep.eu".equals(c.email())),
        release.contacts().toString());
  }

  @Test
  void readsThePandocLatexPdfWithItsBylineDate() throws Exception {
    PressRelease release = parse("uog-2021-05-guam-crb-roadside.pdf");
    assertEquals(
        "Bimonthly island-wide roadside image surveys indicate that one in five coconut palms on"
            + " Guam show signs of attack by coconut rhinoceros beetles (CRB).",
        release.title());
    assertEquals("2021-05-23", release.timestamp().toString());
    // The byline gives the date and is no body
    assertTrue(
        release.paragraphs().get(0).startsWith("CRB damage surveys on Guam use an innovative"),
        release.paragraphs().get(0));
    assertParagraph(
        release,
        "Moore’s work on monitoring CRB damage on Guam is supported by grants from the US"
            + " Department of the Interior – Office of Insular Affairs and the US Forest Service.");
    assertTrue(
        release
                .paragraphs()
                .get(0)
                .startsWith("CRB damage surveys on Guam use an innovative method")
            && release.paragraphs().get(0).endsWith("published on the internet (Fig. 1)."),
        release.paragraphs().get(0));
    // The page numbers at the foot of both pages are gone
    assertTrue(release.paragraphs().stream().noneMatch(p -> p.equals("1") || p.equals("2")));
    // The contact block, and the figure captions after it, are no body
    assertEquals(
        "Moore’s work on monitoring CRB damage on Guam is supported by grants from the US"
            + " Department of the Interior – Office of Insular Affairs and the US Forest Service.",
        release.paragraphs().get(release.paragraphs().size() - 1));
  }
}
