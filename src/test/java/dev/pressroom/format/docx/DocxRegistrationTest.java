package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.pressroom.Pressroom;
import dev.pressroom.testing.Releases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DOCX format is found through ServiceLoader, by extension and by sniffing the content. */
class DocxRegistrationTest {
  @TempDir Path dir;

  @Test
  void isDiscoveredAndChosenByExtension() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    assertInstanceOf(DocxParser.class, pressroom.requireParser("docx"));
    assertInstanceOf(DocxRenderer.class, pressroom.requireRenderer("docx"));
    Path file = dir.resolve("seed.docx");
    Pressroom.write(Releases.seed(), file);
    assertEquals(Releases.seed(), Pressroom.read(file));
  }

  @Test
  void isRecognisedByContent() throws Exception {
    byte[] docx = Docx.render(Releases.seed());
    assertInstanceOf(DocxParser.class, Pressroom.standard().detect("download", docx));
    assertEquals(Releases.seed(), Pressroom.standard().parse(docx, null, "download"));
    assertEquals(0, new DocxParser().sniff("PK but not a zip".getBytes()));
  }
}
