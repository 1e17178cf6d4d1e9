package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a release as a printable, archival and accessible PDF: embedded subset TrueType fonts,
 * real line breaking and pagination, a running {@code Page N of M} footer, Info and XMP metadata
 * that agree, and a tagged structure conforming to PDF/A-2a and PDF/UA-1. The structure is
 * described in the {@linkplain dev.pressroom.format.pdf package documentation}.
 *
 * <pre>{@code
 * ReleaseRenderer pdf = PdfRenderer.builder()
 *     .pageSize(PdfRenderer.PageSize.LETTER)
 *     .fontFamily(PdfRenderer.FontFamily.SANS)
 *     .addFont(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("release.pdf"))) {
 *   pdf.render(release, out);
 * }
 * }</pre>
 *
 * <p>Defaults (also what {@code new PdfRenderer()} gives): the house style of {@link
 * PrintStyle#DEFAULT}, which the DOCX renderer shares ({@link dev.pressroom.internal.HouseStyle}
 * holds its sizes and spacing): A4, margins of 72 pt (one inch) left, right and bottom and 64 pt
 * top, 11 pt body text in Liberation Sans, justified, the {@code ###} end mark after the release
 * and {@code Page N of M} in the release's language at the foot of each page ({@code N / M} where
 * the fonts cannot show that language's words); no extra fonts, system fonts as the last fallback,
 * PDF/A-2a on. {@link Builder#style} takes a letterhead (organization, logo, accent colour), a
 * {@code FOR IMMEDIATE RELEASE} line and where the contacts go; the letterhead's logo is a {@code
 * Figure} whose alternate text is the organization, its name and the other printed furniture are
 * artifacts, not release text. The web page's breadcrumb and footer actions are left off the paper
 * (kept in the XMP; {@link Builder#printWebFurniture} prints them, {@link Builder#moreAtLine}
 * prints the actions with a target as a {@code More at:} line of links). The date is in words in
 * the release's language ({@code dev.pressroom.internal.DateWords}). Each run of characters uses
 * the first font that has them: the family's font, then the added fonts in order, then the
 * machine's TrueType fonts (emphasis uses the family's italic face, strong emphasis its bold one,
 * each falling back like the regular face). A character no font has makes {@link #render} throw a
 * {@link RenderException} naming it, before anything is written.
 *
 * <p>A version-2 release is laid out as a press office prints one: the subtitle under the title in
 * larger grey type; section headings in bold at 1.45, 1.25 and 1.1 times the body size (a heading
 * is never left at the foot of a page); lists with their bullets or numbers hanging left of the
 * text, one level nested; quotes indented, the attribution after an em dash; emphasis in italics,
 * strong emphasis in bold, links in blue and underlined with a working link annotation; the
 * contacts, one block each, under the heading {@code Media contacts}, and the boilerplate under
 * {@code About} (these two headings are the document's, not the release's text). A plain release
 * (version 1's fields only) is laid out exactly as before.
 *
 * <p><b>Hyphenation</b> (on by default, {@link Builder#hyphenate}): where the next word of body
 * text does not fit on a line, it is hyphenated for the release's language at the last point of the
 * TeX hyphenation patterns (hyph-utf8, through {@code io.github.nianna:hyphenator}) that leaves
 * room for the hyphen; soft hyphens (U+00AD) in the text are break points too, and a word an author
 * broke with them is not hyphenated otherwise. Headings, a release without a language or of a
 * language without patterns, and text that needs shaping (right-to-left, combining marks, complex
 * scripts) are not hyphenated. A word wider than the whole line is broken between grapheme clusters
 * with a hyphen (without hyphenation as well), except in scripts written without hyphens (CJK,
 * Thai, …) and in right-to-left paragraphs. The hyphen is drawn as an artifact: it is on the page
 * and in what text extractors such as {@code pdftotext} show, but not in the element's text, so
 * parsing gives back the unhyphenated model. Its width counts in the measure, justified or ragged.
 *
 * <p>Instances are immutable and thread-safe; parsed fonts are shared between all renderers.
 */
public final class PdfRenderer implements ReleaseRenderer {

  /** The paper. */
  public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(595.2756f, 841.8898f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f);

    final float width;
    final float height;

    PageSize(float width, float height) {
      this.width = width;
      this.height = height;
    }
  }

  /** The bundled Liberation family the text is set in. */
  public enum FontFamily {
    /** Liberation Serif (metric-compatible with Times New Roman). */
    SERIF("LiberationSerif"),
    /** Liberation Sans (metric-compatible with Arial). */
    SANS("LiberationSans");

    final String file;

    FontFamily(String file) {
      this.file = file;
    }
  }

  private final PdfOptions options;

  /** A renderer with the defaults described above. */
  public PdfRenderer() {
    this(builder());
  }

  private PdfRenderer(Builder builder) {
    this.options =
        new PdfOptions(
            builder.pageSize,
            builder.margins.clone(),
            builder.fontSize,
            builder.fontFamily,
            List.copyOf(builder.fonts),
            builder.justify,
            builder.pdfA,
            builder.systemFonts,
            builder.style,
            builder.style.logo() == null ? null : LogoImage.of(builder.style.logo()),
            builder.hyphenate);
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public String extension() {
    return "pdf";
  }

  /** Every field is carried: the tags hold the whole release (see the package documentation). */
  @Override
  public PressRelease carried(PressRelease release) {
    return release;
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException, RenderException {
    Objects.requireNonNull(release, "release");
    PdfLogging.quietUnlessConfigured();
    new DocumentWriter(options, release).write(out);
  }

  /** Options for a {@link PdfRenderer}; every setter has the default named on the class. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private float[] margins = {64, 72, 72, 72};
    private float fontSize = HouseStyle.BODY_SIZE;
    private FontFamily fontFamily = FontFamily.SANS;
    private final List<Path> fonts = new ArrayList<>();
    private boolean justify = true;
    private PrintStyle style = PrintStyle.DEFAULT;
    private boolean pdfA = true;
    private SystemFonts systemFonts = SystemFonts.installed();
    private boolean hyphenate = true;

    private Builder() {}

    /**
     * Takes a print style: its paper, margins and typeface (which the setters below may change
     * afterwards), its letterhead and which release furniture it prints. The same style given to
     * {@code DocxRenderer.builder().style(…)} prints the same release alike in Word.
     */
    public Builder style(PrintStyle style) {
      this.style = Objects.requireNonNull(style, "style");
      this.pageSize = style.paper() == PrintStyle.Paper.LETTER ? PageSize.LETTER : PageSize.A4;
      PrintStyle.Margins m = style.margins();
      margins(m.top(), m.right(), m.bottom(), m.left());
      this.fontFamily =
          style.typeface() == PrintStyle.Typeface.SERIF ? FontFamily.SERIF : FontFamily.SANS;
      return this;
    }

    /** A4 (default) or US Letter. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /** Page margins in points (1/72 inch); defaults 64, 72, 72, 72. */
    public Builder margins(float top, float right, float bottom, float left) {
      float[] m = {top, right, bottom, left};
      for (float v : m) {
        if (!(v >= 18 && v <= 200)) {
          throw new IllegalArgumentException("margins must be 18 to 200 points: " + v);
        }
      }
      this.margins = m;
      return this;
    }

    /** Body text size in points, 6 to 24; default 11. Other sizes scale with it. */
    public Builder fontSize(float points) {
      if (!(points >= 6 && points <= 24)) {
        throw new IllegalArgumentException("font size must be 6 to 24 points: " + points);
      }
      this.fontSize = points;
      return this;
    }

    /** Liberation Sans (default) or Liberation Serif. */
    public Builder fontFamily(FontFamily family) {
      this.fontFamily = Objects.requireNonNull(family, "family");
      return this;
    }

    /**
     * Adds a TrueType font file ({@code .ttf}, or every face of a {@code .ttc}) to the fallback
     * chain, after the family's font and before system fonts. CFF-based {@code .otf} fonts cannot
     * be embedded and are rejected when rendering.
     */
    public Builder addFont(Path file) {
      fonts.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Whether to justify paragraphs (default true; false sets them ragged right). */
    public Builder justify(boolean justify) {
      this.justify = justify;
      return this;
    }

    /**
     * Whether to declare PDF/A-2a (default true): sRGB output intent and {@code pdfaid} in XMP. The
     * document is tagged and PDF/UA-1 either way.
     */
    public Builder pdfA(boolean pdfA) {
      this.pdfA = pdfA;
      return this;
    }

    /**
     * Whether to print the web page's furniture, the breadcrumb at the top and the footer actions
     * at the end (default false: paper leaves them off; the same as the print style's {@code
     * webFurniture}). Either way they are kept in the XMP ({@code pressroom:breadcrumb}, {@code
     * pressroom:actions}), so the parser gives them back.
     */
    public Builder printWebFurniture(boolean print) {
      this.style = style.toBuilder().webFurniture(print).build();
      return this;
    }

    /**
     * Whether footer actions that have a target are printed, when the web furniture is not, as one
     * line {@code More at: Label, Label} of working links at the end (default false). The line is
     * the {@code MoreAt} element, not body text. The same as the print style's {@code moreAt}.
     */
    public Builder moreAtLine(boolean moreAt) {
      this.style = style.toBuilder().moreAt(moreAt).build();
      return this;
    }

    /**
     * Whether to hyphenate words at line ends for the release's language (default true; see the
     * class documentation). A word wider than the line is broken with a hyphen either way.
     */
    public Builder hyphenate(boolean hyphenate) {
      this.hyphenate = hyphenate;
      return this;
    }

    /** Whether the machine's fonts are the last fallback (default true). */
    public Builder systemFonts(boolean use) {
      return systemFonts(use ? SystemFonts.installed() : SystemFonts.NONE);
    }

    /** Injects the system font lookup (tests). */
    Builder systemFonts(SystemFonts systemFonts) {
      this.systemFonts = Objects.requireNonNull(systemFonts, "systemFonts");
      return this;
    }

    /** A renderer with these options. */
    public PdfRenderer build() {
      return new PdfRenderer(this);
    }

    /** The settled options (tests). */
    PdfOptions options() {
      return build().options;
    }
  }
}
