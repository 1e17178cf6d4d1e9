package dev.pressroom.format.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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
          "paragraphs": [
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
  void leavesOutAbsentOptionalFields() throws Exception {
    String json =
        new String(render(PressRelease.builder().title("T").build()), StandardCharsets.UTF_8);
    assertEquals(
        "{\n  \"breadcrumb\": [],\n  \"title\": \"T\",\n  \"paragraphs\": [],\n"
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
