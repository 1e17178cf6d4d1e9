package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import dev.pressroom.testing.Releases;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The format is found through ServiceLoader and recognised by name, extension and content. */
class MarkdownDiscoveryTest {

  @Test
  void facadeFindsTheFormatAndRoundTripsTheSeed() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    assertTrue(pressroom.formats().contains("md"), pressroom.formats().toString());
    byte[] markdown = pressroom.render(Releases.seed(), "md");
    assertEquals(Releases.seed(), pressroom.parse(markdown, "md", "seed.md"));
  }

  @Test
  void sniffsOurFilesSurelyAndHandWrittenOnesModestly() {
    MarkdownParser parser = new MarkdownParser();
    byte[] ours = Md.render(Releases.seed()).getBytes(StandardCharsets.UTF_8);
    assertEquals(90, parser.sniff(ours));
    assertEquals(40, parser.sniff("# Title\n\nBody\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, parser.sniff("{\"title\": \"T\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, parser.sniff("HOME > News\nTitle\n".getBytes(StandardCharsets.UTF_8)));
  }
}
