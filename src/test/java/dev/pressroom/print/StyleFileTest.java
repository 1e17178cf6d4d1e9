package dev.pressroom.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.Logos;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The style file: its documented keys, defaults, and errors that name the file, line and key. */
class StyleFileTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml);
    return file;
  }

  @Test
  void theMinimalFileOfTheIssueReads() throws Exception {
    Files.write(dir.resolve("logo.png"), Logos.png());
    Path file =
        write(
            "style.yaml",
            "organization: Ministry of Examples\n"
                + "logo: logo.png        # relative to the style file\n"
                + "accent: \"#00457c\"\n");
    PrintStyle style = PrintStyle.read(file);
    assertEquals("Ministry of Examples", style.organization());
    assertEquals(0x00457c, style.accent());
    assertEquals(Logo.Kind.PNG, style.logo().kind());
    assertEquals(300, style.logo().width());
    assertEquals(120, style.logo().height());
    // the rest is the house style
    assertEquals(PrintStyle.DEFAULT.margins(), style.margins());
    assertEquals(PrintStyle.Typeface.SANS, style.typeface());
    assertTrue(style.endMark());
  }

  @Test
  void everyKeyIsRead() throws Exception {
    Files.write(dir.resolve("logo.jpg"), Logos.jpeg());
    Path file =
        write(
            "all.yaml",
            """
            organization: Harbour Authority
            logo: logo.jpg
            accent: "#a1b"
            font: serif
            paper: letter
            margins: [50, 60, 70, 80]
            immediate-release: yes
            contacts: top
            web-furniture: true
            more-at: true
            end-mark: false
            """);
    PrintStyle style = PrintStyle.read(file);
    assertEquals(Logo.Kind.JPEG, style.logo().kind());
    assertEquals(0xaa11bb, style.accent());
    assertEquals(PrintStyle.Typeface.SERIF, style.typeface());
    assertEquals(PrintStyle.Paper.LETTER, style.paper());
    assertEquals(new PrintStyle.Margins(50, 60, 70, 80), style.margins());
    assertTrue(style.immediateRelease());
    assertEquals(PrintStyle.Placement.TOP, style.contacts());
    assertTrue(style.webFurniture());
    assertTrue(style.moreAt());
    assertTrue(!style.endMark());
  }

  @Test
  void anEmptyFileIsTheHouseStyle() throws Exception {
    PrintStyle style = PrintStyle.read(write("empty.yaml", "# nothing\n"));
    assertEquals(PrintStyle.DEFAULT, style);
    assertNull(style.logo());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown key    | 'organization: A\\ncolour: red\\n' | line 2, colour: unknown key",
        "bad colour     | 'accent: blue\\n'                 | line 1, accent: a colour is #RRGGBB",
        "bad choice     | 'font: mono\\n'                   | line 1, font: expected sans or serif",
        "bad flag       | 'end-mark: maybe\\n'              | line 1, end-mark: expected true or false",
        "bad margins    | 'margins: [1, 2]\\n'              | line 1, margins: expected one number or four",
        "tiny margins   | 'margins: 5\\n'                   | line 1, margins: margins must be 18 to 200",
        "missing logo   | 'logo: none.png\\n'               | line 1, logo: ",
        "a list         | '- a\\n- b\\n'                    | line 1: a style file is a mapping",
        "bad YAML       | 'organization: [a\\n'             | not valid YAML",
        "twice          | 'font: sans\\nfont: serif\\n'     | line 2",
      })
  void errorsNameTheFileTheLineAndTheKey(String name, String yaml, String message)
      throws Exception {
    Path file = write("bad.yaml", yaml.replace("\\n", "\n"));
    StyleException e = assertThrows(StyleException.class, () -> PrintStyle.read(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aTruncatedLogoIsRefusedWhenTheStyleIsRead() throws Exception {
    byte[] png = Logos.png();
    Files.write(dir.resolve("logo.png"), java.util.Arrays.copyOf(png, png.length / 2));
    Path file = write("style.yaml", "logo: logo.png\n");
    StyleException e = assertThrows(StyleException.class, () -> PrintStyle.read(file));
    assertTrue(e.getMessage().startsWith(file + ", line 1, logo: "), e.getMessage());
    assertTrue(e.getMessage().contains("logo.png: the logo"), e.getMessage());
  }

  @Test
  void aLogoThatIsNoImageIsRefusedByName() throws Exception {
    Files.writeString(dir.resolve("logo.png"), "not an image");
    Path file = write("style.yaml", "logo: logo.png\n");
    StyleException e = assertThrows(StyleException.class, () -> PrintStyle.read(file));
    assertTrue(
        e.getMessage().contains("logo.png: the logo is not a PNG or JPEG image"), e.getMessage());
  }
}
