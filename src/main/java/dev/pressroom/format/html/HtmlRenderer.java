package dev.pressroom.format.html;

import dev.pressroom.RenderException;
import dev.pressroom.internal.DateWords;
import dev.pressroom.internal.Direction;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a release as one standalone, semantic HTML5 page with print CSS and schema.org {@code
 * NewsArticle} JSON-LD. Same release, same bytes.
 *
 * <pre>{@code
 * <article>
 *   <header>
 *     <nav aria-label="Breadcrumb"><ol><li>HOME</li><li>News &amp; Events</li></ol></nav>
 *     <h1>Wang Yi Holds Talks ...</h1>
 *     <p><time datetime="2023-10-28T13:25">October 28, 2023, 13:25</time></p>
 *   </header>
 *   <p>From October 26 to 27, 2023 ...</p>
 *   <footer><ul><li><span>Print</span></li></ul></footer>
 * </article>
 * }</pre>
 *
 * <p>Where the fields live, so that {@link HtmlParser} reads the page back exactly:
 *
 * <ul>
 *   <li>Every text is the whole text of its element, escaped; the style sheet sets {@code
 *       white-space: pre-wrap} on text elements so that inner runs of spaces and tabs show as they
 *       are. A {@code <meta name="generator" content="Pressroom">} tells the parser to read such a
 *       page without the whitespace folding it applies to other pages.
 *   <li>The timestamp's {@code datetime} attribute holds the ISO form with its precision and
 *       offset. A region zone is not valid there; it is kept in {@code data-zone="Asia/Shanghai"}.
 *       The visible text is the date in words in the release's language ({@code
 *       dev.pressroom.internal.DateWords}, the rule PDF and DOCX share: {@code 28. Oktober 2023,
 *       13:25 MESZ}); the parser reads the attributes, never the words.
 *   <li>The subtitle is {@code <p class="subtitle">} in the header, after the {@code <h1>}.
 *   <li>Body blocks are direct children of the {@code <article>}: {@code <p>}, {@code <h2>} to
 *       {@code <h4>}, {@code <ul>}/{@code <ol>} whose {@code <li>} holds its inline content and
 *       then at most one nested list, and a quote as {@code <figure><blockquote><p>...</p>
 *       </blockquote><figcaption>attribution</figcaption></figure>}. Inline content is {@code
 *       <em>}, {@code <strong>} and {@code <a href>} (http, https and mailto targets only).
 *   <li>Contacts are one {@code <address>} with a {@code <p class="contact">} each, whose parts are
 *       {@code <span class="name">}, {@code role}, {@code organization}, {@code email}, {@code
 *       phone} and {@code <a class="url" href>}, in that order, those present only.
 *   <li>The boilerplate is {@code <section class="boilerplate">} after a {@code <h2
 *       class="boilerplate-heading">About</h2>}, which is not part of it.
 *   <li>A release with only plain paragraphs is written exactly as before these were added.
 *   <li>{@code language} is {@code <html lang>}; without a language the attribute is left out.
 *   <li>Direction, by {@link Direction}'s rule: a right-to-left release says so twice, {@code <html
 *       dir="rtl">} for the page as a whole (its {@code <title>} included) and {@code <article
 *       dir="rtl">} for the release itself, so that the article stays right to left when a site
 *       embeds it in a page of its own. Every element holding one paragraph of text (the
 *       breadcrumb's and the footer's {@code <li>}, {@code <h1>} to {@code <h4>}, {@code <p>}, list
 *       items, the quote's caption, a contact's lines and link) whose own direction differs from
 *       the release's has {@code dir="auto"}, which gives it the direction of its first strong
 *       letter, the same as {@link Direction#rightToLeft} gives it then; the others inherit the
 *       release's. The style sheet uses logical properties only ({@code padding-inline-start},
 *       {@code border-inline-start}), so a right-to-left page is laid out as its mirror image.
 *   <li>A footer action with a target is a link; without one it is a {@code <span>} (the page has
 *       no scripts, so it offers no button that would do nothing). The model holds only {@code
 *       http}, {@code https} and {@code mailto} targets ({@link dev.pressroom.model.LinkTargets}),
 *       and the renderer writes an {@code href} for no other.
 * </ul>
 */
public final class HtmlRenderer implements ReleaseRenderer {
  /** The generator meta tag's content on every page we write. */
  static final String GENERATOR = "Pressroom";

  private static final String CSS =
      """
      body { margin: 0; background: #fff; color: #1b1b1b; font: 17px/1.6 Georgia, "Noto Serif", \
      "Noto Serif CJK SC", "Times New Roman", serif; }
      article { max-width: 42rem; margin: 2.5rem auto; padding: 0 1.25rem; }
      h1, p, li { white-space: pre-wrap; overflow-wrap: break-word; }
      nav ol { list-style: none; margin: 0 0 1.25rem; padding: 0; color: #555; \
      font: 0.85rem/1.4 system-ui, sans-serif; }
      nav li { display: inline; }
      nav li + li::before { content: "\\203A  "; }
      h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.5rem; }
      header p { margin: 0 0 1.75rem; color: #555; font: 0.95rem system-ui, sans-serif; }
      footer { margin-top: 2.5rem; padding-top: 0.75rem; border-top: 1px solid #ccc; \
      font: 0.9rem system-ui, sans-serif; }
      footer ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; \
      gap: 0.5rem 1.5rem; }
      footer a { color: #0645ad; }
      @page { size: A4; margin: 20mm 18mm; }
      @media print {
        body { font-size: 11pt; }
        article { max-width: none; margin: 0; padding: 0; }
        nav, footer { display: none; }
        h1 { font-size: 18pt; break-after: avoid; }
        p { orphans: 3; widows: 3; }
      }
      """;

