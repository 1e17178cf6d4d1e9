package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.HtmlStructure;
import dev.pressroom.testing.Releases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Two other CommonMark readers, commonmark-java and pandoc, show the structure of our Markdown for
 * a version-2 release: the headline as the one {@code h1}, then each body block as the element it
 * is (headings at their level, lists with their nesting and kind, quotes with the attribution as
 * their last {@code — } line), emphasis, strong and links inside them with their targets, a {@code
 * ## Media contacts} heading over one list item per contact (the documented {@code Name: …; Role:
 * …} line) and a {@code ## About} heading over the boilerplate's blocks.
 *
 * <p>pandoc keeps runs of spaces and tabs as one space and normalizes text to NFC, so its side is
 * compared that way; commonmark-java's is compared exactly.
 */
class MarkdownStructureTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @Provide
  Arbitrary<PressRelease> rich() {
    return Releases.richRelease();
  }

  @Property(tries = 300)
  void commonmarkJavaShowsTheStructure(@ForAll("rich") PressRelease release) {
    String markdown = Md.render(release);
    String html = HTML.render(PARSER.parse(Md.body(markdown)));
    assertEquals(expected(release, UnaryOperator.identity()), shown(html, s -> s), markdown);
  }

  /** Fewer tries: each one starts pandoc. */
  @Property(tries = 30)
  void pandocShowsTheStructure(@ForAll("rich") PressRelease release) throws Exception {
    ExternalTools.require("pandoc");
    String markdown = Md.render(release);
    Path dir = Files.createTempDirectory("pressroom-md");
    try {
      Path file = dir.resolve("release.md");
      Files.writeString(file, markdown, StandardCharsets.UTF_8);
      ExternalTools.Result result =
          ExternalTools.run(
              60,
              dir,
              List.of(
                  "pandoc",
                  "-f",
                  "commonmark+yaml_metadata_block",
                  "-t",
                  "html",
                  "--wrap=none",
                  "release.md"));
      assertEquals(0, result.exitCode(), result.stderr());
      UnaryOperator<String> pandocText = MarkdownStructureTest::collapse;
      assertEquals(expected(release, pandocText), shown(result.stdout(), pandocText), markdown);
    } finally {
      Files.deleteIfExists(dir.resolve("release.md"));
      Files.delete(dir);
    }
  }

  private static String collapse(String text) {
    return Normalizer.normalize(text.replaceAll("[ \\t]+", " "), Normalizer.Form.NFC);
  }

  /** What a reader shows: the headline, then every block as {@link HtmlStructure} reads it. */
  private static List<Object> shown(String html, UnaryOperator<String> text) {
    List<Element> elements = Jsoup.parseBodyFragment(html).body().children();
    List<Object> out = new ArrayList<>();
    Element first = elements.get(0);
    out.add("h1 " + first.normalName() + " " + text.apply(first.wholeText()));
    out.addAll(HtmlStructure.blocks(elements.subList(1, elements.size()), text));
    return out;
  }

  private static List<Object> expected(PressRelease release, UnaryOperator<String> text) {
    List<Object> out = new ArrayList<>();
    out.add("h1 h1 " + text.apply(release.title()));
    for (Object block : HtmlStructure.mapText(release.body(), text)) {
      out.add(block instanceof Block.Quote q ? asSeen(q) : block);
    }
    if (!release.contacts().isEmpty()) {
      out.add(Block.Heading.of(2, "Media contacts"));
      List<ListItem> items = new ArrayList<>();
      for (Contact c : release.contacts()) {
        List<Inline> line = new ArrayList<>();
        line.add(new Inline.Text(text.apply(contactLine(c))));
        if (c.url() != null) {
          line.add(new Inline.Link(Inline.text(c.url().toString()), c.url()));
        }
        items.add(new ListItem(line, null));
      }
      out.add(new Block.ItemList(false, items));
    }
    if (!release.boilerplate().isEmpty()) {
      out.add(Block.Heading.of(2, "About"));
      for (Object block : HtmlStructure.mapText(release.boilerplate(), text)) {
        out.add(block instanceof Block.Quote q ? asSeen(q) : block);
      }
    }
    return out;
  }

  /**
   * A quote without attribution whose last paragraph is plain text starting with "— " looks like an
   * attributed quote to any reader: the attribution line is that same text. Our own reader tells
   * them apart by the escaped dash ({@code &#8212;}); another reader sees the attribution.
   */
  private static Block.Quote asSeen(Block.Quote q) {
    return HtmlStructure.quoteAsSeen(q.paragraphs(), q.attribution());
  }

  /**
   * The documented contact line: labelled parts in the record's order, joined by "; ", the web
   * address last as an autolink.
   */
  private static String contactLine(Contact c) {
    List<String> parts = new ArrayList<>();
    String[] labels = {"Name", "Role", "Organization", "Email", "Phone"};
    String[] values = {c.name(), c.role(), c.organization(), c.email(), c.phone()};
    for (int i = 0; i < labels.length; i++) {
      if (values[i] != null) {
        parts.add(labels[i] + ": " + values[i]);
      }
    }
    String line = String.join("; ", parts);
    return c.url() == null ? line : (line.isEmpty() ? "" : line + "; ") + "Web: ";
  }
}
