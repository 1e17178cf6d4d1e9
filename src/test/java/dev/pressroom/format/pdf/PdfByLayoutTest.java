package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.format.pdf.PdfParserFixtures.Line;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * How a foreign PDF's layout becomes a release: PDFs laid out line by line here, the way Word,
 * LibreOffice and LaTeX place text, and read back by {@link PdfParser}.
 */
class PdfByLayoutTest {
  private static final float PITCH = 14;

  // Lines of similar width (about 440 pt in Helvetica 11), as a justified or ragged body has.
  private static final String L1 =
      "The council met on Monday to discuss the plan for the new harbour and";
  private static final String L2 =
      "agreed that work on the northern pier should begin early next spring.";
  private static final String L3 =
      "Residents will be able to comment on the drawings until the end of May.";
  private static final String L4 =
      "A second meeting is planned for the autumn, when the costs are known.";

  private static List<Line> paragraph(int page, float x, float y, String... lines) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(new Line(page, i == 0 ? x : 72, y + i * PITCH, 11, false, lines[i]));
    }
    return out;
  }

  private static PressRelease read(String producer, Calendar created, List<Line> lines)
      throws Exception {
    return new PdfParser()
        .parse(
            new ByteArrayInputStream(PdfParserFixtures.laidOut(producer, created, lines)),
            ParseContext.of("fixture.pdf"));
  }

  private static PressRelease read(List<Line> lines) throws Exception {
    return read("Microsoft® Word", null, lines);
  }

  private static List<Line> headed(List<Line> body) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 250, 60, 12, true, "PRESS RELEASE"));
    lines.add(new Line(1, 72, 100, 18, true, "Harbour Council Approves"));
    lines.add(new Line(1, 72, 122, 18, true, "the Northern Pier"));
    lines.addAll(body);
    return lines;
  }

  @Test
  void takesTheLargestTextNearTheTopAsTheTitleNotTheBanner() throws Exception {
    PressRelease release = read(headed(paragraph(1, 72, 170, L1, L2)));
    assertEquals("Harbour Council Approves the Northern Pier", release.title());
    assertEquals(List.of(L1 + " " + L2), release.paragraphs());
  }

  @Test
  void takesBoldTextAsTheTitleWhenNothingIsLarger() throws Exception {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 72, 80, 11, false, "City of Harbourtown"));
    lines.add(new Line(1, 72, 110, 11, true, "Council approves the northern pier"));
    lines.addAll(paragraph(1, 72, 140, L1, L2));
    PressRelease release = read(lines);
    assertEquals("Council approves the northern pier", release.title());
    assertEquals(List.of("City of Harbourtown", L1 + " " + L2), release.paragraphs());
  }

  @Test
  void readsTheTimestampFromADatelineAndKeepsTheParagraph() throws Exception {
    String first = "Harbourtown, 19 November 2019 – " + L1;
    PressRelease release = read(headed(paragraph(1, 72, 170, first, L2)));
    assertEquals("2019-11-19", release.timestamp().toString());
    assertEquals(List.of(first + " " + L2), release.paragraphs());
  }

  @Test
  void readsADateLineAsTheTimestampAndNotAsAParagraph() throws Exception {
    List<Line> lines = headed(paragraph(1, 72, 190, L1, L2));
    lines.add(new Line(1, 72, 150, 11, false, "2023-10-28 13:25"));
    PressRelease release = read(lines);
    assertEquals("2023-10-28T13:25", release.timestamp().toString());
    assertEquals(List.of(L1 + " " + L2), release.paragraphs());
  }

  @Test
  void readsADateInABylineAboveTheTitle() throws Exception {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(1, 72, 60, 14, true, "PRESS RELEASE"));
    lines.add(new Line(1, 72, 80, 10, false, "Prepared by Aubrey Moore, May 23, 2021"));
    lines.add(new Line(1, 72, 110, 12, true, "Surveys show one palm in five is damaged"));
    lines.addAll(paragraph(1, 72, 140, L1, L2));
    PressRelease release = read(lines);
    assertEquals("Surveys show one palm in five is damaged", release.title());
    assertEquals("2021-05-23", release.timestamp().toString());
    // The byline gives the date and is not body.
    assertEquals(List.of(L1 + " " + L2), release.paragraphs());
  }

  @Test
  void fallsBackToTheDayTheFileWasCreated() throws Exception {
    Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    created.clear();
    created.set(2019, Calendar.NOVEMBER, 18, 20, 13, 11);
    assertEquals(
        "2019-11-18",
        read("Word", created, headed(paragraph(1, 72, 170, L1))).timestamp().toString());
    assertNull(read(headed(paragraph(1, 72, 170, L1))).timestamp());
  }

  @Test
  void breaksParagraphsAtVerticalGaps() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2));
    body.addAll(paragraph(1, 72, 170 + 3 * PITCH, L3, L4));
    assertEquals(List.of(L1 + " " + L2, L3 + " " + L4), read(headed(body)).paragraphs());
  }

  @Test
  void breaksParagraphsAtFirstLineIndents() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 87, 170, L1, L2));
    body.addAll(paragraph(1, 87, 170 + 2 * PITCH, L3, L4));
    assertEquals(List.of(L1 + " " + L2, L3 + " " + L4), read(headed(body)).paragraphs());
  }

  @Test
  void breaksAfterALineThatEndedEarly() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2, "Short last line", L3, L4));
    assertEquals(
        List.of(L1 + " " + L2 + " Short last line", L3 + " " + L4),
        read(headed(body)).paragraphs());
  }

  @Test
  void continuesAParagraphAcrossAPageBreak() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2, L3, L1));
    body.addAll(paragraph(2, 72, 80, L2, "and ends here."));
    body.addAll(paragraph(2, 72, 80 + 3 * PITCH, L3, L4));
    assertEquals(
        List.of(L1 + " " + L2 + " " + L3 + " " + L1 + " " + L2 + " and ends here.", L3 + " " + L4),
        read(headed(body)).paragraphs());
  }

  @Test
  void removesRunningHeadersFootersAndPageNumbers() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, "ends on page one."));
    body.addAll(paragraph(2, 72, 120, L3, "ends on page two."));
    body.addAll(paragraph(3, 72, 120, L1, "ends on page three."));
    for (int page = 1; page <= 3; page++) {
      body.add(new Line(page, 72, 40, 9, false, "Harbourtown Council · News"));
      body.add(new Line(page, 260, 800, 9, false, "Page " + page + " of 3"));
    }
    body.add(new Line(3, 290, 820, 9, false, "17"));
    assertEquals(
        List.of(L1 + " ends on page one.", L3 + " ends on page two.", L1 + " ends on page three."),
        read(headed(body)).paragraphs());
  }

  @Test
  void keepsListItemsWithHangingIndentsApart() throws Exception {
    List<Line> body = new ArrayList<>();
    body.add(new Line(1, 72, 170, 11, false, "The report finds that:"));
    body.add(new Line(1, 72, 170 + 2 * PITCH, 11, false, "1. " + L1));
    body.add(new Line(1, 90, 170 + 3 * PITCH, 11, false, "the Goals by 2030."));
    body.add(new Line(1, 72, 170 + 4 * PITCH, 11, false, "2. " + L3));
    body.add(new Line(1, 90, 170 + 5 * PITCH, 11, false, "whereas others rank last."));
    assertEquals(
        List.of(
            "The report finds that:",
            "1. " + L1 + " the Goals by 2030.",
            "2. " + L3 + " whereas others rank last."),
        read(headed(body)).paragraphs());
  }

  @Test
  void undoesLineEndHyphenationOfTexButKeepsWordsCompounds() throws Exception {
    List<Line> body =
        paragraph(
            1,
            72,
            170,
            "The council met on Monday to discuss the plan for the new harbour inno-",
            "vation programme and agreed that the work should be carbon-neutral.");
    assertEquals(
        "The council met on Monday to discuss the plan for the new harbour innovation programme"
            + " and agreed that the work should be carbon-neutral.",
        read("pdfTeX-1.40.18", null, headed(body)).paragraphs().get(0));
    assertEquals(
        "The council met on Monday to discuss the plan for the new harbour inno-vation programme"
            + " and agreed that the work should be carbon-neutral.",
        read("Microsoft® Word", null, headed(body)).paragraphs().get(0));
  }

  @Test
  void readsALineOfAWeekdayAndADateAsTheTimestampAndNotAsAParagraph() throws Exception {
    for (String line : List.of("Monday, 30 October 2023", "Montag, 30. Oktober 2023")) {
      List<Line> lines = headed(paragraph(1, 72, 190, L1, L2));
      lines.add(new Line(1, 72, 150, 11, false, line));
      PressRelease release = read(lines);
      assertEquals("2023-10-30", release.timestamp().toString(), line);
      assertEquals(List.of(L1 + " " + L2), release.paragraphs(), line);
    }
  }

  @Test
  void leavesABylineAfterTheTitleOut() throws Exception {
    List<Line> body = new ArrayList<>();
    body.add(new Line(1, 72, 160, 11, false, "By Jane Roe, Harbourtown Herald"));
    body.addAll(paragraph(1, 72, 200, L1, L2));
    assertEquals(List.of(L1 + " " + L2), read(headed(body)).paragraphs());
  }

  @Test
  void endsTheBodyAtTheContactBlockAndKeepsContactsAndTheAboutSection() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2));
    body.add(new Line(1, 72, 170 + 4 * PITCH, 11, true, "Media contacts:"));
    body.addAll(
        paragraph(
            1, 72, 170 + 6 * PITCH, "Jane Roe, Press Officer", "Email: jane.roe@harbour.example"));
    body.add(new Line(1, 72, 170 + 10 * PITCH, 11, true, "About Harbourtown Council"));
    body.addAll(paragraph(1, 72, 170 + 12 * PITCH, L3, L4));
    body.add(new Line(1, 72, 170 + 16 * PITCH, 11, true, "Contact for further information:"));
    body.addAll(paragraph(1, 72, 170 + 18 * PITCH, "Cell: 1-555-0100"));
    dev.pressroom.model.PressRelease release = read(headed(body));
    assertEquals(List.of(L1 + " " + L2), release.paragraphs());
    assertEquals(
        List.of("About Harbourtown Council", L3 + " " + L4),
        dev.pressroom.model.PressRelease.plainLines(release.boilerplate()));
    assertEquals(
        List.of(
            new dev.pressroom.model.Contact(
                "Jane Roe", "Press Officer", null, "jane.roe@harbour.example", null, null),
            new dev.pressroom.model.Contact(null, null, null, null, "1-555-0100", null)),
        release.contacts());
  }

  @Test
  void leavesAChartsAxisLabelsAndLegendOut() throws Exception {
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2));
    // Axis labels in small type, and a legend of one-word lines at body size.
    body.add(new Line(1, 90, 230, 7, false, "Damaged palms"));
    body.add(new Line(1, 90, 250, 7, false, "20%"));
    body.add(new Line(1, 90, 270, 11, false, "October"));
    body.add(new Line(1, 200, 290, 11, false, "December"));
    body.add(new Line(1, 300, 310, 11, false, "February"));
    body.addAll(paragraph(1, 72, 350, L3, L4));
    // A short heading alone at body size is text.
    body.add(new Line(1, 72, 410, 11, true, "Next steps"));
    body.addAll(paragraph(1, 72, 440, L1, L2));
    assertEquals(
        List.of(L1 + " " + L2, L3 + " " + L4, "Next steps", L1 + " " + L2),
        read(headed(body)).paragraphs());
  }

  @Test
  void continuesARaggedParagraphWhoseLastLineOnAPageIsShortButFull() throws Exception {
    // Ragged right: the page's last line is well short of the widest lines, but the next page's
    // first word would not have fitted on it, and it stops mid-sentence.
    List<Line> body = new ArrayList<>(paragraph(1, 72, 170, L1, L2, L3));
    body.add(
        new Line(
            1,
            72,
            170 + 3 * PITCH,
            11,
            false,
            "The council met again on Monday and decided to put off its"));
    body.addAll(
        paragraph(
            2,
            72,
            80,
            "reconsideration of the plans for the harbour until the spring, and then",
            L4));
    PressRelease release = read(headed(body));
    assertEquals(1, release.paragraphs().size(), release.paragraphs().toString());
  }
}
