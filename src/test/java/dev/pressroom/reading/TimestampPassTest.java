package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.ParseWarning;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TimestampPass} on drafts built from blocks, as the title pass leaves them. */
class TimestampPassTest {

  private final List<ParseWarning> warnings = new ArrayList<>();

  /** A draft whose title was taken: {@code head} blocks stand around it, the rest is body. */
  private Draft draft(String title, int head, List<DateClaim> claims, String... blocks) {
    List<Block> list = new ArrayList<>();
    for (int i = 0; i < blocks.length; i++) {
      list.add(Block.paragraph(blocks[i], "line " + (i + 1)));
    }
    DocumentInfo info =
        new DocumentInfo(null, null, false, claims, null, null, List.of(), List.of());
    Draft draft =
        new Draft(
            new ForeignDocument("txt", list, info),
            ParseContext.of("test").withWarnings(warnings::add));
    draft.title = title;
    draft.head = head;
    new TimestampPass().apply(draft);
    return draft;
  }

  private Draft draft(String title, int head, String... blocks) {
    return draft(title, head, List.of(), blocks);
  }

  private static List<String> texts(Draft draft) {
    return draft.blocks.stream().map(Block::text).toList();
  }

  private static DateClaim claim(String text, DateClaim.Label label) {
    return new DateClaim(text, label, "test");
  }

  @Test
  void takesADateLineBelowTheTitleOutOfTheBody() {
    Draft draft = draft("T", 0, "28. Oktober 2023", "Body.");
    assertEquals(Timestamp.parse("2023-10-28"), draft.timestamp);
    assertEquals(List.of("Body."), texts(draft));
  }

  @Test
  void takesADateLineAboveTheTitle() {
    Draft draft = draft("T", 1, "Date: 2024-03-05 09:30", "Body.");
    assertEquals(Timestamp.parse("2024-03-05T09:30"), draft.timestamp);
    assertEquals(List.of("Body."), texts(draft));
    assertEquals(0, draft.head);
  }

  @Test
  void takesAMonthAlone() {
    Draft draft = draft("T", 0, "2024 年 6 月", "正文。");
    assertEquals(Timestamp.parse("2024-06"), draft.timestamp);
    assertEquals(List.of("正文。"), texts(draft));
  }

  @Test
  void keepsADatelineInItsParagraph() {
    String lede = "Bern, 17.08.2007 - Rede von Bundesrat Moritz Leuenberger";
    Draft draft = draft("T", 0, lede, "More.");
    assertEquals(Timestamp.parse("2007-08-17"), draft.timestamp);
    assertEquals(List.of(lede, "More."), texts(draft));
  }

  @Test
  void readsAPlaceDashDateDashDateline() {
    String lede = "GENEVA - PR Wire – 27 June 2026 - The council met today.";
    Draft draft = draft("T", 0, lede);
    assertEquals(Timestamp.parse("2026-06-27"), draft.timestamp);
    assertEquals(List.of(lede), texts(draft));
  }

  @Test
  void readsTheDateEndingAByline() {
    Draft draft = draft("T", 0, "Prepared by Aubrey Moore, May 23, 2021", "Body.");
    assertEquals(Timestamp.parse("2021-05-23"), draft.timestamp);
    assertEquals(List.of("Prepared by Aubrey Moore, May 23, 2021", "Body."), texts(draft));
  }

  @Test
  void neverTakesAnUpdateForThePublicationDate() {
    Draft draft = draft("T", 0, "Updated: 2024-01-05", "Published: 2023-10-28", "Body.");
    assertEquals(Timestamp.parse("2023-10-28"), draft.timestamp);
    assertEquals(List.of("Body."), texts(draft));
    assertEquals(1, warnings.size());
  }

  @Test
  void anUpdateAloneDatesNothing() {
    Draft draft =
        draft(
            "T",
            0,
            List.of(claim("2024-01-05T10:00:00Z", DateClaim.Label.MODIFIED)),
            "Aktualisiert am 5. Januar 2024",
            "Body.");
    assertNull(draft.timestamp);
  }

