package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlInjectionTest {
  private static final Set<String> TEMPLATE_ELEMENTS =
      Set.of(
          "html", "head", "meta", "title", "style", "script", "body", "article", "header", "nav",
          "ol", "li", "h1", "p", "time", "footer", "ul", "a", "span");
  private static final Set<String> TEMPLATE_ATTRIBUTES =
      Set.of(
          "lang",
          "charset",
          "name",
          "content",
          "type",
          "aria-label",
          "dir",
          "datetime",
          "data-zone",
          "href");

  @Property
  void modelTextNeverBecomesMarkup(@ForAll("releases") PressRelease release) throws Exception {
    Document doc = Jsoup.parse(HtmlPages.renderString(release));
    Set<String> elements = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    for (Element e : doc.getAllElements()) {
      if (!e.nameIs("#root")) {
        elements.add(e.normalName());
      }
      for (Attribute a : e.attributes()) {
        attributes.add(a.getKey().toLowerCase(Locale.ROOT));
      }
    }
    assertTrue(TEMPLATE_ELEMENTS.containsAll(elements), "elements " + elements);
    assertTrue(TEMPLATE_ATTRIBUTES.containsAll(attributes), "attributes " + attributes);

    assertEquals(1, doc.select("script").size());
    assertEquals(1, doc.select("style").size());
    assertEquals(release.paragraphs().size(), doc.select("article > p").size());
    assertEquals(
        release.paragraphs().size() + (release.timestamp() == null ? 0 : 1),
        doc.select("p").size());
    assertEquals(
        release.breadcrumb().size() + release.footerActions().size(), doc.select("li").size());
    assertEquals(1, doc.select("h1").size());
    assertEquals(release.title(), doc.selectFirst("title").wholeText());
    long links = release.footerActions().stream().filter(a -> a.target() != null).count();
    assertEquals(links, doc.select("a").size());
    for (Element a : doc.select("a")) {
      assertEquals(Set.of("href"), keys(a));
    }

    String json = doc.selectFirst("script").data();
    assertFalse(json.toLowerCase(Locale.ROOT).contains("</script"), json);
    assertFalse(json.contains("<"), "no raw < in JSON-LD");
    JsonNode ld = new ObjectMapper().readTree(json);
    assertEquals("NewsArticle", ld.get("@type").asText());
    assertEquals(release.title(), ld.get("headline").asText());
    if (!release.paragraphs().isEmpty()) {
      assertEquals(String.join("\n\n", release.paragraphs()), ld.get("articleBody").asText());
    }
    List<String> crumbs = new ArrayList<>();
    JsonNode list = ld.path("mainEntityOfPage").path("breadcrumb").path("itemListElement");
    list.forEach(item -> crumbs.add(item.get("name").asText()));
    assertEquals(release.breadcrumb(), crumbs);
  }

  private static Set<String> keys(Element e) {
    Set<String> keys = new TreeSet<>();
    e.attributes().forEach(a -> keys.add(a.getKey()));
    return keys;
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Test
  void aFullReleaseUsesExactlyTheTemplate() {
    PressRelease release =
        Releases.seed().toBuilder()
            .language("en")
            .timestamp(dev.pressroom.model.Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
            .footerAction(new FooterAction("Share", URI.create("https://example.org/s")))
            .paragraph("مرحبا بالعالم") // right to left in an English release: dir="auto"
            .build();
    Document doc = Jsoup.parse(HtmlPages.renderString(release));
    Set<String> elements = new TreeSet<>();
    Set<String> attributes = new TreeSet<>();
    for (Element e : doc.getAllElements()) {
      if (!e.nameIs("#root")) {
        elements.add(e.normalName());
      }
      e.attributes().forEach(a -> attributes.add(a.getKey()));
    }
    assertEquals(new TreeSet<>(TEMPLATE_ELEMENTS), elements);
    assertEquals(new TreeSet<>(TEMPLATE_ATTRIBUTES), attributes);
  }

  @Test
  void scriptEndTagsInTextStayText() throws Exception {
    String evil = "</script><script>alert(1)</script><!-- \" ' & <img src=x onerror=alert(1)>";
    PressRelease release =
        PressRelease.builder()
            .breadcrumb(evil)
            .title(evil)
            .paragraph(evil)
            .footerAction(FooterAction.of(evil))
            .build();
    String html = HtmlPages.renderString(release);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<script>alert"), html);
    assertTrue(html.contains("\\u003c/script\\u003e"), "JSON-LD escapes < and >");
    Document doc = Jsoup.parse(html);
    assertEquals(1, doc.select("script").size());
    assertTrue(doc.select("img").isEmpty());
    assertEquals(release, HtmlPages.parse(html));
  }

  @Test
  void targetsABrowserWouldRunCannotReachThePage() {
    // The model refuses them (DESIGN.md, model v2), so no page can link to them.
    for (String target :
        new String[] {
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          "vbscript:x",
          "data:text/html,<b>x</b>".replace("<", "%3C").replace(">", "%3E"),
          "file:///etc/passwd"
        }) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PressRelease.builder()
                      .title("T")
                      .footerAction(new FooterAction("Go", URI.create(target))));
      assertTrue(e.getMessage().contains("which is not allowed"), e.getMessage());
    }
  }
}