  /** Added to the style sheet of a page that uses more than plain paragraphs. */
  private static final String RICH_CSS =
      """
      h2, h3, h4, figcaption, address span { white-space: pre-wrap; overflow-wrap: break-word; }
      header p.subtitle { margin: 0 0 0.75rem; color: #333; font: 1.15rem/1.4 Georgia, serif; }
      figure { margin: 1.5rem 0; }
      blockquote { margin: 0; padding-inline-start: 1rem; border-inline-start: 3px solid #ccc; }
      address { font-style: normal; margin-top: 2rem; }
      address span { display: block; }
      section.boilerplate { margin-top: 2rem; font-size: 0.95rem; }
      """;

  /** A renderer; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public HtmlRenderer() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException, RenderException {
    out.write(page(release).getBytes(StandardCharsets.UTF_8));
  }

  /** The whole page as a string. */
  static String page(PressRelease release) {
    StringBuilder html = new StringBuilder(4096 + 2 * estimate(release));
    String lang = release.language();
    boolean rightToLeft = Direction.rightToLeftLanguage(lang);
    html.append("<!DOCTYPE html>\n<html");
    if (lang != null) {
      html.append(" lang=\"").append(attr(lang)).append('"');
    }
    if (rightToLeft) {
      html.append(" dir=\"rtl\"");
    }
    html.append(">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.append("<meta name=\"generator\" content=\"").append(GENERATOR).append("\">\n");
    html.append("<title>").append(text(release.title())).append("</title>\n");
    html.append("<style>\n").append(CSS);
    if (!release.isPlain()) {
      html.append(RICH_CSS);
    }
    html.append("</style>\n");
    html.append("<script type=\"application/ld+json\">\n");
    html.append(JsonLdWriter.newsArticle(release, datetime(release.timestamp())));
    html.append("</script>\n</head>\n<body>\n<article");
    html.append(rightToLeft ? " dir=\"rtl\">\n<header>\n" : ">\n<header>\n");
    if (!release.breadcrumb().isEmpty()) {
      html.append("<nav aria-label=\"Breadcrumb\"><ol>\n");
      for (String segment : release.breadcrumb()) {
        html.append("<li").append(dir(segment, lang)).append('>');
        html.append(text(segment)).append("</li>\n");
      }
      html.append("</ol></nav>\n");
    }
    html.append("<h1").append(dir(release.title(), lang)).append('>');
    html.append(text(release.title())).append("</h1>\n");
    if (release.subtitle() != null) {
      html.append("<p class=\"subtitle\"").append(dir(release.subtitle(), lang)).append('>');
      html.append(text(release.subtitle())).append("</p>\n");
    }
    Timestamp timestamp = release.timestamp();
    if (timestamp != null) {
      String shown = readable(timestamp, lang);
      html.append("<p").append(dir(shown, lang)).append("><time datetime=\"");
      html.append(datetime(timestamp)).append('"');
      if (timestamp.zone() != null) {
        html.append(" data-zone=\"").append(attr(timestamp.zone().getId())).append('"');
      }
      html.append('>').append(text(shown)).append("</time></p>\n");
    }
    html.append("</header>\n");
    HtmlBlocks.blocks(release.body(), lang, html);
    HtmlBlocks.contacts(release.contacts(), lang, html);
    if (!release.boilerplate().isEmpty()) {
      html.append("<section class=\"boilerplate\">\n<h2 class=\"boilerplate-heading\"")
          .append(dir(BOILERPLATE_HEADING, lang))
          .append('>')
          .append(BOILERPLATE_HEADING)
          .append("</h2>\n");
      HtmlBlocks.blocks(release.boilerplate(), lang, html);
      html.append("</section>\n");
    }
    List<FooterAction> actions = release.footerActions();
    if (!actions.isEmpty()) {
      html.append("<footer><ul>\n");
      for (FooterAction action : actions) {
        html.append("<li").append(dir(action.label(), lang)).append('>');
        // The model allows only safe targets; no href is written for any other.
        if (LinkTargets.isAllowed(action.target())) {
          html.append("<a href=\"").append(attr(action.target().toString())).append("\">");
          html.append(text(action.label())).append("</a>");
        } else {
          html.append("<span>").append(text(action.label())).append("</span>");
        }
        html.append("</li>\n");
      }
      html.append("</ul></footer>\n");
    }
    html.append("</article>\n</body>\n</html>\n");
    return html.toString();
  }

  /** What the heading over the boilerplate shows. */
  private static final String BOILERPLATE_HEADING = "About";

  /**
   * {@code dir="auto"} (with its leading space) for an element holding {@code text} when its
   * direction differs from the release's, by {@link Direction}; nothing when it is the same.
   */
  static String dir(String text, String language) {
    return Direction.rightToLeft(text, language) == Direction.rightToLeftLanguage(language)
        ? ""
        : " dir=\"auto\"";
  }

  /** The valid HTML {@code datetime} form: the ISO form without a bracketed zone. */
  static String datetime(Timestamp timestamp) {
    if (timestamp == null) {
      return null;
    }
    String iso = timestamp.toString();
    int bracket = iso.indexOf('[');
    return bracket < 0 ? iso : iso.substring(0, bracket);
  }

  /** What a reader sees: the date in words ({@code DateWords}), {@code October 28, 2023, 13:25}. */
  static String readable(Timestamp timestamp, String language) {
    return DateWords.format(timestamp, language);
  }

  private static int estimate(PressRelease release) {
    int n = release.title().length();
    for (String p : release.paragraphs()) {
      n += p.length() + 16;
    }
    return n;
  }

  /** Escapes element text: {@code &}, {@code <} and {@code >}. */
  static String text(String s) {
    return escape(s, false);
  }

  /** Escapes a double-quoted attribute value. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            default -> null;
          };
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
