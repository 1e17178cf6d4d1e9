package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  @Test
  void writesOneStandaloneSemanticPage() {
    PressRelease seed = Releases.seed().toBuilder().language("en").build();
    String html = HtmlPages.renderString(seed);
    assertTrue(
        html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"),
        html);
    assertTrue(html.endsWith("</html>\n"));
    assertTrue(html.contains("@media print"));
    assertTrue(html.contains("@page { size: A4;"));
    assertTrue(html.contains("white-space: pre-wrap"));
    Document doc = Jsoup.parse(html);
    assertEquals(seed.title(), doc.selectFirst("title").text());
    Element article = doc.selectFirst("body > article");
    assertEquals("Breadcrumb", article.selectFirst("> header > nav").attr("aria-label"));
    assertEquals("HOME", article.select("nav > ol > li").get(0).text());
    assertEquals("News & Events", article.select("nav > ol > li").get(1).text());
    assertEquals(seed.title(), article.selectFirst("> header > h1").text());
    Element time = article.selectFirst("> header > p > time");
    assertEquals("2023-10-28T13:25", time.attr("datetime"));
    assertEquals("October 28, 2023, 13:25", time.text()); // CLDR English, 24-hour clock
    assertEquals(7, article.select("> p").size());
    assertEquals(
        "The two sides also had an exchange of views on Ukraine and the Korean Peninsula nuclear issue, among others.",
        article.select("> p").last().text());
    assertEquals("Suggest To A Friend", article.select("> footer span").get(0).text());
    assertEquals("Print", article.select("> footer span").get(1).text());
    assertTrue(doc.select("[onclick], [onload], [style]").isEmpty(), "no inline scripts or styles");
    assertEquals(1, doc.select("script[type=application/ld+json]").size());
    assertTrue(doc.select("meta[name=generator][content=Pressroom]").size() == 1);
  }

  @Test
  void writesTheSameBytesEveryTime() {
    assertArrayEquals(HtmlPages.render(Releases.seed()), HtmlPages.render(Releases.seed()));
  }

  @Test
  void showsTheZoneAndKeepsDatetimeValid() {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
            .build();
    Element time = Jsoup.parse(HtmlPages.renderString(release)).selectFirst("time");
    assertEquals("2023-10-28T13:25+08:00", time.attr("datetime"));
    assertEquals("Asia/Shanghai", time.attr("data-zone"));
    assertEquals("28 October 2023, 13:25 CST", time.text()); // no language: en-GB words
  }

  @Test
  void writesNewsArticleJsonLd() {
    String html = HtmlPages.renderString(Releases.seed().toBuilder().language("en").build());
    String json = Jsoup.parse(html).selectFirst("script").data();
    assertTrue(json.contains("\"@context\": \"https://schema.org\""), json);
    assertTrue(json.contains("\"@type\": \"NewsArticle\""), json);
    assertTrue(
        json.contains(
            "\"headline\": \"Wang Yi Holds Talks with U.S. Secretary of State Antony Blinken\""),
        json);
    assertTrue(json.contains("\"datePublished\": \"2023-10-28T13:25\""), json);
    assertTrue(json.contains("\"inLanguage\": \"en\""), json);
    assertTrue(
        json.contains(
            "{\"@type\": \"ListItem\", \"position\": 2, \"name\": \"News \\u0026 Events\"}"),
        json);
  }

  @Test
  void isFoundByTheFacade() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    assertEquals(
        new String(HtmlPages.render(Releases.seed()), java.nio.charset.StandardCharsets.UTF_8),
        new String(
            pressroom.render(Releases.seed(), "html"), java.nio.charset.StandardCharsets.UTF_8));
  }
}
