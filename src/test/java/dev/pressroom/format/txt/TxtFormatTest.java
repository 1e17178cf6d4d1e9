package dev.pressroom.format.txt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import dev.pressroom.testing.Releases;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The txt format's names, sniffing and registration. */
class TxtFormatTest {

  @Test
  void namesItself() {
    assertEquals("txt", new TxtParser().format());
    assertEquals(List.of("txt", "text"), new TxtParser().extensions());
    assertEquals("txt", new TxtRenderer().format());
    assertEquals("txt", new TxtRenderer().extension());
  }

  @Test
  void sniffsPlainTextWithALowScore() {
    assertEquals(10, new TxtParser().sniff("Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(10, new TxtParser().sniff("{\"title\":\"T\"}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, new TxtParser().sniff(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3}));
    assertEquals(0, new TxtParser().sniff(new byte[] {(byte) 0xC3, (byte) 0x28, 'a'}));
  }

  @Test
  void isFoundByTheFacade() throws Exception {
    Pressroom pressroom = Pressroom.standard();
    assertTrue(pressroom.formats().contains("txt"));
    byte[] text = pressroom.render(Releases.seed(), "txt");
    assertEquals(Releases.seed(), pressroom.parse(text, "txt", "seed.txt"));
  }

  @Test
  void losesOnlyTheLanguage() throws Exception {
    byte[] text = TxtTesting.renderBytes(Releases.seed().toBuilder().language("en").build());
    assertEquals(Releases.seed(), TxtTesting.parse(text));
  }
}
