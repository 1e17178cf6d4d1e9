package dev.pressroom.format.html;

import dev.pressroom.model.Contact;
import dev.pressroom.model.PressRelease;
import java.util.List;

/**
 * Writes the schema.org {@code NewsArticle} block of a rendered page. Strings are escaped so that
 * nothing in them can end the {@code <script>} element or be read as markup: {@code <}, {@code >}
 * and {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}.
 */
final class JsonLdWriter {
  private JsonLdWriter() {}

  /**
   * The JSON-LD text: headline, datePublished (the {@code datetime} form), inLanguage, articleBody
   * (paragraphs joined by blank lines) and the breadcrumb as a {@code BreadcrumbList} of the page
   * the article is the main entity of.
   */
  static String newsArticle(PressRelease release, String datePublished) {
    StringBuilder json = new StringBuilder(256);
    json.append("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"NewsArticle\",\n");
    json.append("  \"headline\": ").append(string(release.title()));
    if (release.subtitle() != null) {
      json.append(",\n  \"alternativeHeadline\": ").append(string(release.subtitle()));
    }
    if (datePublished != null) {
      json.append(",\n  \"datePublished\": ").append(string(datePublished));
    }
    if (release.language() != null) {
      json.append(",\n  \"inLanguage\": ").append(string(release.language()));
    }
    if (!release.paragraphs().isEmpty()) {
      json.append(",\n  \"articleBody\": ")
          .append(string(String.join("\n\n", release.paragraphs())));
    }
    if (!release.contacts().isEmpty()) {
      json.append(",\n  \"publisher\": [");
      for (int i = 0; i < release.contacts().size(); i++) {
        Contact c = release.contacts().get(i);
        json.append(i == 0 ? "\n" : ",\n").append("    {\"@type\": \"Organization\"");
        field(json, "name", c.organization());
        json.append(", \"contactPoint\": {\"@type\": \"ContactPoint\"");
        field(json, "name", c.name());
        field(json, "contactType", c.role());
        field(json, "email", c.email());
        field(json, "telephone", c.phone());
        field(json, "url", c.url() == null ? null : c.url().toString());
        json.append("}}");
      }
      json.append("\n  ]");
    }
    List<String> breadcrumb = release.breadcrumb();
    if (!breadcrumb.isEmpty()) {
      json.append(",\n  \"mainEntityOfPage\": {\n    \"@type\": \"WebPage\",\n");
      json.append("    \"breadcrumb\": {\n      \"@type\": \"BreadcrumbList\",\n");
      json.append("      \"itemListElement\": [");
      for (int i = 0; i < breadcrumb.size(); i++) {
        json.append(i == 0 ? "\n" : ",\n");
        json.append("        {\"@type\": \"ListItem\", \"position\": ").append(i + 1);
        json.append(", \"name\": ").append(string(breadcrumb.get(i))).append('}');
      }
      json.append("\n      ]\n    }\n  }");
    }
    json.append("\n}\n");
    return json.toString();
  }

  private static void field(StringBuilder json, String name, String value) {
    if (value != null) {
      json.append(", \"").append(name).append("\": ").append(string(value));
    }
  }

  /** A JSON string literal that is also safe inside an HTML {@code <script>} element. */
  static String string(String s) {
    int first = 0;
    while (first < s.length() && isPlain(s.charAt(first))) {
      first++;
    }
    StringBuilder out = new StringBuilder(s.length() + 16).append('"').append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
        default -> {
          if (c < 0x20 || c == 0x7F) {
            unicode(out, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isPlain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c < 0x7F
        || c > 0x9F && c != '\u2028' && c != '\u2029';
  }

  private static void unicode(StringBuilder out, char c) {
    String hex = Integer.toHexString(c);
    out.append("\\u").append("0000", hex.length(), 4).append(hex);
  }
}
