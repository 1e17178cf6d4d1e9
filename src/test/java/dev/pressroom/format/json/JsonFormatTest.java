package dev.pressroom.format.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonFormatTest {
  private final JsonRenderer renderer = new JsonRenderer();
  private final JsonParser parser = new JsonParser();

  private byte[] render(PressRelease release) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(release, out);
    return out.toByteArray();
  }

  private PressRelease parse(String json) throws ParseException {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  private PressRelease parse(byte[] json) throws ParseException {
    return parser.parse(new ByteArrayInputStream(json), ParseContext.defaults());
  }

  @Property
  void parsesWhatItRenders(@ForAll("releases") PressRelease release) throws Exception {
    byte[] json = render(release);
    PressRelease back = parse(json);
    assertEquals(release, back);
    assertArrayEquals(json, render(back));
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Property(tries = 1000)
  void parsesWhatItRendersOfRichReleases(@ForAll("richReleases") PressRelease release)
      throws Exception {
    byte[] json = render(release);
    PressRelease back = parse(json);
    assertEquals(release, back);
    assertArrayEquals(json, render(back));
  }

  @Provide
  Arbitrary<PressRelease> richReleases() {
    return Releases.richRelease();
  }

  @Test
  void writesTheDesignForm() throws Exception {
    String json =
        new String(
            render(
                PressRelease.builder()
                    .breadcrumb("HOME", "News & Events")
                    .title("T")
                    .timestamp(dev.pressroom.model.Timestamp.parse("2023-10-28T13:25"))
                    .language("en")
                    .paragraph("P")
                    .footerAction(dev.pressroom.model.FooterAction.of("Print"))
                    .footerAction(
                        new dev.pressroom.model.FooterAction(
                            "Share", java.net.URI.create("https://example.org/s")))
                    .build()),
            StandardCharsets.UTF_8);
    assertEquals(
        """
        {
          "breadcrumb": [
            "HOME",
            "News & Events"
          ],
          "title": "T",
          "timestamp": "2023-10-28T13:25",
          "language": "en",
          "body": [
            "P"
          ],
          "footerActions": [
            {
              "label": "Print"
            },
            {
              "label": "Share",
              "target": "https://example.org/s"
            }
          ]
        }
        """,
        json);
  }

  @Test
  void writesTheVersionTwoForm() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .subtitle("Deck")
            .paragraph("Plain.")
            .block(
                new Block.Paragraph(
                    List.of(
                        new Inline.Text("Read "),
                        new Inline.Strong(List.of(new Inline.Emphasis(Inline.text("this")))),
                        new Inline.Text(" at "),
                        new Inline.Link(Inline.text("x"), URI.create("https://example.org/")))))
            .block(Block.Heading.of(2, "Highlights"))
            .block(
                new Block.ItemList(
                    true,
                    List.of(
                        ListItem.of("One"),
                        new ListItem(
                            Inline.text("Two"),
                            new Block.ItemList(false, List.of(ListItem.of("Two a")))))))
            .block(new Block.Quote(List.of(Block.Paragraph.of("We are proud.")), "Jane Doe"))
            .contact(new Contact("Jane Doe", null, "Ministry", "press@example.org", null, null))
            .boilerplateBlock(Block.Heading.of(2, "About the Ministry"))
            .boilerplateBlock(Block.Paragraph.of("It exists."))
            .build();
    String json = new String(render(release), StandardCharsets.UTF_8);
    assertEquals(
        """
        {
          "breadcrumb": [],
          "title": "T",
          "subtitle": "Deck",
          "body": [
            "Plain.",
            {
              "paragraph": [
                "Read ",
                {
                  "strong": [
                    {
                      "em": "this"
                    }
                  ]
                },
                " at ",
                {
                  "link": "x",
                  "href": "https://example.org/"
                }
              ]
            },
            {
              "heading": "Highlights",
              "level": 2
            },
            {
              "list": [
                "One",
                {
                  "item": "Two",
                  "list": [
                    "Two a"
                  ],
                  "ordered": false
                }
              ],
              "ordered": true
            },
            {
              "quote": [
                "We are proud."
              ],
              "attribution": "Jane Doe"
            }
          ],
          "contacts": [
            {
              "name": "Jane Doe",
              "organization": "Ministry",
              "email": "press@example.org"
            }
          ],
          "boilerplate": [
            {
              "heading": "About the Ministry",
              "level": 2
            },
            "It exists."
          ],
          "footerActions": []
        }
        """,
        json);
    assertEquals(release, parse(json));
  }

  @Test
  void readsVersionOneParagraphs() throws Exception {
    PressRelease release = parse("{\"title\": \"T\", \"paragraphs\": [\"One\", \"Two\"]}");
    assertEquals(List.of(Block.Paragraph.of("One"), Block.Paragraph.of("Two")), release.body());
    assertEquals(List.of("One", "Two"), release.paragraphs());
    ParseException both =
        assertThrows(
            ParseException.class,
            () -> parse("{\"title\": \"T\", \"paragraphs\": [], \"body\": []}"));
    assertTrue(both.getMessage().contains("$.paragraphs"), both.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "[{\"list\": [\"a\", \"\"]}] | $.body[0].list[1]",
        "[{\"list\": []}] | $.body[0]",
        "[{\"heading\": \"h\", \"level\": 1}] | $.body[0]",
        "[{\"heading\": \"h\"}] | $.body[0].level",
        "[\"ok\", {\"paragraph\": [{\"link\": \"x\", \"href\": \"javascript:alert(1)\"}]}]"
            + " | $.body[1].paragraph[0].href",
        "[{\"paragraph\": [{\"em\": \"x\", \"strong\": \"y\"}]}] | $.body[0].paragraph[0].strong",
        "[{\"quote\": [\" x\"]}] | $.body[0].quote[0]",
        "[{\"list\": [{\"item\": \"a\", \"list\": [{\"item\": \"b\"}]}]}]"
            + " | $.body[0].list[0].list[0]",
        "[{\"table\": []}] | $.body[0]",
        "[42] | $.body[0]",
      })
  void namesThePathOfABadBlock(String body, String path) {
    ParseException e =
        assertThrows(
            ParseException.class, () -> parse("{\"title\": \"T\", \"body\": " + body + "}"));
    assertTrue(e.getMessage().contains(path + ":"), e.getMessage());
  }

  @Test
  void leavesOutAbsentOptionalFields() throws Exception {
    String json =
        new String(render(PressRelease.builder().title("T").build()), StandardCharsets.UTF_8);
    assertEquals(
        "{\n  \"breadcrumb\": [],\n  \"title\": \"T\",\n  \"body\": [],\n"
            + "  \"footerActions\": []\n}\n",
        json);
  }

  @Test
  void readsMissingListsAsEmpty() throws Exception {
    assertEquals(PressRelease.builder().title("T").build(), parse("{\"title\":\"T\"}"));
  }

  private static ParseException fails(String json) {
    return assertThrows(
        ParseException.class,
        () ->
            new JsonParser()
                .parse(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    ParseContext.defaults()));
  }

  @Test
  void unknownKeyNamesThePath() {
    assertEquals("$.titel: unknown key \"titel\"", fails("{\"titel\":\"T\"}").getMessage());
    assertEquals(
        "$.footerActions[0].href",
        fails("{\"title\":\"T\",\"footerActions\":[{\"label\":\"P\",\"href\":\"x\"}]}").location());
  }

  @Test
  void wrongTypesNameThePath() {
    assertEquals(
        "$.paragraphs[1]: expected a string, found a number",
        fails("{\"title\":\"T\",\"paragraphs\":[\"a\",2]}").getMessage());
    assertEquals(
        "$.breadcrumb: expected an array, found a string",
        fails("{\"title\":\"T\",\"breadcrumb\":\"HOME\"}").getMessage());
    assertEquals("$: expected an object, found an array", fails("[]").getMessage());
  }

  @Test
  void invalidValuesNameThePath() {
    assertEquals("$", fails("{}").location());
    assertTrue(fails("{\"title\":\" T\"}").getMessage().startsWith("$.title: text begins or ends"));
    assertEquals("$.timestamp", fails("{\"title\":\"T\",\"timestamp\":\"28.10.2023\"}").location());
    assertEquals("$.language", fails("{\"title\":\"T\",\"language\":\"en_US\"}").location());
    assertEquals(
        "$.paragraphs[0]", fails("{\"title\":\"T\",\"paragraphs\":[\"two\\nlines\"]}").location());
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    ParseException e = fails("{\n  \"title\": \"T\",\n  oops\n}");
    assertTrue(e.getMessage().startsWith("line 3, column 3: invalid JSON"), e.getMessage());
  }

  @Test
  void duplicateKeysAreRejected() {
    assertTrue(fails("{\"title\":\"A\",\"title\":\"B\"}").getMessage().contains("title"));
  }

  @Test
  void emptyInputIsAClearError() {
    assertEquals("empty input: no JSON object", fails("").getMessage());
  }

  @Test
  void invalidUtf8IsUnsupportedInput() {
    assertThrows(
        UnsupportedInputException.class,
        () -> parse(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
  }

  @Test
  void deepNestingIsALimit() {
    String deep = "{\"title\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    ParseException e = fails(deep);
    assertTrue(e instanceof LimitExceededException, e.getClass().getName());
    assertEquals(
        "arrays and objects are nested deeper than the limit of 512 (raise Limits.maxDepth to read"
            + " it)",
        e.getMessage());
  }

  @Test
  void aLongNumberIsNoTextLimitAndNoJacksonSetting() {
    ParseException e = fails("{\"title\":\"T\",\"paragraphs\":[" + "9".repeat(2000) + "]}");
    assertEquals(ParseException.class, e.getClass());
    assertEquals(
        "a number of more than 1000 digits; no field of a release is a number", e.reason());
    assertFalse(e.getMessage().contains("maxParagraphChars"), e.getMessage());
    assertFalse(e.getMessage().contains("StreamReadConstraints"), e.getMessage());
  }

  @Test
  void aLongStringIsTheParagraphLimit() {
    ParseContext small =
        new ParseContext("x", dev.pressroom.Limits.builder().maxParagraphChars(10).build());
    LimitExceededException e =
        assertThrows(
            LimitExceededException.class,
            () ->
                parser.parse(
                    new ByteArrayInputStream(
                        ("{\"title\":\"" + "x".repeat(100) + "\"}")
                            .getBytes(StandardCharsets.UTF_8)),
                    small));
    assertEquals(
        "a string of more than 36 characters, far beyond the limit of 10 (raise"
            + " Limits.maxParagraphChars to read it)",
        e.getMessage());
  }

  @Test
  void aLongKeyIsNoDepthOrTextLimit() {
    ParseException e = fails("{\"" + "k".repeat(60_000) + "\":1}");
    assertEquals("a key longer than 50000 characters; a release has no such key", e.reason());
  }

  @Test
  void tooManyParagraphsIsALimit() {
    ParseContext small =
        new ParseContext("x", dev.pressroom.Limits.builder().maxParagraphs(2).build());
    assertThrows(
        LimitExceededException.class,
        () ->
            parser.parse(
                new ByteArrayInputStream(
                    "{\"title\":\"T\",\"paragraphs\":[\"a\",\"b\",\"c\"]}"
                        .getBytes(StandardCharsets.UTF_8)),
                small));
  }
}
