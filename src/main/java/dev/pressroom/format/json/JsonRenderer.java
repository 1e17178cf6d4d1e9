package dev.pressroom.format.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.pressroom.internal.NonClosingOutputStream;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the JSON form of DESIGN.md: keys in a fixed order, absent optional fields left out,
 * two-space indentation, {@code \n} line ends, UTF-8, one trailing newline.
 *
 * <pre>{@code
 * {
 *   "breadcrumb": [
 *     "HOME",
 *     "News & Events"
 *   ],
 *   "title": "Wang Yi Holds Talks ...",
 *   "timestamp": "2023-10-28T13:25",
 *   ...
 * }
 * }</pre>
 */
public final class JsonRenderer implements ReleaseRenderer {
  /**
   * Jackson's shared objects, made on first use rather than when the renderer is discovered: a
   * batch that never reads or writes JSON does not pay for loading Jackson.
   */
  static final class Shared {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    static final DefaultPrettyPrinter PRETTY =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withArrayEmptySeparator("")
                    .withObjectEmptySeparator(""))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));

    private Shared() {}
  }

  /** A renderer; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public JsonRenderer() {}

  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    try (JsonGenerator json =
        Shared.FACTORY.createGenerator(new NonClosingOutputStream(out), JsonEncoding.UTF8)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter(Shared.PRETTY));
      json.writeStartObject();
      writeStrings(json, "breadcrumb", release.breadcrumb());
      json.writeStringField("title", release.title());
      if (release.subtitle() != null) {
        json.writeStringField("subtitle", release.subtitle());
      }
      if (release.timestamp() != null) {
        json.writeStringField("timestamp", release.timestamp().toString());
      }
      if (release.language() != null) {
        json.writeStringField("language", release.language());
      }
      JsonBlocks.writeBlocks(json, "body", release.body());
      if (!release.contacts().isEmpty()) {
        JsonBlocks.writeContacts(json, release.contacts());
      }
      if (!release.boilerplate().isEmpty()) {
        JsonBlocks.writeBlocks(json, "boilerplate", release.boilerplate());
      }
      json.writeArrayFieldStart("footerActions");
      for (FooterAction action : release.footerActions()) {
        json.writeStartObject();
        json.writeStringField("label", action.label());
        if (action.target() != null) {
          json.writeStringField("target", action.target().toString());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
  }

  private static void writeStrings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
