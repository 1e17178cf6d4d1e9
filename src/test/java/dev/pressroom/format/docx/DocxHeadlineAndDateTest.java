package dev.pressroom.format.docx;

import static dev.pressroom.format.docx.Docx.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the headline, the date and the language of a file Pressroom did not write are found. */
class DocxHeadlineAndDateTest {
  private static final String LOCALISED_STYLES =
      "<w:style w:type=\"paragraph\" w:styleId=\"Titel\"><w:name w:val=\"Title\"/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/>"
          + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Gross\"><w:name w:val=\"Big\"/>"
          + "<w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>";

  private static PressRelease parse(String body) throws Exception {
    return Docx.parse(new Docx.Builder().styles("", LOCALISED_STYLES).body(body).build());
  }

  @Test
  void takesTheTitleStyleByNameWhateverItsId() throws Exception {
    PressRelease release = parse(p("berschrift1", "Section") + p("Titel", "The headline"));
    assertEquals("The headline", release.title());
    assertEquals(List.of("Section"), release.paragraphs());
  }

  @Test
  void takesTheFirstHeadingOneWithoutATitle() throws Exception {
    PressRelease release = parse(p(null, "Intro") + p("berschrift1", "The headline"));
    assertEquals("The headline", release.title());
    assertEquals(List.of("Intro"), release.paragraphs());
  }

