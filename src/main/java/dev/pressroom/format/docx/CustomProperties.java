package dev.pressroom.format.docx;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pressroom.ParseException;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;

/**
 * The custom document properties ({@code docProps/custom.xml}) of the documents Pressroom writes:
 * what the printed page does not show exactly, so that Pressroom's own files still read back
 * exactly. Word and LibreOffice keep them when they save a file, and show them under File ›
 * Properties › Custom.
 *
 * <ul>
 *   <li>{@code pressroom:timestamp}: the exact timestamp, {@link Timestamp#toString()} (the page
 *       shows it in words);
 *   <li>{@code pressroom:breadcrumb}: the breadcrumb's segments as a JSON array of strings, {@code
 *       ["HOME","News & Events"]};
 *   <li>{@code pressroom:actions}: the footer actions as a JSON array of objects, {@code
 *       [{"label":"Print"},{"label":"More","target":"https://example.org/"}]}.
 * </ul>
 *
 * <p>Each is a {@code vt:lpwstr} and appears only when the release has that field. A property that
 * cannot be read (not JSON of that shape, not an ISO timestamp) counts as absent.
 *
 * @param timestamp the exact timestamp, or {@code null}
 * @param breadcrumb the segments, or {@code null} when the property is absent
 * @param actions the footer actions, or {@code null} when the property is absent
 */
record CustomProperties(Timestamp timestamp, List<String> breadcrumb, List<Action> actions) {

  /** A footer action as the property holds it; {@code target} is {@code null} without one. */
  record Action(String label, String target) {
    FooterAction toModel() {
      return new FooterAction(label, LinkTargets.allowedOrNull(target));
    }
  }

  static final CustomProperties NONE = new CustomProperties(null, null, null);

  static final String PART = "docProps/custom.xml";
  static final String TIMESTAMP = "pressroom:timestamp";
  static final String BREADCRUMB = "pressroom:breadcrumb";
  static final String ACTIONS = "pressroom:actions";

  private static final String FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
  private static final JsonFactory JSON = new JsonFactory();

  /** The part for {@code release}. */
  static String xml(PressRelease release) {
    StringBuilder out = new StringBuilder(512);
    out.append(Parts.XML_DECLARATION)
        .append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/")
        .append("custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/")
        .append("2006/docPropsVTypes\">");
    int pid = 2; // 0 and 1 are reserved
    if (release.timestamp() != null) {
      property(out, pid++, TIMESTAMP, release.timestamp().toString());
    }
    if (!release.breadcrumb().isEmpty()) {
      property(out, pid++, BREADCRUMB, json(release.breadcrumb(), null));
    }
    if (!release.footerActions().isEmpty()) {
      property(out, pid, ACTIONS, json(null, release.footerActions()));
    }
    return out.append("</Properties>").toString();
  }

  private static void property(StringBuilder out, int pid, String name, String value) {
    out.append("<property fmtid=\"")
        .append(FMTID)
        .append("\" pid=\"")
        .append(pid)
        .append("\" name=\"")
        .append(name)
        .append("\"><vt:lpwstr>");
    WordXml.text(out, value).append("</vt:lpwstr></property>");
  }

  private static String json(List<String> segments, List<FooterAction> actions) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartArray();
      if (segments != null) {
        for (String segment : segments) {
          json.writeString(segment);
        }
      } else {
        for (FooterAction action : actions) {
          json.writeStartObject();
          json.writeStringField("label", action.label());
          if (action.target() != null) {
            json.writeStringField("target", action.target().toString());
          }
          json.writeEndObject();
        }
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** The properties a {@code custom.xml} part holds. */
  static CustomProperties read(String name, byte[] xml, int maxDepth) throws ParseException {
    return Xml.read(
        name,
        xml,
        maxDepth,
        r -> {
          Timestamp timestamp = null;
          List<String> breadcrumb = null;
          List<Action> actions = null;
          String property = null;
          int event;
          while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
            if (event != XMLStreamConstants.START_ELEMENT) {
              continue;
            }
            if (r.local().equals("property")) {
              property = r.attr("name");
            } else if (r.local().equals("lpwstr") && property != null) {
              String value = r.text();
              switch (property) {
                case TIMESTAMP -> timestamp = timestamp(value);
                case BREADCRUMB -> breadcrumb = strings(value);
                case ACTIONS -> actions = actions(value);
                default -> {
                  // another application's property
                }
              }
              property = null;
            }
          }
          return new CustomProperties(timestamp, breadcrumb, actions);
        });
  }

  private static Timestamp timestamp(String value) {
    try {
      return Timestamp.parse(value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<String> strings(String value) {
    try (JsonParser json = JSON.createParser(value)) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> out = new ArrayList<>();
      for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
        if (t != JsonToken.VALUE_STRING) {
          return null;
        }
        out.add(json.getText());
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static List<Action> actions(String value) {
    try (JsonParser json = JSON.createParser(value)) {
      if (json.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      List<Action> out = new ArrayList<>();
      for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          return null;
        }
        String label = null;
        String target = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
          String field = json.currentName();
          if (json.nextToken() != JsonToken.VALUE_STRING) {
            return null;
          }
          if (field.equals("label")) {
            label = json.getText();
          } else if (field.equals("target")) {
            target = json.getText();
          }
        }
        if (label == null) {
          return null;
        }
        out.add(new Action(label, target));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
