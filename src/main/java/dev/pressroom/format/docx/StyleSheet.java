package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * What {@code styles.xml} says about each style: its name (style ids are localised by Word, names
 * of built-in styles are not), outline level, and the bold and size it gives text, following {@code
 * basedOn} chains and the document defaults.
 */
final class StyleSheet {
  /** Roles a paragraph style may give a paragraph. */
  enum Role {
    TITLE,
    HEADING,
    BREADCRUMB,
    TIMESTAMP,
    DATE,
    BODY,
    ACTION,
    /** Pressroom's own: the "More at" line of footer action links, not part of the release. */
    MORE_AT,
    /** A byline ({@code Author}, as pandoc writes it): not part of the body. */
    BYLINE,
    SUBTITLE,
    /** {@code heading 2} to {@code heading 4}: a heading inside the release. */
    SECTION,
    LIST_BULLET,
    LIST_BULLET_2,
    LIST_NUMBER,
    LIST_NUMBER_2,
    QUOTE,
    /** Pressroom's own: a quote's attribution. */
    ATTRIBUTION,
    /** Pressroom's own: the heading over the media contacts. */
    CONTACTS_HEADING,
    /** Pressroom's own: one media contact. */
    CONTACT,
    /** Pressroom's own: the heading over the boilerplate. */
    ABOUT_HEADING,
    /** Pressroom's own: a paragraph of the boilerplate. */
    BOILERPLATE,
    /** Pressroom's own printed furniture (notice line, end mark): not part of the release. */
    FURNITURE,
    OTHER
  }

  private static final class Style {
    String name;
    String basedOn;
    Boolean bold;
    Boolean italic;
    int size; // half-points, 0 = not set
    int outline = -1;
  }

  private final Map<String, Style> styles = new HashMap<>();
  private String defaultParagraph;
  private boolean defaultBold;
  private int defaultSize = 22; // Word's 11 pt when nothing says otherwise
  private String language;

  static final StyleSheet EMPTY = new StyleSheet();

  private StyleSheet() {}

  static StyleSheet read(String name, byte[] xml, int maxDepth) throws ParseException {
    return Xml.read(name, xml, maxDepth, StyleSheet::read);
  }