  @Test
  void aDateInTheTextBeatsTheMetadataAndTheFileDates() {
    Draft draft =
        draft(
            "T",
            0,
            List.of(
                claim("D:20240105093000+01'00'", DateClaim.Label.FILE_CREATED),
                claim("2023-11-02", DateClaim.Label.PUBLISHED)),
            "19 November 2019",
            "Body.");
    assertEquals(Timestamp.parse("2019-11-19"), draft.timestamp);
  }

  @Test
  void thePublishedClaimBeatsTheEndAndTheHeadlineAndGivesItsTime() {
    List<DateClaim> claims =
        List.of(
            claim("2020-06-19T09:30:00+02:00", DateClaim.Label.PUBLISHED),
            claim("D:20240105", DateClaim.Label.FILE_CREATED));
    Draft draft =
        draft(
            "Press Conference on June 18, 2020",
            0,
            claims,
            "One.",
            "Two.",
            "Three.",
            "Four.",
            "1 July 2020");
    assertEquals(Timestamp.parse("2020-06-19T09:30:00+02:00"), draft.timestamp);
    assertEquals(List.of("One.", "Two.", "Three.", "Four.", "1 July 2020"), texts(draft));
    Draft sameDay = draft("T", 0, List.of(claims.get(0)), "June 19, 2020", "Body.");
    assertEquals(Timestamp.parse("2020-06-19T09:30:00+02:00"), sameDay.timestamp);
  }

  @Test
  void aNoonUtcClaimIsADate() {
    Draft draft =
        draft("T", 0, List.of(claim("2020-06-19T12:00:00.000Z", DateClaim.Label.PUBLISHED)), "B.");
    assertEquals(Timestamp.parse("2020-06-19"), draft.timestamp);
  }

  @Test
  void takesADateOnlyAtTheEndAfterTheSignature() {
    Draft draft =
        draft("T", 0, "One.", "Two.", "Three.", "Four.", "Jane Roe, Minister", "19 June 2020");
    assertEquals(Timestamp.parse("2020-06-19"), draft.timestamp);
    assertEquals(List.of("One.", "Two.", "Three.", "Four.", "Jane Roe, Minister"), texts(draft));
  }

  @Test
  void takesTheHeadlinesDateWhenNothingElseDatesThePage() {
    Draft draft = draft("Remarks at the Press Conference on June 19, 2020", 0, "Body.");
    assertEquals(Timestamp.parse("2020-06-19"), draft.timestamp);
    assertEquals(List.of("Body."), texts(draft));
  }

  @Test
  void takesTheFileDatesLastAtDayPrecision() {
    Draft created =
        draft(
            "T",
            0,
            List.of(
                claim("2022-02-01T10:00:00Z", DateClaim.Label.FILE_MODIFIED),
                claim("D:20220107155100+01'00'", DateClaim.Label.FILE_CREATED)),
            "Body.");
    assertEquals(Timestamp.parse("2022-01-07"), created.timestamp);
    Draft modified =
        draft("T", 0, List.of(claim("2022-02-01T10:00:00Z", DateClaim.Label.FILE_MODIFIED)), "B.");
    assertEquals(Timestamp.parse("2022-02-01"), modified.timestamp);
  }

  @Test
  void aDateDeepInTheBodyIsNotTheDate() {
    Draft draft = draft("T", 0, "One.", "Two.", "Three.", "28 October 2023", "Five.", "Six.", "7.");
    assertNull(draft.timestamp);
    assertEquals(7, draft.blocks.size());
  }

  @Test
  void aDeclaringDocumentIsDatedByItsClaimsAlone() {
    List<Block> blocks = List.of(Block.paragraph("28 October 2023", "line 1"));
    DocumentInfo info =
        new DocumentInfo(
            "T",
            "front matter",
            true,
            List.of(claim("2024-06", DateClaim.Label.PUBLISHED)),
            null,
            null,
            List.of(),
            List.of());
    Draft draft = new Draft(new ForeignDocument("md", blocks, info), ParseContext.of("x.md"));
    new TimestampPass().apply(draft);
    assertEquals(Timestamp.parse("2024-06"), draft.timestamp);
    assertEquals(1, draft.blocks.size());
  }
}
