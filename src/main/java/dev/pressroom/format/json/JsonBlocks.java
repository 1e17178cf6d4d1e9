package dev.pressroom.format.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.spi.ParseContext;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of blocks, inline content and contacts (DESIGN.md, "The model, version 2"), both
 * ways. A block is a string (a plain paragraph) or an object with one kind key; inline content is a
 * string or an array of strings and {@code em}, {@code strong} and {@code link} objects.
 */
final class JsonBlocks {
  private static final Set<String> PARAGRAPH_KEYS = Set.of("paragraph");
  private static final Set<String> HEADING_KEYS = Set.of("heading", "level");
  private static final Set<String> LIST_KEYS = Set.of("list", "ordered");
  private static final Set<String> ITEM_KEYS = Set.of("item", "list", "ordered");
  private static final Set<String> QUOTE_KEYS = Set.of("quote", "attribution");
  private static final Set<String> EM_KEYS = Set.of("em");
  private static final Set<String> STRONG_KEYS = Set.of("strong");
  private static final Set<String> LINK_KEYS = Set.of("link", "href");
  static final Set<String> CONTACT_KEYS =
      Set.of("name", "role", "organization", "email", "phone", "url");

  private JsonBlocks() {}

  // Writing

  static void writeBlocks(JsonGenerator json, String name, List<Block> blocks) throws IOException {
    json.writeArrayFieldStart(name);
    for (Block block : blocks) {
      writeBlock(json, block);
    }
    json.writeEndArray();
  }

  private static void writeBlock(JsonGenerator json, Block block) throws IOException {
    if (block instanceof Block.Paragraph p) {
      if (isOneText(p.content())) {
        json.writeString(p.plainText());
      } else {
        json.writeStartObject();
        json.writeFieldName("paragraph");
        writeInline(json, p.content());
        json.writeEndObject();
      }
    } else if (block instanceof Block.Heading h) {
      json.writeStartObject();
      json.writeFieldName("heading");
      writeInline(json, h.content());
      json.writeNumberField("level", h.level());
      json.writeEndObject();
    } else if (block instanceof Block.ItemList list) {
      writeList(json, list);
    } else if (block instanceof Block.Quote quote) {
      json.writeStartObject();
      json.writeArrayFieldStart("quote");
      for (Block.Paragraph p : quote.paragraphs()) {
        writeInline(json, p.content());
      }
      json.writeEndArray();
      if (quote.attribution() != null) {
        json.writeStringField("attribution", quote.attribution());
      }
      json.writeEndObject();
    }
  }

