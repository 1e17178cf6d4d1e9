package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passes on documents built in code, for what plain text and Markdown cannot show. */
class PassesTest {

  private static Block onPage(String text, int page) {
    return new Block(
        Block.Kind.PARAGRAPH,
        text,
        0,
        null,
        List.of(),
        new Layout(11, false, false, false, page, 0, 0, 0),
        "page " + page);
  }

  private static PressRelease assemble(String format, List<Block> blocks) throws ParseException {
    return Assembler.assemble(new ForeignDocument(format, blocks, null), ParseContext.defaults());
  }

  @Test
  void furnitureDropsRunningHeadersAndPageNumbersAtPageEdges() throws Exception {
    List<Block> blocks =
        List.of(
            onPage("Ministry of Health", 1),
            onPage("Clinic Opens", 1),
            onPage("The clinic opens today.", 1),
            onPage("Page 1 of 2", 1),
            onPage("Ministry of Health", 2),
            onPage("It has ten beds.", 2),
            onPage("Page 2 of 2", 2));
    PressRelease release = assemble("pdf", blocks);
    assertEquals("Clinic Opens", release.title());
    assertEquals(List.of("The clinic opens today.", "It has ten beds."), release.paragraphs());
  }

  @Test
  void furnitureKeepsTextWhenThereAreNoPages() throws Exception {
    PressRelease release =
        assemble("html", List.of(Block.paragraph("Title", null), Block.paragraph("3", null)));
    assertEquals(List.of("3"), release.paragraphs());
  }

  @Test
  void pdfLinesLoseTheTypesettersHyphenOtherFormatsKeepIt() throws Exception {
    List<Block> blocks =
        List.of(
            Block.paragraph("Title", null),
            Block.paragraph("an exam-\nple and a\nlong-\nterm", null));
    assertEquals(List.of("an example and a longterm"), assemble("pdf", blocks).paragraphs());
    assertEquals(List.of("an exam-ple and a long-term"), assemble("docx", blocks).paragraphs());
  }

  @Test
  void aSoftHyphenBeforeASpaceJoinsTheWord() throws Exception {
    List<Block> blocks =
        List.of(
            Block.paragraph("Title", null),
            Block.paragraph("The Commis\u00AD sioner spoke.", null));
    assertEquals(List.of("The Commissioner spoke."), assemble("pdf", blocks).paragraphs());
  }

  @Test
  void theLargestFontOpensTheDocumentAsTitle() throws Exception {
    Block small = onPage("PRESS NOTE", 1);
    Block big =
        new Block(
            Block.Kind.PARAGRAPH,
            "Major transformations\nneeded",
            0,
            null,
            List.of(),
            new Layout(20, true, false, true, 1, 0, 0, 0),
            "page 1");
    PressRelease release = assemble("pdf", List.of(small, big, onPage("Body.", 1)));
    assertEquals("Major transformations needed", release.title());
    assertEquals(List.of("PRESS NOTE", "Body."), release.paragraphs());
  }

  @Test
  void aDeclaredDateDatesATextThatStatesNone() throws Exception {
    // (A date the text shows wins over the metadata: TimestampPassTest.)
    DocumentInfo info =
        new DocumentInfo(
            null,
            null,
            false,
            List.of(new DateClaim("2021-11-10", DateClaim.Label.PUBLISHED, "meta")),
            null,
            null,
            List.of(),
            List.of());
    PressRelease release =
        Assembler.assemble(
            new ForeignDocument(
                "html",
                List.of(Block.heading(1, "T", null), Block.paragraph("The council met.", null)),
                info),
            ParseContext.defaults());
    assertEquals("2021-11-10", release.timestamp().toString());
  }

  @Test
  void aContactBlockBecomesAContactWithoutAWarning() throws Exception {
    List<ParseWarning> warnings = new ArrayList<>();
    PressRelease release =
        Assembler.assemble(
            new ForeignDocument(
                "txt",
                List.of(
                    Block.paragraph("Title", "line 1"),
                    Block.paragraph("Body.", "line 3"),
                    Block.paragraph("Media contact: Jane", "line 5")),
                null),
            ParseContext.of("x.txt").withWarnings(warnings::add));
    assertEquals(List.of(), warnings);
    assertEquals(
        List.of(new dev.pressroom.model.Contact("Jane", null, null, null, null, null)),
        release.contacts());
  }

  @Test
  void limitsNameTheBlock() {
    ParseContext small = new ParseContext("x", Limits.builder().maxParagraphs(1).build());
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                Assembler.assemble(
                    new ForeignDocument(
                        "txt",
                        List.of(
                            Block.paragraph("T", "line 1"),
                            Block.paragraph("a", "line 3"),
                            Block.paragraph("b", "line 5")),
                        null),
                    small));
    assertEquals("line 5", e.location());
  }

  @Test
  void noTextIsAParseExceptionNotARawOne() {
    assertThrows(ParseException.class, () -> assemble("pdf", List.of()));
  }
}
