package dev.pressroom.format.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the JSON form of DESIGN.md strictly: unknown or duplicate keys, wrong types and invalid
 * values are a {@link ParseException} naming the JSON path ({@code $.body[3].list[2]}); syntax
 * errors name the line and column. A version-1 document, whose body is {@code paragraphs}, is read
 * too.
 */
public final class JsonParser implements ReleaseParser {
  private static final Set<String> KEYS =
      Set.of(
          "breadcrumb",
          "title",
          "subtitle",
          "timestamp",
          "language",
          "body",
          "paragraphs",
          "contacts",
          "boilerplate",
          "footerActions");
  private static final Set<String> ACTION_KEYS = Set.of("label", "target");

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public JsonParser() {}

  @Override
  public String format() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  @Override
  public int sniff(byte[] head) {
    for (byte b : head) {
      if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        continue;
      }
      return b == '{' ? 60 : 0;
    }
    return 0;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    String text = Inputs.decodeText(Inputs.readAll(in, context));
    try {
      return parse(text, context);
    } catch (LinkageError e) {
      throw Inputs.missingLibrary("JSON", e);
    }
  }

  /**
   * The mapper made for the read constraints last asked for: making one builds its deserializers
   * anew, which costs more than reading a release. One at a time is kept, so that any number of
   * different limits costs no memory.
   */
  private static final AtomicReference<Mapper> LAST = new AtomicReference<>();

  private record Mapper(int maxDepth, int maxStringLength, ObjectMapper mapper) {}

  private static ObjectMapper mapper(ParseContext context) {
    int maxDepth = context.limits().maxDepth();
    int maxStringLength = context.limits().maxParagraphChars() * 2 + 16;
    Mapper last = LAST.get();
    if (last != null && last.maxDepth() == maxDepth && last.maxStringLength() == maxStringLength) {
      return last.mapper();
    }
    ObjectMapper mapper =
        JsonMapper.builder(
                JsonRenderer.Shared.FACTORY
                    .rebuild()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(maxDepth)
                            .maxStringLength(maxStringLength)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();
    LAST.set(new Mapper(maxDepth, maxStringLength, mapper));
    return mapper;
  }

  private static PressRelease parse(String text, ParseContext context) throws ParseException {
    ObjectMapper mapper = mapper(context);
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (StreamConstraintsException e) {
      throw constraint(e, context);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String location =
          where == null ? null : ParseException.position(where.getLineNr(), where.getColumnNr());
      throw new ParseException(location, "invalid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new ParseException(null, "empty input: no JSON object");
    }
    return read(root, context);
  }

  /**
   * A read constraint Jackson stopped at, in our words: its message names its own settings ({@code
   * StreamReadConstraints}), and only some of them are Pressroom limits a caller can raise.
   */
  private static ParseException constraint(StreamConstraintsException e, ParseContext context) {
    JsonLocation where = e.getLocation();
    String location =
        where == null || where.getLineNr() < 1
            ? null
            : ParseException.position(where.getLineNr(), where.getColumnNr());
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Number value length")) {
      return new ParseException(
          location,
          "a number of more than "
              + StreamReadConstraints.DEFAULT_MAX_NUM_LEN
              + " digits; no field of a release is a number",
          e);
    }
    if (message.startsWith("String value length")) {
      return new LimitExceededException(
          location,
          "a string of more than "
              + (context.limits().maxParagraphChars() * 2L + 16)
              + " characters, far beyond the limit of "
              + context.limits().maxParagraphChars()
              + " (raise Limits.maxParagraphChars to read it)",
          e);
    }
    if (message.startsWith("Document nesting depth") || message.contains("nesting depth")) {
      return new LimitExceededException(
          location,
          "arrays and objects are nested deeper than the limit of "
              + context.limits().maxDepth()
              + " (raise Limits.maxDepth to read it)",
          e);
    }
    if (message.startsWith("Name length")) {
      return new ParseException(
          location,
          "a key longer than "
              + StreamReadConstraints.DEFAULT_MAX_NAME_LEN
              + " characters; a release has no such key",
          e);
    }
    return new ParseException(location, "the JSON is too large to read", e);
  }

  private static PressRelease read(JsonNode root, ParseContext context) throws ParseException {
    if (!root.isObject()) {
      throw new ParseException("$", "expected an object, found " + kind(root));
    }
    checkKeys(root, KEYS, "$");
    PressRelease.Builder builder = PressRelease.builder();
    builder.breadcrumb(lines(root, "breadcrumb", false, context));
    JsonNode title = root.get("title");
    if (title == null) {
      throw new ParseException("$", "missing required key \"title\"");
    }
    builder.title(line(title, "$.title", context));
    JsonNode subtitle = root.get("subtitle");
    if (subtitle != null) {
      builder.subtitle(line(subtitle, "$.subtitle", context));
    }
    JsonNode timestamp = root.get("timestamp");
    if (timestamp != null) {
      String value = string(timestamp, "$.timestamp");
      try {
        builder.timestamp(Timestamp.parse(value));
      } catch (IllegalArgumentException e) {
        throw new ParseException("$.timestamp", e.getMessage());
      }
    }
    JsonNode language = root.get("language");
    if (language != null) {
      String tag = string(language, "$.language");
      if (!Text.isLanguageTag(tag)) {
        throw new ParseException("$.language", "not a BCP-47 language tag: \"" + tag + "\"");
      }
      builder.language(tag);
    }
    if (root.has("paragraphs")) {
      if (root.has("body")) {
        throw new ParseException(
            "$.paragraphs", "both \"body\" and its version-1 name \"paragraphs\"; keep one");
      }
      builder.paragraphs(lines(root, "paragraphs", true, context));
    }
    if (root.has("body")) {
      builder.body(JsonBlocks.readBlocks(root.get("body"), "$.body", context));
    }
    if (root.has("contacts")) {
      builder.contacts(JsonBlocks.readContacts(root.get("contacts"), "$.contacts", context));
    }
    if (root.has("boilerplate")) {
      builder.boilerplate(JsonBlocks.readBlocks(root.get("boilerplate"), "$.boilerplate", context));
    }
    JsonNode actions = root.get("footerActions");
    if (actions != null) {
      if (!actions.isArray()) {
        throw new ParseException("$.footerActions", "expected an array, found " + kind(actions));
      }
      List<FooterAction> list = new ArrayList<>();
      for (int i = 0; i < actions.size(); i++) {
        list.add(action(actions.get(i), "$.footerActions[" + i + "]", context));
      }
      builder.footerActions(list);
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new ParseException("$", e.getMessage());
    }
  }

  private static FooterAction action(JsonNode node, String path, ParseContext context)
      throws ParseException {
    if (!node.isObject()) {
      throw new ParseException(path, "expected an object, found " + kind(node));
    }
    checkKeys(node, ACTION_KEYS, path);
    JsonNode label = node.get("label");
    if (label == null) {
      throw new ParseException(path, "missing required key \"label\"");
    }
    URI target = null;
    JsonNode targetNode = node.get("target");
    if (targetNode != null) {
      String value = string(targetNode, path + ".target");
      try {
        target = LinkTargets.parse(value);
      } catch (IllegalArgumentException e) {
        throw new ParseException(path + ".target", e.getMessage());
      }
    }
    try {
      return new FooterAction(line(label, path + ".label", context), target);
    } catch (IllegalArgumentException e) {
      throw new ParseException(path, e.getMessage());
    }
  }

  private static List<String> lines(
      JsonNode root, String key, boolean paragraphs, ParseContext context) throws ParseException {
    JsonNode node = root.get(key);
    if (node == null) {
      return List.of();
    }
    String path = "$." + key;
    if (!node.isArray()) {
      throw new ParseException(path, "expected an array, found " + kind(node));
    }
    if (paragraphs && node.size() > context.limits().maxParagraphs()) {
      throw new LimitExceededException(
          path,
          node.size()
              + " paragraphs exceed the limit of "
              + context.limits().maxParagraphs()
              + " (raise Limits.maxParagraphs)");
    }
    List<String> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(line(node.get(i), path + "[" + i + "]", context));
    }
    return out;
  }

  private static String line(JsonNode node, String path, ParseContext context)
      throws ParseException {
    return JsonNodes.line(node, path, context);
  }

  private static String string(JsonNode node, String path) throws ParseException {
    return JsonNodes.string(node, path);
  }

  private static void checkKeys(JsonNode object, Set<String> allowed, String path)
      throws ParseException {
    JsonNodes.checkKeys(object, allowed, path);
  }

  private static String kind(JsonNode node) {
    return JsonNodes.kind(node);
  }
}
