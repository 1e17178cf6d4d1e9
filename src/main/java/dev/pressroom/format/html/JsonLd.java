package dev.pressroom.format.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page's schema.org JSON-LD blocks say about the article: headline, datePublished,
 * inLanguage, articleBody and a {@code BreadcrumbList}. Objects are found anywhere in a block
 * ({@code @graph}, arrays, nested values); the article is the first object whose {@code @type} ends
 * in {@code Article} (or is {@code BlogPosting}, {@code Report}). Blocks that are not valid JSON
 * are skipped: real pages have them. The small reader here is lenient about trailing commas and raw
 * line breaks inside strings, and gives up beyond 64 levels of nesting.
 */
final class JsonLd {
  String headline;
  String datePublished;
  String inLanguage;
  String articleBody;
  List<String> breadcrumb = List.of();

  /** Reads the given blocks' text. */
  static JsonLd read(List<String> blocks) {
    JsonLd ld = new JsonLd();
    List<Map<String, Object>> objects = new ArrayList<>();
    for (String block : blocks) {
      try {
        collect(new Reader(block).document(), objects);
      } catch (IllegalStateException e) {
        // not JSON: ignore this block, as browsers and search engines do
      }
    }
    Map<String, Object> article = null;
    for (Map<String, Object> o : objects) {
      if (isArticle(o)) {
        article = o;
        break;
      }
    }
    if (article != null) {
      ld.headline = string(article.get("headline"));
      if (ld.headline == null) {
        ld.headline = string(article.get("name"));
      }
      ld.datePublished = string(article.get("datePublished"));
      ld.inLanguage = string(article.get("inLanguage"));
      ld.articleBody = string(article.get("articleBody"));
    }
    for (Map<String, Object> o : objects) {
      if (ld.datePublished == null && string(o.get("datePublished")) != null) {
        ld.datePublished = string(o.get("datePublished"));
      }
      if (ld.breadcrumb.isEmpty() && hasType(o, "BreadcrumbList")) {
        ld.breadcrumb = breadcrumb(o);
      }
    }
    return ld;
  }

  private static List<String> breadcrumb(Map<String, Object> list) {
    if (!(list.get("itemListElement") instanceof List<?> items)) {
      return List.of();
    }
    List<Map<?, ?>> sorted = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Map<?, ?> m) {
        sorted.add(m);
      }
    }
    sorted.sort(
        (a, b) -> Double.compare(number(a.get("position"), 0), number(b.get("position"), 0)));
    List<String> names = new ArrayList<>();
    for (Map<?, ?> item : sorted) {
      String name = string(item.get("name"));
      if (name == null && item.get("item") instanceof Map<?, ?> thing) {
        name = string(thing.get("name"));
      }
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  private static double number(Object o, double otherwise) {
    if (o instanceof Double d) {
      return d;
    }
    if (o instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return otherwise;
      }
    }
    return otherwise;
  }

  private static boolean isArticle(Map<String, Object> o) {
    for (String type : types(o)) {
      if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(Map<String, Object> o, String type) {
    return types(o).contains(type);
  }

  private static List<String> types(Map<String, Object> o) {
    Object type = o.get("@type");
    List<String> out = new ArrayList<>();
    if (type instanceof String s) {
      out.add(strip(s));
    } else if (type instanceof List<?> list) {
      for (Object t : list) {
        if (t instanceof String s) {
          out.add(strip(s));
        }
      }
    }
    return out;
  }

  /** {@code schema:NewsArticle} and {@code https://schema.org/NewsArticle} name the same type. */
  private static String strip(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return type.substring(cut + 1);
  }

  private static String string(Object o) {
    if (o instanceof String s) {
      return s;
    }
    if (o instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String s) {
      return s;
    }
    if (o instanceof Map<?, ?> m && m.get("name") instanceof String s) {
      return s; // inLanguage as a Language object
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static void collect(Object node, List<Map<String, Object>> out) {
    if (node instanceof Map<?, ?> map) {
      out.add((Map<String, Object>) map);
      for (Object value : map.values()) {
        collect(value, out);
      }
    } else if (node instanceof List<?> list) {
      for (Object value : list) {
        collect(value, out);
      }
    }
  }

  /** A lenient JSON reader: objects become ordered maps, numbers doubles. */
  private static final class Reader {
    private final String s;
    private int i;
    private int depth;

    Reader(String s) {
      this.s = s;
    }

    Object document() {
      Object value = value();
      skipSpace();
      if (i < s.length() && s.charAt(i) != ';') {
        throw new IllegalStateException("trailing text");
      }
      return value;
    }

    private Object value() {
      skipSpace();
      if (i >= s.length()) {
        throw new IllegalStateException("end of input");
      }
      char c = s.charAt(i);
      return switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        default -> literal();
      };
    }

    private Map<String, Object> object() {
      enter();
      i++;
      Map<String, Object> map = new LinkedHashMap<>();
      while (true) {
        skipSpace();
        if (peek() == '}') {
          i++;
          break;
        }
        if (peek() != '"') {
          throw new IllegalStateException("expected a key");
        }
        String key = string();
        skipSpace();
        expect(':');
        map.putIfAbsent(key, value());
        skipSpace();
        if (peek() == ',') {
          i++;
        } else if (peek() == '}') {
          i++;
          break;
        } else {
          throw new IllegalStateException("expected , or }");
        }
      }
      depth--;
      return map;
    }

    private List<Object> array() {
      enter();
      i++;
      List<Object> list = new ArrayList<>();
      while (true) {
        skipSpace();
        if (peek() == ']') {
          i++;
          break;
        }
        list.add(value());
        skipSpace();
        if (peek() == ',') {
          i++;
        } else if (peek() == ']') {
          i++;
          break;
        } else {
          throw new IllegalStateException("expected , or ]");
        }
      }
      depth--;
      return list;
    }

    private void enter() {
      if (++depth > 64) {
        throw new IllegalStateException("nested too deeply");
      }
    }

    private String string() {
      i++;
      StringBuilder out = new StringBuilder();
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (i >= s.length()) {
          break;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (i + 4 > s.length()) {
              throw new IllegalStateException("bad escape");
            }
            try {
              out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            } catch (NumberFormatException x) {
              throw new IllegalStateException("bad escape");
            }
            i += 4;
          }
          default -> out.append(e);
        }
      }
      throw new IllegalStateException("unterminated string");
    }

    private Object literal() {
      int start = i;
      while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      switch (word) {
        case "true":
          return Boolean.TRUE;
        case "false":
          return Boolean.FALSE;
        case "null":
          return null;
        default:
          try {
            return Double.parseDouble(word);
          } catch (NumberFormatException e) {
            throw new IllegalStateException("bad literal");
          }
      }
    }

    private void skipSpace() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private char peek() {
      if (i >= s.length()) {
        throw new IllegalStateException("end of input");
      }
      return s.charAt(i);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw new IllegalStateException("expected " + c);
      }
      i++;
    }
  }
}
