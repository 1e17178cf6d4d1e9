package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRichStructureTest {
  private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";

  static PressRelease example() {
    return PressRelease.builder()
        .title("Rich release")
        .subtitle("A deck " + HOSTILE)
        .block(
            new Block.Paragraph(
                List.of(
                    new Inline.Text("See "),
                    new Inline.Link(
                        Inline.text(HOSTILE), URI.create("https://example.org/?a=%22%3E")),
                    new Inline.Text("  and\ttabs\u00a0here"))))
        .block(Block.Heading.of(2, "Highlights"))
        .block(
            new Block.ItemList(
                false,
                List.of(
                    new ListItem(
                        Inline.text("One"),
                        new Block.ItemList(true, List.of(ListItem.of("Nested")))),
                    ListItem.of("Two"))))
        .block(new Block.Quote(List.of(Block.Paragraph.of("We are proud.")), "Jane Doe"))
        .contact(
            new Contact("Jane Doe", "Press", "Ministry", "press@example.org", "+49 30 1", null))
        .boilerplateBlock(Block.Paragraph.of("About the ministry."))
        .build();
  }

  @Test
  void structureAndJsonLd() throws Exception {
    PressRelease release = example();
    Document doc = Jsoup.parse(HtmlPages.renderString(release));
    assertEquals(1, doc.select("article > h2").size());
    assertEquals(2, doc.select("article > ul > li").size());
    assertEquals(1, doc.select("article > ul > li > ol > li").size());
    assertEquals(1, doc.select("article > figure > blockquote > p").size());
    assertEquals("Jane Doe", doc.selectFirst("article > figure > figcaption").text());
    assertNotNull(doc.selectFirst("article > address span.email"));
    assertEquals(1, doc.select("article a[href]").size());
    assertTrue(doc.select("script").size() == 1, "no injected script element");
    assertTrue(doc.select("[onmouseover]").isEmpty(), "no injected attribute");
    JsonNode json =
        new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    assertEquals(release.subtitle(), json.get("alternativeHeadline").asText());
    assertEquals(
        "press@example.org",
        json.get("publisher").get(0).get("contactPoint").get("email").asText());
    assertEquals(release, HtmlPages.parse(HtmlPages.render(release)));
  }

  @Test
  void hostileTargetIsRefusedOnRead() {
    String page =
        HtmlPages.renderString(example())
            .replace("https://example.org/?a=%22%3E", "javascript:alert(1)");
    assertFalse(page.contains("href=\"https://example.org"));
    org.junit.jupiter.api.Assertions.assertThrows(
        dev.pressroom.ParseException.class, () -> HtmlPages.parse(page));
  }
}
