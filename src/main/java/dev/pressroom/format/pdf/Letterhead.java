package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.print.PrintStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The letterhead on the first page, above the release: the logo at the left margin (a {@code
 * Figure} whose {@code /Alt} is the organization's name), the organization's name beside it in bold
 * accent-coloured type (an artifact: it is not release text), and an accent rule under both.
 */
final class Letterhead {
  private static final String LOGO = "Logo";

  private final PdfOptions options;
  private final LogoImage logo;
  private final Shaped name;
  private final List<LineBreaker.Line> nameLines;
  private final float height;
  private StructureTree.Tag figure;

  private Letterhead(
      PdfOptions options, Shaped name, List<LineBreaker.Line> nameLines, float height) {
    this.options = options;
    this.logo = options.logo();
    this.name = name;
    this.nameLines = nameLines;
    this.height = height;
  }

  /** The letterhead of {@code options}' style, or {@code null} when it has none. */
  static Letterhead of(PdfOptions options, FontChain chain, LineBreaker breaker, float measure)
      throws RenderException {
    PrintStyle style = options.style();
    if (!style.hasLetterhead()) {
      return null;
    }
    LogoImage logo = options.logo();
    float base = options.fontSize();
    Shaped name = null;
    List<LineBreaker.Line> lines = List.of();
    float textHeight = 0;
    if (style.organization() != null) {
      float size = base * 1.3f;
      float[] colour = DocumentWriter.rgb(style.accent());
      String text = style.organization();
      Block block =
          new Block(
              text,
              List.of(new Block.Piece(0, text.length(), null, "organization")),
              new Block.Style(true, size, size * 1.25f, colour, 0, false, false));
      name = Shaped.of(block, chain);
      float room = measure - (logo == null ? 0 : logo.width + base);
      lines = breaker.lines(name, room);
      textHeight = lines.size() * size * 1.25f;
    }
    float content = Math.max(logo == null ? 0 : logo.height, textHeight);
    return new Letterhead(options, name, lines, content + base * 1.2f);
  }

  /** The space the letterhead takes at the top of the first page, its rule included. */
  float height() {
    return height;
  }

  /** Adds the logo's {@code Figure} as the first element of the document, if there is a logo. */
  void tag(StructureTree tree) {
    if (logo == null) {
      return;
    }
    figure = tree.addFirst("Figure", tree.document);
    String alt = options.style().organization() == null ? "Logo" : options.style().organization();
    figure.alt = alt;
    float top = options.pageSize().height - options.top();
    float x = options.left();
    float y = top - contentHeight() + (contentHeight() - logo.height) / 2;
    figure.attributes =
        "<</O/Layout/BBox["
            + PageWriter.num(x)
            + " "
            + PageWriter.num(y)
            + " "
            + PageWriter.num(x + logo.width)
            + " "
            + PageWriter.num(y + logo.height)
            + "]>>";
  }

  private float contentHeight() {
    return height - options.fontSize() * 1.2f;
  }

  /** Draws the letterhead on the first page; returns the logo's XObject name, or null. */
  String draw(PageWriter writer) {
    float top = options.pageSize().height - options.top();
    float left = options.left();
    float content = contentHeight();
    float textLeft = left;
    String resource = null;
    if (logo != null) {
      float y = top - content + (content - logo.height) / 2;
      writer.image(figure, LOGO, left, y, logo.width, logo.height);
      textLeft = left + logo.width + options.fontSize();
      resource = LOGO;
    }
    if (name != null) {
      Block.Style style = name.block.style();
      float textTop = top - (content - nameLines.size() * style.leading()) / 2;
      float drop = (style.leading() - style.size()) / 2 + style.size() * 0.8f;
      List<Paginator.Placed> placed = new ArrayList<>();
      for (int i = 0; i < nameLines.size(); i++) {
        placed.add(
            new Paginator.Placed(
                name, nameLines.get(i), textLeft, textTop - drop - i * style.leading()));
      }
      for (Paginator.Placed line : placed) {
        writer.line(line);
      }
    }
    float ruleY = top - content - options.fontSize() * 0.5f;
    writer.rule(
        new Paginator.Rule(left, options.pageSize().width - options.right(), ruleY),
        options.style().accent(),
        1.2f);
    return resource;
  }
}
