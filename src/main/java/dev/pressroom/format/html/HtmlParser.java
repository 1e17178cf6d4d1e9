package dev.pressroom.format.html;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.PressRelease;
import dev.pressroom.reading.Assembler;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reads press releases from HTML pages.
 *
 * <pre>{@code
 * PressRelease release = new HtmlParser().parse(in, ParseContext.of("page.html"));
 * }</pre>
 *
 * <p>Bytes are decoded by BOM, declared charset or sniffing, and a declaration that the bytes
 * contradict is overruled (see {@link HtmlCharset}). A page {@link HtmlRenderer} wrote (it says
 * {@code <meta name="generator" content="Pressroom">}) is read by its structure with every text
 * kept exactly. Any other page is read site-agnostically by heuristics, as a person would read it:
 * the headline, the publication date near it or in the page's metadata, the body paragraphs of the
 * main content without navigation, sidebars, related-news lists, share bars, cookie banners and
 * footers, the breadcrumb trail, the print/recommend/share actions and the language. On such pages
 * whitespace is folded as a browser shows it and soft hyphens (U+00AD) are removed.
 */
public final class HtmlParser implements ReleaseParser {

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public HtmlParser() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "xhtml", "shtml");
  }

  @Override
  public int sniff(byte[] head) {
    String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (start.contains(
        "<meta name=\"generator\" content=\"" + HtmlRenderer.GENERATOR.toLowerCase(Locale.ROOT))) {
      return 95;
    }
    String trimmed = start.stripLeading();
    if (trimmed.startsWith("\u00ef\u00bb\u00bf")) {
      trimmed = trimmed.substring(3).stripLeading();
    }
    if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html")) {
      return 90;
    }
    return start.contains("<html") || start.contains("<body") || start.contains("<head>") ? 60 : 0;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    byte[] bytes = Inputs.readAll(in, context);
    String html = HtmlCharset.decode(bytes);
    if (html.isBlank()) {
      throw new ParseException(null, "empty input: no HTML");
    }
    PressRelease release;
    try {
      Document doc = Parser.htmlParser().parseInput(html, "");
      if (OwnPage.isOwn(doc)) {
        release = OwnPage.read(doc);
      } else {
        // Another site's page: damaged text (mojibake, C1 controls, noncharacters) is repaired.
        TextRepair.Repaired repaired = TextRepair.repairDamage(html);
        if (repaired.text() != html) {
          doc = Parser.htmlParser().parseInput(repaired.text(), "");
          for (TextRepair.Repair repair : repaired.repairs()) {
            context
                .warnings()
                .accept(new ParseWarning(context.sourceName(), null, repair.message()));
          }
        }
        release = Assembler.assemble(HtmlForeignDocument.of(doc), context);
      }
    } catch (IllegalArgumentException e) {
      throw new ParseException(null, "the page does not make a valid release: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new ParseException(null, "cannot read HTML: the page could not be parsed", e);
    } catch (LinkageError e) {
      throw Inputs.missingLibrary("HTML", e);
    }
    checkLimits(release, context);
    return release;
  }

  private static void checkLimits(PressRelease release, ParseContext context)
      throws LimitExceededException {
    List<String> paragraphs = release.paragraphs();
    if (paragraphs.size() > context.limits().maxParagraphs()) {
      throw new LimitExceededException(
          null,
          paragraphs.size()
              + " paragraphs exceed the limit of "
              + context.limits().maxParagraphs()
              + " (raise Limits.maxParagraphs)");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).length() > context.limits().maxParagraphChars()) {
        throw new LimitExceededException(
            "paragraph " + (i + 1),
            "longer than the limit of "
                + context.limits().maxParagraphChars()
                + " characters (raise Limits.maxParagraphChars)");
      }
    }
  }
}