  private static StyleSheet read(Xml.Reader r) throws XMLStreamException, ParseException {
    StyleSheet sheet = new StyleSheet();
    Style current = null;
    boolean defaults = false;
    int event;
    while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (r.isW() && r.local().equals("style")) {
          current = null;
        } else if (r.isW() && r.local().equals("rPrDefault")) {
          defaults = false;
        }
        continue;
      }
      if (!r.isW()) {
        continue;
      }
      switch (r.local()) {
        case "rPrDefault" -> defaults = true;
        case "style" -> {
          current = new Style();
          String id = r.attr("styleId");
          if (id != null) {
            sheet.styles.put(id, current);
            if ("paragraph".equals(r.attr("type")) && isOn(r.attr("default"))) {
              sheet.defaultParagraph = id;
            }
          }
        }
        case "name" -> {
          if (current != null) {
            current.name = r.attr("val");
          }
        }
        case "basedOn" -> {
          if (current != null) {
            current.basedOn = r.attr("val");
          }
        }
        case "outlineLvl" -> {
          if (current != null) {
            current.outline = number(r.attr("val"), -1);
          }
        }
        case "b" -> {
          if (current != null) {
            current.bold = r.toggle();
          } else if (defaults) {
            sheet.defaultBold = r.toggle();
          }
        }
        case "i" -> {
          if (current != null) {
            current.italic = r.toggle();
          }
        }
        case "sz" -> {
          int size = number(r.attr("val"), 0);
          if (current != null) {
            current.size = size;
          } else if (defaults && size > 0) {
            sheet.defaultSize = size;
          }
        }
        case "lang" -> {
          if (defaults && current == null) {
            sheet.language = r.attr("val");
          }
        }
        case "rPrChange", "pPrChange", "tblStylePr", "latentStyles" -> r.skip();
        default -> {
          // other formatting does not matter for reading
        }
      }
    }
    return sheet;
  }

  static int number(String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The style's name, lower case; the id itself when the style is not defined. */
  String name(String id) {
    Style style = styles.get(id);
    String name = style == null || style.name == null ? id : style.name;
    return name.toLowerCase(Locale.ROOT);
  }

  /** The style id of a paragraph that names none. */
  String defaultParagraph() {
    return defaultParagraph;
  }

  /** The document default's {@code w:lang}, or {@code null}. */
  String language() {
    return language;
  }

  /** Text size of the document defaults, in half-points. */
  int defaultSize() {
    return defaultSize;
  }

  /** The role a paragraph style gives, by its name or outline level. */
  Role role(String id) {
    if (id == null) {
      return Role.OTHER;
    }
    Role byName =
        switch (name(id)) {
          case "title" -> Role.TITLE;
          case "heading 1", "heading1" -> Role.HEADING;
          case "release breadcrumb" -> Role.BREADCRUMB;
          case "release timestamp" -> Role.TIMESTAMP;
          case "release body" -> Role.BODY;
          case "release footer action" -> Role.ACTION;
          case "release more at" -> Role.MORE_AT;
          case "date" -> Role.DATE;
          case "author" -> Role.BYLINE;
          case "subtitle" -> Role.SUBTITLE;
          case "heading 2", "heading 3", "heading 4" -> Role.SECTION;
          case "list bullet" -> Role.LIST_BULLET;
          case "list bullet 2" -> Role.LIST_BULLET_2;
          case "list number" -> Role.LIST_NUMBER;
          case "list number 2" -> Role.LIST_NUMBER_2;
          case "quote" -> Role.QUOTE;
          case "release quote attribution" -> Role.ATTRIBUTION;
          case "release contacts heading" -> Role.CONTACTS_HEADING;
          case "release contact" -> Role.CONTACT;
          case "release about heading" -> Role.ABOUT_HEADING;
          case "release boilerplate" -> Role.BOILERPLATE;
          case "release notice", "release end mark", "release letterhead" -> Role.FURNITURE;
          default -> Role.OTHER;
        };
    return byName == Role.OTHER && outline(id) == 0 ? Role.HEADING : byName;
  }

  /** The outline level a style gives (0 = heading 1), or -1. */
  int outline(String id) {
    int hop = 0;
    for (Style s = styles.get(id); s != null && hop < MAX_HOPS; s = next(s), hop++) {
      if (s.outline >= 0) {
        return s.outline;
      }
    }
    return -1;
  }

  /** Whether a style (paragraph or character) makes text bold, or {@code null} if it says not. */
  Boolean bold(String id) {
    int hop = 0;
    for (Style s = styles.get(id); s != null && hop < MAX_HOPS; s = next(s), hop++) {
      if (s.bold != null) {
        return s.bold;
      }
    }
    return null;
  }

  /** Whether a style makes text italic, or {@code null} if it says not. */
  Boolean italic(String id) {
    int hop = 0;
    for (Style s = styles.get(id); s != null && hop < MAX_HOPS; s = next(s), hop++) {
      if (s.italic != null) {
        return s.italic;
      }
    }
    return null;
  }

  boolean defaultBold() {
    return defaultBold;
  }

  /** The size a style gives text in half-points, or 0 if it says none. */
  int size(String id) {
    int hop = 0;
    for (Style s = styles.get(id); s != null && hop < MAX_HOPS; s = next(s), hop++) {
      if (s.size > 0) {
        return s.size;
      }
    }
    return 0;
  }

  /** basedOn chains are short; a cycle in a hostile file must not loop forever. */
  private static final int MAX_HOPS = 32;

  private Style next(Style s) {
    return s.basedOn == null ? null : styles.get(s.basedOn);
  }

  private static boolean isOn(String value) {
    return "1".equals(value) || "true".equals(value) || "on".equals(value);
  }
}
