package dev.pressroom.print;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How PDF and DOCX print a release: the paper, margins and typeface of the house style, an optional
 * letterhead (organization name, logo, accent colour) and which release furniture is printed. Both
 * renderers take the same style ({@code PdfRenderer.builder().style(s)}, {@code
 * DocxRenderer.builder().style(s)}), so the two look like one office's papers.
 *
 * <pre>{@code
 * PrintStyle style = PrintStyle.read(Path.of("letterhead.yaml"));
 * ReleaseRenderer pdf = PdfRenderer.builder().style(style).build();
 * }</pre>
 *
 * <p>{@link #DEFAULT}: A4, margins 64 pt top and 72 pt on the other sides, Liberation Sans, no
 * letterhead, the accent a dark blue ({@code #1f3a5f}) used for headings and the letterhead rule;
 * no {@code FOR IMMEDIATE RELEASE} line, contacts at the bottom, the web page's breadcrumb and
 * actions not printed, no "More at" line, the {@code ###} end mark printed.
 *
 * @param organization the organization named in the letterhead, or {@code null}
 * @param logo the letterhead's logo, or {@code null}; its alternate text is the organization
 * @param accent the accent colour as {@code 0xRRGGBB}
 * @param typeface the house typeface
 * @param paper the paper
 * @param margins the page margins
 * @param immediateRelease whether a {@code FOR IMMEDIATE RELEASE} line opens the release
 * @param contacts where the media contacts are printed
 * @param webFurniture whether the web page's breadcrumb and footer actions are printed
 * @param moreAt whether actions with a target are printed as one "More at" line of links
 * @param endMark whether the {@code ###} end mark closes the release
 */
public record PrintStyle(
    String organization,
    Logo logo,
    int accent,
    Typeface typeface,
    Paper paper,
    Margins margins,
    boolean immediateRelease,
    Placement contacts,
    boolean webFurniture,
    boolean moreAt,
    boolean endMark) {

  /** The house style without letterhead. */
  public static final PrintStyle DEFAULT = builder().build();

  /** The house typefaces: bundled in the PDF, named in the DOCX (metric-compatible fallbacks). */
  public enum Typeface {
    /** Liberation Sans (metric-compatible with Arial). */
    SANS,
    /** Liberation Serif (metric-compatible with Times New Roman). */
    SERIF
  }

  /** The paper. */
  public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4,
    /** US Letter, 8.5 × 11 in. */
    LETTER
  }

  /** Where the media contacts are printed. */
  public enum Placement {
    /** Under the date line, before the body. */
    TOP,
    /** After the body, before the boilerplate. */
    BOTTOM
  }

  /**
   * Page margins in points (1/72 inch), each 18 to 200.
   *
   * @param top the top margin
   * @param right the right margin
   * @param bottom the bottom margin (the page footer sits in it)
   * @param left the left margin
   */
  public record Margins(float top, float right, float bottom, float left) {
    /** Margins; each must be 18 to 200 points. */
    public Margins {
      for (float v : new float[] {top, right, bottom, left}) {
        if (!(v >= 18 && v <= 200)) {
          throw new IllegalArgumentException("margins must be 18 to 200 points: " + v);
        }
      }
    }
  }

  /** A style; every part is checked. */
  public PrintStyle {
    if (organization != null) {
      organization = organization.strip();
      if (organization.isEmpty() || organization.length() > 200) {
        throw new IllegalArgumentException("organization must be 1 to 200 characters");
      }
      for (int i = 0; i < organization.length(); i++) {
        if (Character.isISOControl(organization.charAt(i))) {
          throw new IllegalArgumentException("organization must be one line of text");
        }
      }
    }
    if (accent < 0 || accent > 0xffffff) {
      throw new IllegalArgumentException("accent must be a colour 0xRRGGBB");
    }
    Objects.requireNonNull(typeface, "typeface");
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(margins, "margins");
    Objects.requireNonNull(contacts, "contacts");
  }

  /** Whether there is a letterhead to print (an organization or a logo). */
  public boolean hasLetterhead() {
    return organization != null || logo != null;
  }

  /** The accent colour as {@code RRGGBB}, upper case. */
  public String accentHex() {
    return String.format(Locale.ROOT, "%06X", accent);
  }

  /**
   * Reads a style file (YAML; see {@link StyleFile} for its keys). A logo path is relative to the
   * file.
   *
   * @throws StyleException naming the file, line and key of what is wrong
   */
  public static PrintStyle read(Path file) throws StyleException {
    return StyleFile.read(file);
  }

  /** A builder starting from {@link #DEFAULT}'s values. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this style. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.organization = organization;
    b.logo = logo;
    b.accent = accent;
    b.typeface = typeface;
    b.paper = paper;
    b.margins = margins;
    b.immediateRelease = immediateRelease;
    b.contacts = contacts;
    b.webFurniture = webFurniture;
    b.moreAt = moreAt;
    b.endMark = endMark;
    return b;
  }

  /** Builds a {@link PrintStyle}; each setter's default is the one named on the class. */
  public static final class Builder {
    private String organization;
    private Logo logo;
    private int accent = 0x1f3a5f;
    private Typeface typeface = Typeface.SANS;
    private Paper paper = Paper.A4;
    private Margins margins = new Margins(64, 72, 72, 72);
    private boolean immediateRelease;
    private Placement contacts = Placement.BOTTOM;
    private boolean webFurniture;
    private boolean moreAt;
    private boolean endMark = true;

    private Builder() {}

    /** The organization named in the letterhead, or {@code null} for none. */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /** The letterhead's logo, or {@code null} for none. */
    public Builder logo(Logo logo) {
      this.logo = logo;
      return this;
    }

    /** The accent colour, {@code 0xRRGGBB}. */
    public Builder accent(int rgb) {
      this.accent = rgb;
      return this;
    }

    /**
     * The accent colour from {@code #RRGGBB} (or {@code #RGB}).
     *
     * @throws IllegalArgumentException when it is not such a colour
     */
    public Builder accent(String hex) {
      this.accent = parseColour(hex);
      return this;
    }

    /** The house typeface. */
    public Builder typeface(Typeface typeface) {
      this.typeface = Objects.requireNonNull(typeface, "typeface");
      return this;
    }

    /** The paper. */
    public Builder paper(Paper paper) {
      this.paper = Objects.requireNonNull(paper, "paper");
      return this;
    }

    /** The page margins. */
    public Builder margins(Margins margins) {
      this.margins = Objects.requireNonNull(margins, "margins");
      return this;
    }

    /** Whether a {@code FOR IMMEDIATE RELEASE} line opens the release. */
    public Builder immediateRelease(boolean show) {
      this.immediateRelease = show;
      return this;
    }

    /** Where the media contacts are printed. */
    public Builder contacts(Placement placement) {
      this.contacts = Objects.requireNonNull(placement, "placement");
      return this;
    }

    /** Whether the web page's breadcrumb and footer actions are printed. */
    public Builder webFurniture(boolean show) {
      this.webFurniture = show;
      return this;
    }

    /** Whether actions with a target are printed as one "More at" line of links. */
    public Builder moreAt(boolean show) {
      this.moreAt = show;
      return this;
    }

    /** Whether the {@code ###} end mark closes the release. */
    public Builder endMark(boolean show) {
      this.endMark = show;
      return this;
    }

    /** The style. */
    public PrintStyle build() {
      return new PrintStyle(
          organization,
          logo,
          accent,
          typeface,
          paper,
          margins,
          immediateRelease,
          contacts,
          webFurniture,
          moreAt,
          endMark);
    }
  }

  static int parseColour(String hex) {
    String h = hex == null ? "" : hex.strip();
    if (h.matches("#[0-9A-Fa-f]{3}")) {
      h = "#" + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3);
    }
    if (!h.matches("#[0-9A-Fa-f]{6}")) {
      throw new IllegalArgumentException("a colour is #RRGGBB, not '" + hex + "'");
    }
    return Integer.parseInt(h.substring(1), 16);
  }
}
