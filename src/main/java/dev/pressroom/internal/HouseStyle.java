package dev.pressroom.internal;

import dev.pressroom.print.PrintStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The house style PDF and DOCX share, in one place: every size is the body size times a factor,
 * every gap is space before a block in body sizes, and the colours, typefaces and page footer are
 * named here. The PDF renderer lays out with these numbers; the DOCX renderer writes them into its
 * styles, so both print a release alike (within what Word's layout does differently).
 */
public final class HouseStyle {
  private HouseStyle() {}

  /** Body text size in points. */
  public static final float BODY_SIZE = 11;

  /** Line height of body text, as a multiple of its size. */
  public static final float LEADING = 1.4f;

  /**
   * One kind of block: its text size in points at the house body size (scaled with another body
   * size), its line height in text sizes, the space before it in body sizes, bold, grey.
   *
   * @param size the text size in points when the body is {@link #BODY_SIZE}
   * @param leading the line height in text sizes
   * @param before the space before, in body sizes
   * @param bold whether the text is bold
   * @param grey whether the text is grey
   */
  public record Look(float size, float leading, float before, boolean bold, boolean grey) {
    /** The text size in points for body size {@code base}. */
    public float points(float base) {
      return size * base / BODY_SIZE;
    }
  }

  /** The {@code FOR IMMEDIATE RELEASE} line and the web page's breadcrumb. */
  public static final Look SMALL = new Look(9, 1.3f, 0, false, true);

  /** The notice line {@code FOR IMMEDIATE RELEASE}. */
  public static final Look NOTICE = new Look(9.5f, 1.3f, 0.6f, true, false);

  /** The headline. */
  public static final Look TITLE = new Look(21, 1.2f, 0, true, false);

  /** The subtitle under the headline. */
  public static final Look SUBTITLE = new Look(14.5f, 1.25f, 0.3f, false, true);

  /** The date line. */
  public static final Look DATE = new Look(10, 1.3f, 0.4f, false, true);

  /** The first paragraph after the date line. */
  public static final Look FIRST = new Look(11, LEADING, 1.4f, false, false);

  /** A body paragraph. */
  public static final Look BODY = new Look(11, LEADING, 0.7f, false, false);

  /** Headings of levels 2, 3 and 4 (the contacts' and boilerplate's headings are level 2). */
  public static final Look H2 = new Look(16, 1.25f, 1.3f, true, false);

  /** A level-3 heading. */
  public static final Look H3 = new Look(14, 1.25f, 1.1f, true, false);

  /** A level-4 heading. */
  public static final Look H4 = new Look(12, 1.3f, 0.9f, true, false);

  /** A list's first item; further items have {@link #ITEM}. */
  public static final Look FIRST_ITEM = new Look(11, LEADING, 0.5f, false, false);

  /** A list item after the first. */
  public static final Look ITEM = new Look(11, LEADING, 0.25f, false, false);

  /** A quote's first paragraph; further ones have {@link #QUOTE_NEXT}. */
  public static final Look QUOTE = new Look(11, LEADING, 0.7f, false, false);

  /** A quote's paragraph after the first. */
  public static final Look QUOTE_NEXT = new Look(11, LEADING, 0.4f, false, false);

  /** A quote's attribution line. */
  public static final Look ATTRIBUTION = new Look(10.5f, LEADING, 0.3f, false, true);

  /** A contact's first line; its further lines have no space before. */
  public static final Look CONTACT = new Look(11, 1.35f, 0.9f, false, false);

  /** The end mark {@code ###}, centred. */
  public static final Look END_MARK = new Look(11, LEADING, 1.4f, true, false);

  /** The page footer. */
  public static final Look FOOTER = new Look(9, 1.2f, 0, false, true);

  /** Indentation of quotes and of each list level, in body sizes. */
  public static final float INDENT = 1.8f;

  /** How far list labels hang left of the item text, in body sizes. */
  public static final float HANG = 1.5f;

  /** Height of the letterhead's logo in points; its width follows the image. */
  public static final float LOGO_HEIGHT = 40;

  /** The widest a logo may be, in points. */
  public static final float LOGO_MAX_WIDTH = 220;

  /**
   * The size in points of a logo of {@code width} × {@code height} pixels: {@link #LOGO_HEIGHT}
   * high, at most {@link #LOGO_MAX_WIDTH} wide, in its proportions.
   */
  public static float[] logoSize(int width, int height) {
    float h = LOGO_HEIGHT;
    float w = h * width / height;
    if (w > LOGO_MAX_WIDTH) {
      h = h * LOGO_MAX_WIDTH / w;
      w = LOGO_MAX_WIDTH;
    }
    return new float[] {w, h};
  }

  /** The grey of secondary text. */
  public static final int GREY = 0x555555;

  /** The colour of links. */
  public static final int LINK = 0x0D3399;

  /** The text of the notice line. */
  public static final String NOTICE_TEXT = "FOR IMMEDIATE RELEASE";

  /** The end mark. */
  public static final String END_MARK_TEXT = "###";

  /** The look of a heading of {@code level} 2 to 4. */
  public static Look heading(int level) {
    return level == 2 ? H2 : level == 3 ? H3 : H4;
  }

  /**
   * The font names of a typeface: the bundled TrueType file's base name (PDF) and the family name a
   * word processor shows, with its metric-compatible alternative.
   *
   * @param file the bundled font's file base name
   * @param family the family name written in DOCX
   * @param alternative the metric-compatible family a word processor may substitute
   */
  public record Fonts(String file, String family, String alternative) {}

  /** The fonts of {@code typeface}. */
  public static Fonts fonts(PrintStyle.Typeface typeface) {
    return typeface == PrintStyle.Typeface.SERIF
        ? new Fonts("LiberationSerif", "Liberation Serif", "Times New Roman")
        : new Fonts("LiberationSans", "Liberation Sans", "Arial");
  }

  private static final Map<String, String[]> PAGE_FOOTER =
      Map.ofEntries(
          Map.entry("en", new String[] {"Page ", " of ", ""}),
          Map.entry("de", new String[] {"Seite ", " von ", ""}),
          Map.entry("fr", new String[] {"Page ", " sur ", ""}),
          Map.entry("es", new String[] {"Página ", " de ", ""}),
          Map.entry("it", new String[] {"Pagina ", " di ", ""}),
          Map.entry("pt", new String[] {"Página ", " de ", ""}),
          Map.entry("nl", new String[] {"Pagina ", " van ", ""}),
          Map.entry("sv", new String[] {"Sida ", " av ", ""}),
          Map.entry("da", new String[] {"Side ", " af ", ""}),
          Map.entry("nb", new String[] {"Side ", " av ", ""}),
          Map.entry("no", new String[] {"Side ", " av ", ""}),
          Map.entry("fi", new String[] {"Sivu ", " / ", ""}),
          Map.entry("pl", new String[] {"Strona ", " z ", ""}),
          Map.entry("cs", new String[] {"Strana ", " z ", ""}),
          Map.entry("ru", new String[] {"Страница ", " из ", ""}),
          Map.entry("uk", new String[] {"Сторінка ", " з ", ""}),
          Map.entry("tr", new String[] {"Sayfa ", " / ", ""}),
          Map.entry("el", new String[] {"Σελίδα ", " από ", ""}),
          Map.entry("ar", new String[] {"صفحة ", " من ", ""}),
          Map.entry("he", new String[] {"עמוד ", " מתוך ", ""}),
          Map.entry("fa", new String[] {"صفحهٔ ", " از ", ""}),
          Map.entry("hi", new String[] {"पृष्ठ ", " / ", ""}),
          Map.entry("ja", new String[] {"", " / ", " ページ"}),
          Map.entry("zh", new String[] {"第 ", " 页，共 ", " 页"}),
          Map.entry("ko", new String[] {"", " / ", " 페이지"}));

  /**
   * The page footer's words in {@code language} (a BCP 47 tag or {@code null}): {@code [before the
   * page number, between it and the page count, after the count]}, such as {@code ["Page ", " of ",
   * ""]}. A language without its own words has {@code ["", " / ", ""]}.
   */
  public static String[] pageFooter(String language) {
    String primary =
        language == null
            ? "en"
            : Locale.forLanguageTag(language).getLanguage().toLowerCase(Locale.ROOT);
    String[] words = PAGE_FOOTER.get(primary.isEmpty() ? "en" : primary);
    return words == null ? new String[] {"", " / ", ""} : words.clone();
  }

  /** The page footer of page {@code page} of {@code pages} in {@code language}. */
  public static String pageFooter(String language, int page, int pages) {
    String[] w = pageFooter(language);
    return w[0] + page + w[1] + pages + w[2];
  }
}
