package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pressroom.format.md.MarkdownRenderer;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.ExternalTools;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * pandoc and LibreOffice read the structure of a version-2 release from the DOCX Pressroom writes —
 * headings with their levels, list items with their kind and nesting, quote paragraphs, strong
 * text, emphasis and link targets — and Pressroom reads the same structure from a DOCX pandoc made.
 *
 * <p>Structure is compared as a sequence of events ({@code h2 Highlights}, {@code li1 ol First
 * step}, {@code quote ...}, {@code strong today}, {@code link https://...}) with whitespace
 * collapsed, so that a reader's own spacing and the merging of adjacent lists or quotes (which the
 * readers do by design) do not count, and every heading, item, quote paragraph and mark does.
 */
class DocxRichExternalReadersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path write(PressRelease release) throws Exception {
    Path dir = Files.createTempDirectory("docx-rich");
    Path file = dir.resolve("release.docx");
    Files.write(file, Docx.render(Docx.PRINTED, release));
    return file;
  }

  // ---------------------------------------------------------------- expected events

  /** What pandoc shows of a release: the body, the two sections, contacts' names and links. */
  static List<String> expectedEvents(PressRelease release) {
    List<String> out = new ArrayList<>();
    events(release.body(), out);
    if (!release.contacts().isEmpty()) {
      out.add("h2 " + Styles.CONTACTS_TEXT);
      for (Contact c : release.contacts()) {
        if (c.name() != null) {
          out.add("strong " + norm(c.name())); // the name's character style is bold
        }
        if (c.url() != null) {
          out.add("link " + c.url());
        }
      }
    }
    if (!release.boilerplate().isEmpty()) {
      out.add("h2 " + Styles.ABOUT_TEXT);
      events(release.boilerplate(), out);
    }
    for (FooterAction action : release.footerActions()) {
      if (action.target() != null) {
        out.add("link " + action.target());
      }
    }
    return out;
  }

  static void events(List<Block> blocks, List<String> out) {
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph p) {
        marks(p.content(), out);
      } else if (block instanceof Block.Heading h) {
        out.add("h" + h.level() + " " + norm(h.plainText()));
        marks(h.content(), out);
      } else if (block instanceof Block.ItemList list) {
        items(list, 0, out);
      } else if (block instanceof Block.Quote q) {
        for (Block.Paragraph p : q.paragraphs()) {
          out.add("quote " + norm(p.plainText()));
          marks(p.content(), out);
        }
      }
    }
  }

  private static void items(Block.ItemList list, int depth, List<String> out) {
    for (ListItem item : list.items()) {
      out.add("li" + depth + (list.ordered() ? " ol " : " ul ") + norm(item.plainText()));
      marks(item.content(), out);
      if (item.sublist() != null) {
        items(item.sublist(), depth + 1, out);
      }
    }
  }

  private static void marks(List<Inline> content, List<String> out) {
    for (Inline piece : content) {
      if (piece instanceof Inline.Strong s) {
        out.add("strong " + norm(s.plainText()));
        marks(s.content(), out);
      } else if (piece instanceof Inline.Emphasis e) {
        out.add("em " + norm(e.plainText()));
        marks(e.content(), out);
      } else if (piece instanceof Inline.Link l) {
        out.add("link " + l.target());
        marks(l.content(), out);
      }
    }
  }

  private static String norm(String s) {
    return Office.normalized(s);
  }

  private static List<String> only(List<String> events, String... prefixes) {
    List<String> out = new ArrayList<>();
    for (String e : events) {
      for (String p : prefixes) {
        if (e.startsWith(p)) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- pandoc

  /** The blocks of pandoc's JSON AST of a DOCX, as model blocks (which makes inline canonical). */
  static List<Block> pandocBlocks(Path docx) throws Exception {
    String json = Office.pandoc(docx.getParent(), "-f", "docx", "-t", "json", docx.toString());
    List<Block> blocks = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json).get("blocks")) {
      Block block = block(node);
      if (block != null) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  private static Block block(JsonNode node) {
    String t = node.get("t").asText();
    JsonNode c = node.get("c");
    switch (t) {
      case "Para", "Plain" -> {
        List<Inline> content = inlines(c);
        return Inline.plainText(content).isBlank() ? null : new Block.Paragraph(trim(content));
      }
      case "Header" -> {
        return new Block.Heading(c.get(0).asInt(), trim(inlines(c.get(2))));
      }
      case "BulletList" -> {
        return list(false, c);
      }
      case "OrderedList" -> {
        return list(true, c.get(1));
      }
      case "BlockQuote" -> {
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode inner : c) {
          paragraphs.add((Block.Paragraph) block(inner));
        }
        return new Block.Quote(paragraphs, null);
      }
      default -> throw new AssertionError("pandoc block of an unexpected kind: " + node);
    }
  }

  private static Block.ItemList list(boolean ordered, JsonNode items) {
    List<ListItem> out = new ArrayList<>();
    for (JsonNode item : items) {
      Block.Paragraph first = (Block.Paragraph) block(item.get(0));
      Block.ItemList sublist = item.size() > 1 ? (Block.ItemList) block(item.get(1)) : null;
      assertTrue(item.size() <= 2, "a list item of one paragraph and a list: " + item);
      out.add(new ListItem(first.content(), sublist));
    }
    return new Block.ItemList(ordered, out);
  }

  private static List<Inline> inlines(JsonNode array) {
    List<Inline> out = new ArrayList<>();
    for (JsonNode node : array) {
      String t = node.get("t").asText();
      JsonNode c = node.get("c");
      switch (t) {
        case "Str" -> out.add(new Inline.Text(c.asText()));
        case "Space", "SoftBreak", "LineBreak" -> out.add(new Inline.Text(" "));
        case "Emph" -> out.add(new Inline.Emphasis(inlines(c)));
        case "Strong" -> out.add(new Inline.Strong(inlines(c)));
        case "Link" ->
            out.add(new Inline.Link(inlines(c.get(1)), URI.create(c.get(2).get(0).asText())));
        case "Span" -> out.addAll(inlines(c.get(1)));
        default -> throw new AssertionError("pandoc inline of an unexpected kind: " + node);
      }
    }
    return out;
  }

  /** Content with the ends of its plain text trimmed, as the model asks. */
  private static List<Inline> trim(List<Inline> content) {
    List<Inline> canonical = Inline.canonical(content);
    String plain = Inline.plainText(canonical);
    String stripped = dev.pressroom.internal.Text.strip(plain);
    if (stripped.equals(plain)) {
      return canonical;
    }
    // pandoc gives a leading or trailing Space only outside marks; drop plain ends
    List<Inline> out = new ArrayList<>(canonical);
    if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
      out.set(0, new Inline.Text(t.value().stripLeading()));
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last) instanceof Inline.Text t) {
      out.set(last, new Inline.Text(t.value().stripTrailing()));
    }
    return Inline.canonical(out);
  }

  @Test
  void pandocReadsEveryConstructOfTheSample() throws Exception {
    PressRelease release = RichSample.RELEASE;
    List<Block> shown = pandocBlocks(write(release));
    List<String> events = new ArrayList<>();
    events(shown, events);
    assertEquals(expectedEvents(release), events);
    // the body itself, block by block, between the timestamp line and the contacts
    List<Block> body = new ArrayList<>();
    for (Block b : release.body()) {
      if (b instanceof Block.Quote q && q.attribution() != null) {
        body.add(new Block.Quote(q.paragraphs(), null));
        body.add(Block.Paragraph.of(q.attribution()));
      } else {
        body.add(b);
      }
    }
    int start = 4; // breadcrumb, title, subtitle and timestamp paragraphs come first
    assertEquals(body, shown.subList(start, start + body.size()));
    assertEquals(
        Block.Heading.of(2, Styles.CONTACTS_TEXT),
        shown.get(start + body.size()),
        "after the body");
  }

  @Provide
  Arbitrary<PressRelease> printable() {
    return Releases.printableRichRelease();
  }

  @Property(tries = 25)
  void pandocReadsTheStructureOfGeneratedReleases(@ForAll("printable") PressRelease release)
      throws Exception {
    ExternalTools.require("pandoc");
    List<String> events = new ArrayList<>();
    events(pandocBlocks(write(release)), events);
    assertEquals(expectedEvents(release), events);
  }

  // ---------------------------------------------------------------- LibreOffice

  /** Text as LibreOffice exports it: whitespace collapsed, soft hyphens (invisible) left out. */
  private static String visible(String s) {
    return norm(s.replace("\u00AD", ""));
  }

  /** The headings and list items of a release, as {@link #visible} text. */
  private static List<String> headingsAndItems(PressRelease release) {
    List<String> out = new ArrayList<>();
    for (String e : only(expectedEvents(release), "h2 ", "h3 ", "h4 ", "li0 ", "li1 ")) {
      out.add(visible(e));
    }
    return out;
  }

  /** Headings (h2 to h4) and list items of LibreOffice's HTML export of a DOCX. */
  static List<String> libreOfficeEvents(Path docx) {
    Path html = Office.soffice(docx, "html", "html");
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parse(Office.read(html)).body().select("h2, h3, h4, li")) {
      if (e.normalName().equals("li")) {
        Element own = e.clone();
        own.select("ol, ul").remove();
        int depth = -1;
        for (Element parent : e.parents()) {
          if (parent.normalName().equals("ol") || parent.normalName().equals("ul")) {
            depth++;
          }
        }
        String kind = e.parent() != null && e.parent().normalName().equals("ol") ? " ol " : " ul ";
        // normalised whole, as the expected events are: an item of only a soft hyphen is "li1 ul"
        out.add(visible("li" + depth + kind + own.text()));
      } else {
        out.add(visible(e.normalName() + " " + e.text()));
      }
    }
    return out;
  }

  @Test
  void libreOfficeShowsTheHeadingsAndListItemsOfTheSample() throws Exception {
    PressRelease release = RichSample.RELEASE;
    assertEquals(headingsAndItems(release), libreOfficeEvents(write(release)));
  }

  @Property(tries = 4)
  void libreOfficeShowsTheHeadingsAndListItemsOfGeneratedReleases(
      @ForAll("printable") PressRelease release) throws Exception {
    ExternalTools.require("soffice");
    assertEquals(headingsAndItems(release), libreOfficeEvents(write(release)));
  }

  // ---------------------------------------------------------------- a DOCX pandoc made

  /**
   * A release with every construct the Markdown writer and pandoc carry into a DOCX without loss:
   * headings, both kinds of list with nesting, quotes, strong text, emphasis and links.
   */
  static final PressRelease FOREIGN =
      PressRelease.builder()
          .title("Ministry opens the new port")
          .block(
              new Block.Paragraph(
                  List.of(
                      new Inline.Text("BERLIN - The ministry "),
                      new Inline.Strong(Inline.text("today")),
                      new Inline.Text(" opened the "),
                      new Inline.Emphasis(Inline.text("new")),
                      new Inline.Text(" port, see "),
                      new Inline.Link(
                          Inline.text("the plan"), URI.create("https://example.org/plan?a=1&b=2")),
                      new Inline.Text("."))))
          .block(Block.Heading.of(2, "Highlights"))
          .block(RichSample.RELEASE.body().get(2))
          .block(RichSample.RELEASE.body().get(3))
          .block(Block.Heading.of(3, "What was said"))
          .block(
              new Block.Quote(
                  List.of(
                      Block.Paragraph.of("We are proud of this port."),
                      new Block.Paragraph(
                          List.of(
                              new Inline.Text("It is "),
                              new Inline.Strong(Inline.text("ours")),
                              new Inline.Text(".")))),
                  null))
          .block(Block.Heading.of(4, "Background"))
          .block(
              new Block.Paragraph(
                  List.of(
                      new Inline.Text("Mail "),
                      new Inline.Link(
                          List.of(new Inline.Emphasis(Inline.text("the office"))),
                          URI.create("mailto:press@example.org")),
                      new Inline.Text(" today."))))
          .build();

  @Test
  void readsTheStructureOfADocxPandocMadeFromOurMarkdown() throws Exception {
    ExternalTools.require("pandoc");
    Path dir = Files.createTempDirectory("docx-foreign");
    Path md = dir.resolve("release.md");
    ByteArrayOutputStream markdown = new ByteArrayOutputStream();
    new MarkdownRenderer().render(FOREIGN, markdown);
    Files.write(md, markdown.toByteArray());
    Path docx = dir.resolve("release.docx");
    Office.pandoc(dir, "-f", "markdown", "-t", "docx", "-o", docx.toString(), md.toString());
    PressRelease read = Docx.parse(Files.readAllBytes(docx));
    assertEquals(FOREIGN.title(), read.title());
    assertEquals(FOREIGN.body(), read.body());
  }
}
