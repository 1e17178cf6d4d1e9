package dev.pressroom.cli;

import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.spi.ReleaseRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What people choose when printing, as {@code convert} takes it: a style file ({@code --style}, for
 * pdf and docx), the paper ({@code --page-size}, pdf and docx), the typeface ({@code --font}, pdf
 * and docx) and justified or ragged text ({@code --[no-]justify}, pdf; Word documents are
 * justified). A {@code null} choice keeps the style file's or the house default; the paper and
 * typeface given as options override the style file's.
 *
 * @param paper the page size, or {@code null}
 * @param font the typeface, or {@code null}
 * @param justify whether to justify the pdf's body text, or {@code null} for the default (yes)
 * @param style the style file's style, or {@code null}
 */
record PrintOptions(Paper paper, Font font, Boolean justify, PrintStyle style) {

  /** {@code --page-size}. */
  enum Paper {
    A4,
    LETTER
  }

  /** {@code --font}. */
  enum Font {
    SERIF,
    SANS
  }

  /** Reads {@code a4} or {@code letter}, in any case. */
  static final class PaperConverter implements ITypeConverter<Paper> {
    @Override
    public Paper convert(String value) {
      return parse(Paper.class, value);
    }
  }

  /** Reads {@code serif} or {@code sans}, in any case. */
  static final class FontConverter implements ITypeConverter<Font> {
    @Override
    public Font convert(String value) {
      return parse(Font.class, value);
    }
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      if (name.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return constant;
      }
      names.add(name);
    }
    throw new TypeConversionException(
        "expected " + String.join(" or ", names) + ", not '" + value + "'");
  }

  /** The renderer with these choices, for the renderers they apply to; else {@code renderer}. */
  ReleaseRenderer apply(ReleaseRenderer renderer) {
    boolean styled = paper != null || font != null || style != null;
    if (!styled && justify == null) {
      return renderer;
    }
    PrintStyle.Builder chosen = (style == null ? PrintStyle.DEFAULT : style).toBuilder();
    if (paper != null) {
      chosen.paper(paper == Paper.A4 ? PrintStyle.Paper.A4 : PrintStyle.Paper.LETTER);
    }
    if (font != null) {
      chosen.typeface(font == Font.SERIF ? PrintStyle.Typeface.SERIF : PrintStyle.Typeface.SANS);
    }
    PrintStyle effective = chosen.build();
    if (renderer instanceof PdfRenderer) {
      return PdfRenderer.builder().style(effective).justify(justify == null || justify).build();
    }
    if (renderer instanceof DocxRenderer && styled) {
      return DocxRenderer.builder().style(effective).build();
    }
    return renderer;
  }

  /**
   * Why these choices make no sense for the renderers chosen, or {@code null}: an option none of
   * them takes is a mistake, not a wish to ignore.
   */
  String unused(List<ReleaseRenderer> renderers) {
    boolean pdf = renderers.stream().anyMatch(r -> r instanceof PdfRenderer);
    boolean docx = renderers.stream().anyMatch(r -> r instanceof DocxRenderer);
    String chosen = String.join(",", renderers.stream().map(ReleaseRenderer::format).toList());
    String printing =
        style != null ? "--style" : paper != null ? "--page-size" : font != null ? "--font" : null;
    if (printing != null && !pdf && !docx) {
      return printing + " applies to pdf and docx, not to --to " + chosen;
    }
    if (justify != null && !pdf) {
      return "--justify applies to pdf only, not to --to " + chosen;
    }
    return null;
  }
}