  private static void writeList(JsonGenerator json, Block.ItemList list) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("list");
    for (ListItem item : list.items()) {
      if (item.sublist() == null) {
        writeInline(json, item.content());
      } else {
        json.writeStartObject();
        json.writeFieldName("item");
        writeInline(json, item.content());
        json.writeArrayFieldStart("list");
        for (ListItem nested : item.sublist().items()) {
          writeInline(json, nested.content());
        }
        json.writeEndArray();
        json.writeBooleanField("ordered", item.sublist().ordered());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    json.writeBooleanField("ordered", list.ordered());
    json.writeEndObject();
  }

  private static boolean isOneText(List<Inline> content) {
    return content.size() == 1 && content.get(0) instanceof Inline.Text;
  }

  private static void writeInline(JsonGenerator json, List<Inline> content) throws IOException {
    if (isOneText(content)) {
      json.writeString(((Inline.Text) content.get(0)).value());
      return;
    }
    json.writeStartArray();
    for (Inline piece : content) {
      if (piece instanceof Inline.Text t) {
        json.writeString(t.value());
      } else if (piece instanceof Inline.Emphasis e) {
        json.writeStartObject();
        json.writeFieldName("em");
        writeInline(json, e.content());
        json.writeEndObject();
      } else if (piece instanceof Inline.Strong s) {
        json.writeStartObject();
        json.writeFieldName("strong");
        writeInline(json, s.content());
        json.writeEndObject();
      } else if (piece instanceof Inline.Link l) {
        json.writeStartObject();
        json.writeFieldName("link");
        writeInline(json, l.content());
        json.writeStringField("href", l.target().toString());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  static void writeContacts(JsonGenerator json, List<Contact> contacts) throws IOException {
    json.writeArrayFieldStart("contacts");
    for (Contact c : contacts) {
      json.writeStartObject();
      writeOptional(json, "name", c.name());
      writeOptional(json, "role", c.role());
      writeOptional(json, "organization", c.organization());
      writeOptional(json, "email", c.email());
      writeOptional(json, "phone", c.phone());
      writeOptional(json, "url", c.url() == null ? null : c.url().toString());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeOptional(JsonGenerator json, String name, String value)
      throws IOException {
    if (value != null) {
      json.writeStringField(name, value);
    }
  }

  // Reading

  static List<Block> readBlocks(JsonNode node, String path, ParseContext context)
      throws ParseException {
    JsonNodes.array(node, path);
    if (node.size() > context.limits().maxParagraphs()) {
      throw new LimitExceededException(
          path,
          node.size()
              + " blocks exceed the limit of "
              + context.limits().maxParagraphs()
              + " (raise Limits.maxParagraphs)");
    }
    List<Block> blocks = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      blocks.add(readBlock(node.get(i), path + "[" + i + "]", context));
    }
    return blocks;
  }

  private static Block readBlock(JsonNode node, String path, ParseContext context)
      throws ParseException {
    if (node.isTextual()) {
      return Block.Paragraph.of(JsonNodes.line(node, path, context));
    }
    if (!node.isObject()) {
      throw new ParseException(
          path, "expected a string or an object, found " + JsonNodes.kind(node));
    }
    try {
      if (node.has("paragraph")) {
        JsonNodes.checkKeys(node, PARAGRAPH_KEYS, path);
        return new Block.Paragraph(inline(node.get("paragraph"), path + ".paragraph", context));
      }
      if (node.has("heading")) {
        JsonNodes.checkKeys(node, HEADING_KEYS, path);
        JsonNode level = node.get("level");
        if (level == null || !level.isInt()) {
          throw new ParseException(
              path + ".level", "expected the heading level 2, 3 or 4 as a number");
        }
        return new Block.Heading(
            level.intValue(), inline(node.get("heading"), path + ".heading", context));
      }
      if (node.has("list")) {
        JsonNodes.checkKeys(node, LIST_KEYS, path);
        return list(node, path, true, context);
      }
      if (node.has("quote")) {
        JsonNodes.checkKeys(node, QUOTE_KEYS, path);
        JsonNode paragraphs = JsonNodes.array(node.get("quote"), path + ".quote");
        List<Block.Paragraph> list = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
          String at = path + ".quote[" + i + "]";
          list.add(paragraph(inline(paragraphs.get(i), at, context), at));
        }
        JsonNode attribution = node.get("attribution");
        return new Block.Quote(
            list,
            attribution == null
                ? null
                : JsonNodes.line(attribution, path + ".attribution", context));
      }
    } catch (IllegalArgumentException e) {
      throw new ParseException(path, e.getMessage());
    }
    throw new ParseException(
        path, "expected one of the keys \"paragraph\", \"heading\", \"list\" and \"quote\"");
  }

  private static Block.Paragraph paragraph(List<Inline> content, String path)
      throws ParseException {
    try {
      return new Block.Paragraph(content);
    } catch (IllegalArgumentException e) {
      throw new ParseException(path, e.getMessage());
    }
  }

  private static Block.ItemList list(
      JsonNode node, String path, boolean mayNest, ParseContext context) throws ParseException {
    JsonNode items = JsonNodes.array(node.get("list"), path + ".list");
    JsonNode ordered = node.get("ordered");
    if (ordered != null && !ordered.isBoolean()) {
      throw new ParseException(
          path + ".ordered", "expected true or false, found " + JsonNodes.kind(ordered));
    }
    List<ListItem> list = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String at = path + ".list[" + i + "]";
      JsonNode item = items.get(i);
      try {
        if (item.isObject()) {
          if (!mayNest) {
            throw new ParseException(
                at, "a nested list's item holds a list; one level of nesting is allowed");
          }
          JsonNodes.checkKeys(item, ITEM_KEYS, at);
          JsonNode text = item.get("item");
          if (text == null) {
            throw new ParseException(at, "missing required key \"item\"");
          }
          Block.ItemList sublist = item.has("list") ? list(item, at, false, context) : null;
          list.add(new ListItem(inline(text, at + ".item", context), sublist));
        } else {
          list.add(new ListItem(inline(item, at, context), null));
        }
      } catch (IllegalArgumentException e) {
        throw new ParseException(at, e.getMessage());
      }
    }
    try {
      return new Block.ItemList(ordered != null && ordered.booleanValue(), list);
    } catch (IllegalArgumentException e) {
      throw new ParseException(path, e.getMessage());
    }
  }

  private static List<Inline> inline(JsonNode node, String path, ParseContext context)
      throws ParseException {
    if (node == null) {
      throw new ParseException(path, "missing inline content");
    }
    if (node.isTextual()) {
      return Inline.text(JsonNodes.text(node, path, context));
    }
    JsonNodes.array(node, path);
    List<Inline> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode piece = node.get(i);
      String at = path + "[" + i + "]";
      if (piece.isTextual()) {
        out.add(new Inline.Text(JsonNodes.text(piece, at, context)));
      } else if (piece.isObject() && piece.has("em")) {
        JsonNodes.checkKeys(piece, EM_KEYS, at);
        out.add(new Inline.Emphasis(inline(piece.get("em"), at + ".em", context)));
      } else if (piece.isObject() && piece.has("strong")) {
        JsonNodes.checkKeys(piece, STRONG_KEYS, at);
        out.add(new Inline.Strong(inline(piece.get("strong"), at + ".strong", context)));
      } else if (piece.isObject() && piece.has("link")) {
        JsonNodes.checkKeys(piece, LINK_KEYS, at);
        JsonNode href = piece.get("href");
        if (href == null) {
          throw new ParseException(at, "missing required key \"href\"");
        }
        URI target = JsonNodes.target(href, at + ".href");
        out.add(new Inline.Link(inline(piece.get("link"), at + ".link", context), target));
      } else {
        throw new ParseException(
            at,
            "expected a string or an object with \"em\", \"strong\" or \"link\", found "
                + JsonNodes.kind(piece));
      }
    }
    return out;
  }

  static List<Contact> readContacts(JsonNode node, String path, ParseContext context)
      throws ParseException {
    JsonNodes.array(node, path);
    List<Contact> contacts = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode c = node.get(i);
      if (!c.isObject()) {
        throw new ParseException(at, "expected an object, found " + JsonNodes.kind(c));
      }
      JsonNodes.checkKeys(c, CONTACT_KEYS, at);
      URI url = c.has("url") ? JsonNodes.target(c.get("url"), at + ".url") : null;
      try {
        contacts.add(
            new Contact(
                optional(c, "name", at, context),
                optional(c, "role", at, context),
                optional(c, "organization", at, context),
                optional(c, "email", at, context),
                optional(c, "phone", at, context),
                url));
      } catch (IllegalArgumentException e) {
        throw new ParseException(at, e.getMessage());
      }
    }
    return contacts;
  }

  private static String optional(JsonNode object, String key, String path, ParseContext context)
      throws ParseException {
    JsonNode value = object.get(key);
    return value == null ? null : JsonNodes.line(value, path + "." + key, context);
  }
}
