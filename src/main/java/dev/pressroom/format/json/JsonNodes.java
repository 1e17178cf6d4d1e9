package dev.pressroom.format.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.spi.ParseContext;
import java.net.URI;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checked reads of JSON values, each failure a {@link ParseException} naming the JSON path. */
final class JsonNodes {
  private JsonNodes() {}

  static JsonNode array(JsonNode node, String path) throws ParseException {
    if (node == null) {
      throw new ParseException(path, "missing array");
    }
    if (!node.isArray()) {
      throw new ParseException(path, "expected an array, found " + kind(node));
    }
    return node;
  }

  /** One line of a release: a string within the length limit that the model accepts as text. */
  static String line(JsonNode node, String path, ParseContext context) throws ParseException {
    String value = bounded(node, path, context);
    String problem = Text.problem(value);
    if (problem != null) {
      throw new ParseException(path, "text " + problem);
    }
    return value;
  }

  /** A piece of inline text: like a line, but it may be empty or begin or end with spaces. */
  static String text(JsonNode node, String path, ParseContext context) throws ParseException {
    String value = bounded(node, path, context);
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (Text.isForbidden(cp)) {
        throw new ParseException(
            path, String.format(Locale.ROOT, "text has the forbidden character U+%04X", cp));
      }
      i += Character.charCount(cp);
    }
    return value;
  }

  private static String bounded(JsonNode node, String path, ParseContext context)
      throws ParseException {
    String value = string(node, path);
    if (value.length() > context.limits().maxParagraphChars()) {
      throw new LimitExceededException(
          path,
          "text of "
              + value.length()
              + " chars exceeds the limit of "
              + context.limits().maxParagraphChars()
              + " (raise Limits.maxParagraphChars)");
    }
    return value;
  }

  static String string(JsonNode node, String path) throws ParseException {
    if (!node.isTextual()) {
      throw new ParseException(path, "expected a string, found " + kind(node));
    }
    return node.textValue();
  }

  static URI target(JsonNode node, String path) throws ParseException {
    String value = string(node, path);
    try {
      return LinkTargets.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ParseException(path, e.getMessage());
    }
  }

  static void checkKeys(JsonNode object, Set<String> allowed, String path) throws ParseException {
    Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
    while (fields.hasNext()) {
      String name = fields.next().getKey();
      if (!allowed.contains(name)) {
        throw new ParseException(path + "." + name, "unknown key \"" + name + "\"");
      }
    }
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
    };
  }
}