  @Test
  void takesAShortBoldParagraph() throws Exception {
    PressRelease release =
        parse(
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>FOR IMMEDIATE RELEASE</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Bold headline</w:t></w:r></w:p>"
                + p(null, "Body."));
    assertEquals("Bold headline", release.title());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void takesAShortLargeParagraph() throws Exception {
    PressRelease release = parse(p(null, "Small print") + p("Gross", "Large headline"));
    assertEquals("Large headline", release.title());
    assertEquals(List.of("Small print"), release.paragraphs());
  }

  @Test
  void fallsBackToTheFirstParagraph() throws Exception {
    PressRelease release = parse(p(null, "First") + p(null, "Second"));
    assertEquals("First", release.title());
    assertEquals(List.of("Second"), release.paragraphs());
  }

  @Test
  void readsADateLineNearTheTop() throws Exception {
    assertEquals(
        Timestamp.parse("2021-11-10"),
        parse(p("Titel", "T") + p(null, "Date: 10.11.2021") + p(null, "Body.")).timestamp());
    assertEquals(
        Timestamp.parse("2023-10-28T13:25"),
        parse(p(null, "2023年10月28日 13:25") + p("Titel", "T")).timestamp());
    PressRelease release =
        parse(p("Titel", "T") + p(null, "Monday, October 30th, 2023") + p(null, "Body."));
    assertEquals(Timestamp.parse("2023-10-30"), release.timestamp());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void readsADatelineAndKeepsItInTheParagraph() throws Exception {
    PressRelease release =
        parse(p("Titel", "T") + p(null, "BERLIN, 28. Oktober 2023 \u2013 Die Stadt hat..."));
    assertEquals(Timestamp.parse("2023-10-28"), release.timestamp());
    assertEquals(List.of("BERLIN, 28. Oktober 2023 \u2013 Die Stadt hat..."), release.paragraphs());
  }

  @Test
  void doesNotTakeADateInsideASentence() throws Exception {
    PressRelease release =
        parse(p("Titel", "T") + p(null, "The law of October 28, 2023 applies from today."));
    assertEquals(null, release.timestamp());
  }

  @Test
  void fallsBackToTheCorePropertiesDates() throws Exception {
    byte[] created =
        new Docx.Builder()
            .body(p(null, "T"))
            .core(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2022-01-07T15:51:00Z"
                    + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
                    + "2022-02-01T10:00:00Z</dcterms:modified>")
            .build();
    // The day, not the moment the file was saved
    assertEquals(Timestamp.parse("2022-01-07"), Docx.parse(created).timestamp());
    byte[] modified =
        new Docx.Builder()
            .body(p(null, "T"))
            .core(
                "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2022-02-01T10:00:00Z"
                    + "</dcterms:modified>")
            .build();
    assertEquals(Timestamp.parse("2022-02-01"), Docx.parse(modified).timestamp());
  }

  @Test
  void prefersTheVisibleDateToTheCoreProperties() throws Exception {
    byte[] docx =
        new Docx.Builder()
            .body(p(null, "T") + p(null, "December 2, 2020\u2014Shirley Green has lived..."))
            .core(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2019-10-10T15:38:00Z</dcterms:created>")
            .build();
    assertEquals(Timestamp.parse("2020-12-02"), Docx.parse(docx).timestamp());
  }

  @Test
  void takesTheTitleOfAnEmptyDocumentFromTheCoreProperties() throws Exception {
    byte[] docx =
        new Docx.Builder().body("<w:p/>").core("<dc:title>Only a property</dc:title>").build();
    assertEquals("Only a property", Docx.parse(docx).title());
  }

  @Test
  void readsTheLanguageFromCorePropertiesElseTheDocumentDefaults() throws Exception {
    byte[] core =
        new Docx.Builder()
            .styles("<w:lang w:val=\"en-US\"/>", "")
            .body(p(null, "T"))
            .core("<dc:language>de-DE</dc:language>")
            .build();
    assertEquals("de-DE", Docx.parse(core).language());
    byte[] defaults =
        new Docx.Builder().styles("<w:lang w:val=\"fr-FR\"/>", "").body(p(null, "T")).build();
    assertEquals("fr-FR", Docx.parse(defaults).language());
  }

  @Test
  void readsDateLinesInTheShapesOtherFormatsRead() throws Exception {
    String[][] cases = {
      {"2023.10.28", "2023-10-28"},
      {"Date: 2023-10-28 9:05", "2023-10-28T09:05"},
      {"Published: 2023-10-28 at 13:25", "2023-10-28T13:25"},
      {"28. Oktober 2023 um 13:25", "2023-10-28T13:25"},
      {"Montag, 30. Oktober 2023", "2023-10-30"},
      {"Saturday, 28 October 2023", "2023-10-28"},
      {"5 juin 2021", "2021-06-05"},
      {"2023 年 10 月 28 日", "2023-10-28"},
      {"2023年10月28日 13：25", "2023-10-28T13:25"},
      {"10. 11. 2021", "2021-11-10"},
    };
    for (String[] c : cases) {
      PressRelease release = parse(p("Titel", "T") + p(null, c[0]) + p(null, "Body."));
      assertEquals(Timestamp.parse(c[1]), release.timestamp(), c[0]);
      assertEquals(List.of("Body."), release.paragraphs(), c[0]);
    }
  }

  @Test
  void readsADatelineWithAWeekday() throws Exception {
    String dateline = "BERLIN, Montag, 30. Oktober 2023 \u2013 Die Stadt hat...";
    PressRelease release = parse(p("Titel", "T") + p(null, dateline));
    assertEquals(Timestamp.parse("2023-10-30"), release.timestamp());
    assertEquals(List.of(dateline), release.paragraphs());
  }

  @Test
  void aDocumentWithNoHeadlineParagraphKeepsItsLeadAsBody() throws Exception {
    String lead =
        "The council met on Monday to discuss the plan for the new harbour and agreed that work on"
            + " the northern pier should begin early next spring, once the drawings have been shown"
            + " to the residents of the old town and the fishing cooperative.";
    byte[] named =
        new Docx.Builder()
            .body(p(null, lead) + p(null, "Residents may comment until May."))
            .core("<dc:title>Harbour plan agreed</dc:title>")
            .build();
    PressRelease release = Docx.parse(named);
    assertEquals("Harbour plan agreed", release.title());
    assertEquals(List.of(lead, "Residents may comment until May."), release.paragraphs());
    // With nothing else to name it, the lead's first sentence, cut at a word, is the title, and
    // the lead stays body.
    byte[] unnamed = new Docx.Builder().body(p(null, lead) + p(null, "More.")).build();
    PressRelease derived = Docx.parse(unnamed);
    assertEquals(
        "The council met on Monday to discuss the plan for the new harbour and agreed that work on"
            + " the northern pier should begin early next spring, once the…",
        derived.title());
    assertEquals(List.of(lead, "More."), derived.paragraphs());
  }
}
