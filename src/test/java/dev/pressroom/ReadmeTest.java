package dev.pressroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.testing.Releases;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Keeps README.md true: its {@code ```java} blocks are the code between the {@code README begin}
 * and {@code README end} markers below and between the {@code README model} markers, character for
 * character, and that code runs.
 */
class ReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Path SELF = Path.of("src/test/java/dev/pressroom/ReadmeTest.java");

  @Test
  void readmeShowsTheExampleThisTestRuns() throws IOException {
    assertEquals(
        List.of(example("README begin", "README end"), example("README model", "README model end")),
        javaBlocks(),
        "README.md's ```java block must equal the example in " + SELF + " (copy it over)");
  }

  @Test
  void readmeExampleRuns() throws Exception {
    assumeTrue(
        Pressroom.standard().parser("txt").isPresent()
            && Pressroom.standard().renderer("pdf").isPresent(),
        "skipped: the README example reads txt and writes pdf, and one of them is absent");
    Path pdfFile = Path.of("out/release.pdf");
    boolean existed = Files.exists(pdfFile);
    try {
      // README begin
      // Read a release: the format comes from the file's extension, else from its content.
      PressRelease release = Pressroom.read(Path.of("seeds/000_ef7c4c50acd32147.txt"));
      System.out.println(release.title() + ", " + release.timestamp());

      // Write it: the format comes from the extension; the file is complete or absent.
      Pressroom.write(release, Path.of("out/release.pdf"));

      // Or name the formats and work in memory: parsing what was rendered gives it back.
      Pressroom pressroom = Pressroom.standard();
      byte[] json = pressroom.render(release, "json");
      PressRelease back = pressroom.parse(json, "json", "release.json");
      // README end

      assertEquals(Releases.seed(), release.withoutLanguage());
      assertEquals(release, back);
      assertTrue(Files.size(pdfFile) > 1000);
    } finally {
      if (!existed) {
        Files.deleteIfExists(pdfFile);
      }
    }
  }

  @Test
  void readmeModelExampleBuildsARichRelease() throws Exception {
    // README model
    PressRelease rich =
        PressRelease.builder()
            .title("Ministry Opens Its Archive")
            .subtitle("Two million pages online from today")
            .block(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("Read the "),
                        new Inline.Link(
                            Inline.text("catalogue"), URI.create("https://example.org/archive")),
                        new Inline.Text("."))))
            .block(Block.Heading.of(2, "Highlights"))
            .block(
                new Block.ItemList(false, List.of(ListItem.of("Free"), ListItem.of("Searchable"))))
            .contact(
                new Contact(
                    "Jane Doe",
                    "Press Officer",
                    "Ministry of Examples",
                    "press@example.org",
                    null,
                    null))
            .build();
    // README model end

    assertEquals(
        List.of("Read the catalogue.", "Highlights", "Free", "Searchable"), rich.paragraphs());
    Pressroom pressroom = Pressroom.standard();
    assertEquals(rich, pressroom.parse(pressroom.render(rich, "json"), "json", "rich.json"));
  }

  /** The lines between the markers, without the method body's indentation. */
  private static String example(String first, String last) throws IOException {
    List<String> lines = Files.readAllLines(SELF, StandardCharsets.UTF_8);
    int begin = lines.indexOf("    // " + first);
    int end = lines.indexOf("    // " + last);
    int indent = 4;
    if (begin < 0) {
      begin = lines.indexOf("      // " + first);
      end = lines.indexOf("      // " + last);
      indent = 6;
    }
    StringBuilder code = new StringBuilder();
    for (String line : lines.subList(begin + 1, end)) {
      code.append(line.length() > indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return code.toString();
  }

  /** The literal content of every {@code ```java} block of README.md. */
  private static List<String> javaBlocks() throws IOException {
    List<String> blocks = new ArrayList<>();
    Parser.builder()
        .build()
        .parse(Files.readString(README, StandardCharsets.UTF_8))
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                if ("java".equals(block.getInfo())) {
                  blocks.add(block.getLiteral());
                }
              }
            });
    return blocks;
  }
}
