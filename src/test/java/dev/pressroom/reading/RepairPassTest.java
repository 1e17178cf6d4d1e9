package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.ParseWarning;
import dev.pressroom.model.FooterAction;
import dev.pressroom.spi.ParseContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairPassTest {
  private final List<ParseWarning> warnings = new ArrayList<>();

  private Draft draft(List<Block> blocks, DocumentInfo info) {
    return new Draft(
        new ForeignDocument("txt", blocks, info),
        ParseContext.of("release.txt").withWarnings(warnings::add));
  }

  @Test
  void repairsEveryBlockAndWarnsOncePerKind() {
    Draft draft =
        draft(
            List.of(
                Block.paragraph("Wang Yi\u00A0Holds Talks", "line 1"),
                Block.paragraph("donâ€™t \u0085stop", "line 3"),
                Block.paragraph("CafÃ© and\u00A0more\u0001", "line 5"),
                Block.paragraph("\u200B\uFEFF", "line 7")),
            DocumentInfo.NONE);
    new RepairPass().apply(draft);
    assertEquals(
        List.of("Wang Yi\u00A0Holds Talks", "don’t \nstop", "Café and\u00A0more"),
        draft.blocks.stream().map(Block::text).toList());
    assertEquals(
        List.of(
            "release.txt: line 3: repaired mojibake (UTF-8 text that had been decoded as"
                + " Windows-1252 or Latin-1) (in 2 places)",
            "release.txt: line 5: dropped control characters"),
        warnings.stream().map(ParseWarning::toString).toList());
  }

  @Test
  void spansKeepTheirText() {
    String text = "Ã‰tÃ© at the CafÃ© â€“ read more";
    int link = text.indexOf("read more");
    Block block =
        new Block(
            Block.Kind.PARAGRAPH,
            text,
            0,
            null,
            List.of(
                new Span(0, 5, Span.Kind.STRONG, null),
                new Span(link, text.length(), Span.Kind.LINK, "https://example.org/")),
            Layout.NONE,
            "paragraph 2");
    Draft draft = draft(List.of(block), DocumentInfo.NONE);
    new RepairPass().apply(draft);
    Block repaired = draft.blocks.get(0);
    assertEquals("Été at the Café – read more", repaired.text());
    Span strong = repaired.spans().get(0);
    Span href = repaired.spans().get(1);
    assertEquals("Été", repaired.text().substring(strong.start(), strong.end()));
    assertEquals("read more", repaired.text().substring(href.start(), href.end()));
    assertEquals("https://example.org/", href.target());
  }

  @Test
  void repairsTheDocumentInfo() {
    DocumentInfo info =
        new DocumentInfo(
            "Ã‰tÃ© \u0090news",
            "docProps/core.xml title",
            false,
            List.of(new DateClaim("2023-10-28\u00A0", DateClaim.Label.FILE_CREATED, "created")),
            " en-US\u200B",
            "Microsoft\u00A0Word",
            List.of("HOME", "\u00A0", "News â€“ Events"),
            List.of(FooterAction.of("Seite drucken")));
    Draft draft = draft(List.of(Block.paragraph("Body.", "line 1")), info);
    new RepairPass().apply(draft);
    assertEquals("Été news", draft.info.title());
    assertEquals("2023-10-28", draft.info.dates().get(0).text());
    assertEquals("en-US", draft.info.language());
    assertEquals("Microsoft\u00A0Word", draft.info.producer()); // inner spaces are kept
    assertEquals(List.of("HOME", "News – Events"), draft.info.breadcrumb());
    assertEquals(List.of(FooterAction.of("Seite drucken")), draft.info.actions());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    "docProps/core.xml title".equals(w.location())
                        && w.message().startsWith("repaired mojibake")),
        warnings::toString);
  }

  @Test
  void cleanTextMakesNoWarningAndKeepsTheBlocks() {
    Block block = Block.paragraph("Plain, clean text: 中文, café.", "line 1");
    Draft draft = draft(List.of(block), DocumentInfo.NONE);
    new RepairPass().apply(draft);
    assertTrue(draft.blocks.get(0) == block);
    assertEquals(List.of(), warnings);
  }

  @Test
  void aDateTheFormatReadKeepsItsValue() {
    dev.pressroom.model.Timestamp minute = dev.pressroom.model.Timestamp.parse("1990-01-01T00:00");
    Draft draft =
        draft(
            List.of(Block.paragraph("Body.", "line 3")),
            new DocumentInfo(
                "T",
                "front matter",
                true,
                List.of(
                    new DateClaim(
                        minute.toString(), DateClaim.Label.PUBLISHED, "front matter date", minute)),
                null,
                null,
                List.of(),
                List.of()));
    new RepairPass().apply(draft);
    assertEquals(minute, draft.info.dates().get(0).value());
  }
}
