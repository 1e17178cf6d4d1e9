package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a conversion does, as {@code pressroom convert} takes it: the input format ({@code --from},
 * or {@code null} to go by extension, else content), the formats to write ({@code --to}), the
 * output folder ({@code -o}, a Hadoop path or URI) and the print choices ({@code --page-size},
 * {@code --font}, {@code --justify}; {@code null} keeps a renderer's default).
 *
 * @param from the input format, or {@code null}
 * @param formats the formats to write, each once, in order; {@code all} is not expanded here
 * @param output the folder the outputs go to
 * @param paper the page size of pdf and docx, or {@code null}
 * @param font the typeface of pdf, or {@code null}
 * @param justify whether pdf paragraphs are justified
 */
public record ConvertSettings(
    String from, List<String> formats, String output, Paper paper, Font font, boolean justify)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** {@code --page-size}. */
  public enum Paper {
    /** ISO A4. */
    A4,
    /** US Letter. */
    LETTER
  }

  /** {@code --font}. */
  public enum Font {
    /** Liberation Serif. */
    SERIF,
    /** Liberation Sans. */
    SANS
  }

  /** Settings, the list copied; {@code formats} may not be empty. */
  public ConvertSettings {
    formats = List.copyOf(formats);
    Objects.requireNonNull(output, "output");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no format to write");
    }
  }

  /** Default print choices: writes {@code formats} into {@code output}. */
  public static ConvertSettings of(String output, String... formats) {
    return new ConvertSettings(null, List.of(formats), output, null, null, false);
  }

  /**
   * The formats {@code --to} names ({@code all} is every format that writes), each once, in the
   * order named.
   *
   * @throws IllegalArgumentException naming a format no renderer writes
   */
  public static List<String> formats(Pressroom pressroom, String to) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : to.split(",", -1)) {
      String trimmed = name.trim();
      if (trimmed.equalsIgnoreCase("all")) {
        for (String format : pressroom.formats()) {
          pressroom.renderer(format).ifPresent(renderer -> chosen.add(renderer.format()));
        }
        continue;
      }
      ReleaseRenderer renderer =
          pressroom
              .renderer(trimmed)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format \""
                              + trimmed
                              + "\" for --to (known: "
                              + String.join(", ", writable(pressroom))
                              + ", all)"));
      chosen.add(renderer.format());
    }
    return new ArrayList<>(chosen);
  }

  private static List<String> writable(Pressroom pressroom) {
    return pressroom.formats().stream().filter(f -> pressroom.renderer(f).isPresent()).toList();
  }

  /**
   * The renderer of {@code format} with these print choices, as {@code convert} configures it: a
   * pdf renderer of its own when any choice is made, a docx one for the paper; else the standard
   * renderer.
   */
  public ReleaseRenderer renderer(Pressroom pressroom, String format) {
    ReleaseRenderer renderer = pressroom.requireRenderer(format);
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
   * Why these print choices make no sense for the formats chosen, or {@code null}: an option none
   * of them takes is a mistake, as {@code convert} says.
   */
  public String unusedOption() {
    boolean pdf = formats.contains("pdf");
    boolean docx = formats.contains("docx");
    String chosen = String.join(",", formats);
    if (paper != null && !pdf && !docx) {
      return "--page-size applies to pdf and docx, not to --to " + chosen;
    }
    String option = font != null ? "--font" : justify ? "--justify" : null;
    if (option != null && !pdf) {
      return option + " applies to pdf only, not to --to " + chosen;
    }
    return null;
  }

  /** Reads {@code a4}/{@code letter} or {@code serif}/{@code sans}, in any case. */
  static <E extends Enum<E>> E choice(Class<E> type, String option, String value) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      if (name.equals(value.trim().toLowerCase(Locale.ROOT))) {
        return constant;
      }
      names.add(name);
    }
    throw new IllegalArgumentException(
        "Invalid value for option '"
            + option
            + "': expected "
            + String.join(" or ", names)
            + ", not '"
            + value
            + "'");
  }
}
