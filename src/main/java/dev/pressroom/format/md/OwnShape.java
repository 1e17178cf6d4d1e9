package dev.pressroom.format.md;

import dev.pressroom.Limits;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast path for files in exactly the shape {@link MarkdownRenderer} writes. It decodes the file
 * line by line into a candidate release and accepts it only if rendering that release gives back
 * the very same text. For such a text, the full reader ({@link MarkdownReader}) returns the same
 * release, because it reads back whatever the renderer writes; the round-trip properties in the
 * tests are the proof. Anything else, including a hand-edited copy of our own output, gets {@code
 * null} here and is read by the full reader.
 */
final class OwnShape {
  private OwnShape() {}

  static PressRelease read(String text, Limits limits) {
    try {
      Head head = head(text);
      if (head == null) {
        return null;
      }
      PressRelease candidate = plain(text, head, limits);
      if (candidate != null && isRendering(candidate, text)) {
        return candidate;
      }
      candidate = rich(text, head, limits);
      return candidate != null && isRendering(candidate, text) ? candidate : null;
    } catch (RuntimeException | URISyntaxException e) {
      return null; // not a valid release: let the full reader say what is wrong
    }
  }

  /** Whether {@code text} is exactly what the renderer writes for {@code release}. */
  private static boolean isRendering(PressRelease release, String text) {
    return text.contentEquals(MarkdownRenderer.write(release, text.length()));
  }

  /**
   * The front matter as the renderer writes it, and where the body starts: after the headline's
   * line, which is checked by rendering again.
   */
  private record Head(
      String title,
      String subtitle,
      Timestamp timestamp,
      List<String> breadcrumb,
      String language,
      List<FooterAction> footerActions,
      int body) {

    /** A builder holding the front matter, for the body to be added. */
    PressRelease.Builder builder() {
      return PressRelease.builder()
          .title(title)
          .subtitle(subtitle)
          .timestamp(timestamp)
          .breadcrumb(breadcrumb)
          .language(language)
          .footerActions(footerActions);
    }
  }

  private static Head head(String text) throws URISyntaxException {
    Lines lines = new Lines(text);
    if (!"---".equals(lines.next())) {
      return null;
    }
    String line = lines.next();
    String title = line != null && line.startsWith("title: ") ? YamlText.unquote(line, 7) : null;
    if (title == null) {
      return null;
    }
    String subtitle = null;
    line = lines.next();
    if (line != null && line.startsWith("subtitle: ")) {
      subtitle = YamlText.unquote(line, 10);
      line = lines.next();
    }
    Timestamp qualified = null;
    if (line != null && line.startsWith("date: ")) {
      Timestamp timestamp = Dates.frontMatter(line.substring(6));
      line = lines.next();
      String precision = null;
      if (line != null && line.startsWith("date_precision: ")) {
        precision = YamlText.unquote(line, 16);
        line = lines.next();
      }
      String zone = null;
      if (line != null && line.startsWith("timezone: ")) {
        zone = YamlText.unquote(line, 10);
        line = lines.next();
      }
      qualified = Dates.qualify(timestamp, precision, zone);
    }
    List<String> breadcrumb = new ArrayList<>();
    if ("breadcrumb:".equals(line)) {
      while ((line = lines.next()) != null && line.startsWith("  - ")) {
        breadcrumb.add(YamlText.unquote(line, 4));
      }
    }
    String language = null;
    if (line != null && line.startsWith("lang: ")) {
      language = YamlText.unquote(line, 6);
      line = lines.next();
    }
    List<FooterAction> actions = new ArrayList<>();
    if ("footer:".equals(line)) {
      line = lines.next();
      while (line != null && line.startsWith("  - label: ")) {
        String label = YamlText.unquote(line, 11);
        URI target = null;
        line = lines.next();
        if (line != null && line.startsWith("    target: ")) {
          String uri = YamlText.unquote(line, 12);
          target = uri == null ? null : new URI(uri);
          line = lines.next();
        }
        actions.add(new FooterAction(label, target));
      }
    }
    if (!"---".equals(line) || !"".equals(lines.next()) || lines.next() == null) {
      return null; // the "# headline" line is checked by rendering again
    }
    return new Head(title, subtitle, qualified, breadcrumb, language, actions, lines.pos);
  }

  /** A body of plain paragraphs, the shape of a release that uses only what version 1 had. */
  private static PressRelease plain(String text, Head head, Limits limits) {
    PressRelease.Builder release = head.builder();
    Lines lines = new Lines(text);
    lines.pos = head.body();
    String line;
    int count = 0;
    while ((line = lines.next()) != null) {
      String paragraph = lines.next();
      if (!line.isEmpty()
          || paragraph == null
          || ++count > limits.maxParagraphs()
          || paragraph.length() > limits.maxParagraphChars()) {
        return null;
      }
      release.paragraph(unescape(paragraph));
    }
    return release.build();
  }

  /** A body in the shapes of version 2 ({@link RichShape}). */
  private static PressRelease rich(String text, Head head, Limits limits) {
    PressRelease.Builder release = head.builder();
    List<String> rest = new ArrayList<>(List.of(text.substring(head.body()).split("\n", -1)));
    rest.remove(rest.size() - 1);
    return RichShape.read(rest, release) ? withinLimits(release.build(), limits) : null;
  }

  /** Drops the backslash of every backslash escape: the only markup the renderer writes. */
  private static String unescape(String line) {
    int slash = line.indexOf('\\');
    if (slash < 0) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length()).append(line, 0, slash);
    for (int i = slash; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\'
          && i + 1 < line.length()
          && MarkdownEscaper.isAsciiPunctuation(line.charAt(i + 1))) {
        c = line.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The lines of a text that ends with a newline; {@code null} after the last. */
  private static final class Lines {
    private final String text;
    private int pos;

    Lines(String text) {
      this.text = text;
    }

    String next() {
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        return null;
      }
      String line = text.substring(pos, nl);
      pos = nl + 1;
      return line;
    }
  }

  /**
   * The release when it is within the limits, else {@code null}, so that the full reader, which
   * reports a limit at its place, reads the file.
   */
  private static PressRelease withinLimits(PressRelease release, Limits limits) {
    if (release.body().size() + release.boilerplate().size() > limits.maxParagraphs()) {
      return null;
    }
    for (List<String> lines :
        List.of(release.paragraphs(), PressRelease.plainLines(release.boilerplate()))) {
      for (String line : lines) {
        if (line.length() > limits.maxParagraphChars()) {
          return null;
        }
      }
    }
    return release;
  }
}
