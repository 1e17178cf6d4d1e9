package dev.pressroom.cli;

import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.spi.ReleaseRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What people choose when printing, as {@code convert} takes it: the paper ({@code --page-size},
 * for pdf and docx), the typeface ({@code --font}, pdf) and justified text ({@code --justify},
 * pdf). A {@code null} choice keeps the renderer's default. Word documents are always set in Arial
 * and justified, so {@code --font} and {@code --justify} do not change them.
 *
 * @param paper the page size, or {@code null}
 * @param font the typeface, or {@code null}
 * @param justify whether to justify the body text
 */
record PrintOptions(Paper paper, Font font, boolean justify) {

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
    if (renderer instanceof PdfRenderer && (paper != null || font != null || justify)) {
      PdfRenderer.Builder pdf = PdfRenderer.builder();
      if (paper != null) {
        pdf.pageSize(paper == Paper.A4 ? PdfRenderer.PageSize.A4 : PdfRenderer.PageSize.LETTER);
      }
      if (font != null) {
        pdf.fontFamily(
            font == Font.SERIF ? PdfRenderer.FontFamily.SERIF : PdfRenderer.FontFamily.SANS);
      }
      return pdf.justify(justify).build();
    }
    if (renderer instanceof DocxRenderer && paper != null) {
      return DocxRenderer.builder()
          .pageSize(paper == Paper.A4 ? DocxRenderer.PageSize.A4 : DocxRenderer.PageSize.LETTER)
          .build();
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
    if (paper != null && !pdf && !docx) {
      return "--page-size applies to pdf and docx, not to --to " + chosen;
    }
    String option = font != null ? "--font" : justify ? "--justify" : null;
    if (option != null && !pdf) {
      return option + " applies to pdf only, not to --to " + chosen;
    }
    return null;
  }
}
