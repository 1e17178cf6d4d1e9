package dev.pressroom.format.docx;

import dev.pressroom.internal.DateWords;
import dev.pressroom.internal.Direction;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a release as a Word document (Office Open XML, {@code .docx}) that opens cleanly in Word,
 * LibreOffice and pandoc.
 *
 * <pre>{@code
 * ReleaseRenderer docx = DocxRenderer.builder().pageSize(DocxRenderer.PageSize.LETTER)
 *     .margins(54).build();
 * docx.render(release, out);
 * }</pre>
 *
 * <p>Layout, top to bottom: the breadcrumb, only when the web furniture is printed ({@link
 * Builder#printWebFurniture}; {@code Release Breadcrumb}: segments in {@code Release Breadcrumb
 * Segment} runs, {@code " > "} in {@code Release Breadcrumb Separator} runs), the headline in
 * Word's built-in {@code Title} style, the timestamp ({@code Release Timestamp}: the date in words
 * in the release's language, by the rule of {@code dev.pressroom.internal.DateWords} that PDF and
 * HTML share, {@code 28. Oktober 2023, 13:25 MESZ}), one {@code Release Body} paragraph per
 * paragraph, and, again only when the web furniture is printed, one {@code Release Footer Action}
 * paragraph per action, a real hyperlink when it has a target. When it is not printed and the "More
 * at" line is asked for ({@link Builder#moreAtLine}), one {@code Release More At} paragraph {@code
 * More at: Label, Label} holds a hyperlink per action with a target; the parser does not read it.
 * The page footer shows {@code Page N of M} in the release's language ({@code PAGE} and {@code
 * NUMPAGES} fields). Core properties hold the title, the language and the timestamp as {@code
 * created}; the language is also set on the document defaults ({@code w:lang}), with an East-Asian
 * font so CJK text displays. Custom document properties ({@code docProps/custom.xml}, {@link
 * CustomProperties}) hold the exact timestamp, the breadcrumb and the footer actions, printed or
 * not, so that the parser gives them back.
 *
 * <p>Direction, by {@link Direction}'s rule: every paragraph of release text that is right to left
 * has {@code <w:bidi/>}, and the text is in runs cut where it changes between right-to-left
 * stretches and the rest ({@link Direction#stretches}, over the paragraph's whole text), the
 * right-to-left runs with {@code <w:rtl/>}, so that Word shapes and orders them as complex script
 * (bold and italic runs carry {@code w:bCs}/{@code w:iCs}). The document defaults name a
 * complex-script font ({@code w:rFonts w:cs="Arial"}, which has Arabic and Hebrew); a right-to-left
 * release also sets its language in the complex-script slot ({@code <w:lang w:val="ar"
 * w:bidi="ar"/>}). The page itself stays as it is: one column, the page number centred, no mirrored
 * margins, so no section or settings change is needed. A release without right-to-left text has
 * neither {@code w:bidi} nor {@code w:rtl}.
 *
 * <p>A version-2 release adds, in Word's built-in styles where Word has one: the subtitle in {@code
 * Subtitle} right after the title; the body's headings in {@code Heading 2} to {@code Heading 4},
 * lists in {@code List Bullet} / {@code List Number} (nested: {@code List Bullet 2} / {@code List
 * Number 2}) with real numbering ({@code word/numbering.xml}, one {@code w:num} per list), quotes
 * in {@code Quote} with the attribution in {@code Release Quote Attribution}, strong text in bold
 * runs, emphasis in italic runs and links as hyperlinks ({@link BodyXml} says exactly how); then,
 * under a {@code Release Contacts Heading} ("Media contacts", based on {@code Heading 2}), one
 * {@code Release Contact} paragraph per contact with its parts in character styles of their own;
 * then, under a {@code Release About Heading} ("About"), the boilerplate, its paragraphs in {@code
 * Release Boilerplate}. The section headings are told apart from the body's headings by their
 * style, never their text, so a body heading "About us" stays a heading. A release of plain
 * paragraphs only is written exactly as by version 1 (no numbering part, no extra styles).
 *
 * <p>Hyphenation is left to the reader, on by default ({@link Builder#hyphenate}): {@code
 * word/settings.xml} has {@code <w:autoHyphenation/>} and a hyphenation zone of a quarter inch, and
 * the text carries the release's language ({@code w:lang}), so Word and LibreOffice hyphenate it
 * with their dictionaries for that language.
 *
 * <p>Text is kept exactly: tabs as {@code <w:tab/>}, soft hyphens as {@code <w:softHyphen/>},
 * spaces preserved, everything else as characters. The parts are written directly as XML into a zip
 * with fixed entry order and times, so the same release gives the same bytes every time.
 *
 * <p>Printing: the house style of {@link PrintStyle#DEFAULT}, shared with the PDF renderer through
 * {@link HouseStyle} (the same sizes, spacing, margins and typeface: Liberation Sans or Serif,
 * which word processors without them replace by the metric-compatible Arial or Times New Roman),
 * body text justified, the page footer {@code Page N of M} in the release's language ({@code PAGE}
 * and {@code NUMPAGES} fields), and the {@code ###} end mark in {@code Release End Mark}. {@link
 * Builder#style} adds a letterhead in the first page's header ({@code Release Letterhead}: the logo
 * as an inline picture described by the organization's name, then the name) and a {@code FOR
 * IMMEDIATE RELEASE} line in {@code Release Notice}, and puts the contacts on top or at the bottom;
 * the notice and end mark are printed furniture that the parser does not read as release text.
 */
public final class DocxRenderer implements ReleaseRenderer {

  /** Paper sizes, in twentieths of a point. */
  public enum PageSize {
    /** ISO A4, 210 × 297 mm. */
    A4(11906, 16838, 9),
    /** US Letter, 8.5 × 11 in. */
    LETTER(12240, 15840, 1);

    final int width;
    final int height;
    final int code;

    PageSize(int width, int height, int code) {
      this.width = width;
      this.height = height;
      this.code = code;
    }
  }

  private static final DateTimeFormatter W3CDTF =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);

  private final PageSize pageSize;
  private final int[] margins; // top, right, bottom, left in twips
  private final PrintStyle style;
  private final Letterhead letterhead; // made once per renderer, or null
  private final boolean hyphenate;

  /** A4 with 2.5 cm (about 72 pt) margins. */
  public DocxRenderer() {
    this(builder());
  }

  private DocxRenderer(Builder builder) {
    this.pageSize = builder.pageSize;
    this.margins = builder.margins.clone();
    this.style = builder.style;
    this.letterhead = Letterhead.of(builder.style);
    this.hyphenate = builder.hyphenate;
  }

  /** A builder starting from A4 and 72 pt margins. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public String extension() {
    return "docx";
  }

  /** Every field is carried: the release itself. */
  @Override
  public PressRelease carried(PressRelease release) {
    return release;
  }

  // parts that are the same in every document, compressed once
  private static final Zip.Packed CONTENT_TYPES =
      Zip.pack("[Content_Types].xml", Parts.CONTENT_TYPES);
  private static final Zip.Packed CONTENT_TYPES_NUMBERED =
      Zip.pack("[Content_Types].xml", Parts.CONTENT_TYPES_NUMBERED);
  private static final Zip.Packed PACKAGE_RELS = Zip.pack("_rels/.rels", Parts.PACKAGE_RELS);
  private static final Zip.Packed APP = Zip.pack("docProps/app.xml", Parts.APP);
  private static final Zip.Packed SETTINGS = Zip.pack("word/settings.xml", Parts.SETTINGS);

  /** Compressed page footers by language. */
  private static final Map<String, Zip.Packed> FOOTERS = new ConcurrentHashMap<>();

  private static Zip.Packed footer(String lang) {
    String key =
        String.join("\n", HouseStyle.pageFooter(lang)) + Direction.rightToLeftLanguage(lang);
    Zip.Packed packed = FOOTERS.get(key);
    if (packed == null) {
      packed = Zip.pack("word/footer1.xml", Parts.footer(lang));
      if (FOOTERS.size() < 64) {
        FOOTERS.putIfAbsent(key, packed);
      }
    }
    return packed;
  }

  private static final Zip.Packed SETTINGS_UNHYPHENATED =
      Zip.pack("word/settings.xml", Parts.SETTINGS_UNHYPHENATED);

  /** Compressed style parts by language settings; a handful of languages covers most batches. */
  private static final Map<String, Zip.Packed> STYLES = new ConcurrentHashMap<>();

  private static Zip.Packed styles(
      String langElement, String eastAsiaFont, boolean rich, PrintStyle style) {
    String key =
        langElement
            + '\n'
            + eastAsiaFont
            + '\n'
            + rich
            + '\n'
            + style.typeface()
            + '\n'
            + style.accent();
    Zip.Packed packed = STYLES.get(key);
    if (packed == null) {
      packed = Zip.pack("word/styles.xml", Styles.xml(langElement, eastAsiaFont, rich, style));
      if (STYLES.size() < 64) {
        STYLES.putIfAbsent(key, packed);
      }
    }
    return packed;
  }

  /** Compressed numbering parts by their list definitions; most releases have a list or two. */
  private static final Map<List<Integer>, Zip.Packed> NUMBERING = new ConcurrentHashMap<>();

  private static Zip.Packed numbering(List<Integer> lists) {
    Zip.Packed packed = NUMBERING.get(lists);
    if (packed == null) {
      packed = Zip.pack("word/numbering.xml", Parts.numbering(lists));
      if (NUMBERING.size() < 64 && lists.size() <= 8) {
        NUMBERING.putIfAbsent(List.copyOf(lists), packed);
      }
    }
    return packed;
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    String lang = release.language();
    StringBuilder document = new StringBuilder(4096 + 2 * totalLength(release));
    BodyXml body = new BodyXml(document, lang);
    document(release, document, body);
    boolean numbered = !body.lists().isEmpty();
    Zip zip = new Zip(out);
    if (letterhead == null) {
      zip.add(numbered ? CONTENT_TYPES_NUMBERED : CONTENT_TYPES);
    } else {
      String types = numbered ? Parts.CONTENT_TYPES_NUMBERED : Parts.CONTENT_TYPES;
      zip.add(
          "[Content_Types].xml", types.replace("</Types>", letterhead.contentTypes() + "</Types>"));
    }
    zip.add(PACKAGE_RELS);
    zip.add("docProps/core.xml", core(release));
    zip.add(APP);
    zip.add(CustomProperties.PART, CustomProperties.xml(release));
    zip.add("word/document.xml", document.toString());
    zip.add(
        "word/_rels/document.xml.rels", documentRels(body.links(), numbered, letterhead != null));
    zip.add(styles(langElement(lang), eastAsiaFont(lang), !release.isPlain(), style));
    if (numbered) {
      zip.add(numbering(body.lists()));
    }
    zip.add(hyphenate ? SETTINGS : SETTINGS_UNHYPHENATED);
    zip.add(footer(lang));
    if (letterhead != null) {
      zip.add(letterhead.header);
      if (letterhead.media != null) {
        zip.add(letterhead.rels);
        zip.add(letterhead.media);
      }
    }
    zip.finish();
  }

  private void document(PressRelease release, StringBuilder out, BodyXml body) {
    out.append(Parts.XML_DECLARATION)
        .append("<w:document xmlns:w=\"")
        .append(Parts.W)
        .append("\" xmlns:r=\"")
        .append(Parts.R)
        .append("\"><w:body>");
    String lang = release.language();
    if (style.webFurniture() && !release.breadcrumb().isEmpty()) {
      List<String> segments = release.breadcrumb();
      String line = String.join(Styles.SEPARATOR_TEXT, segments);
      boolean rightToLeft = Direction.rightToLeft(line, lang);
      int[] stretches = Direction.stretches(line, rightToLeft);
      open(out, Styles.BREADCRUMB, rightToLeft);
      int at = 0;
      for (int i = 0; i < segments.size(); i++) {
        if (i > 0) {
          WordXml.run(out, Styles.SEPARATOR_TEXT, Styles.SEPARATOR, false, false, stretches, at);
          at += Styles.SEPARATOR_TEXT.length();
        }
        WordXml.run(out, segments.get(i), Styles.SEGMENT, false, false, stretches, at);
        at += segments.get(i).length();
      }
      out.append("</w:p>");
    }
    if (style.immediateRelease()) {
      paragraph(out, Styles.NOTICE, HouseStyle.NOTICE_TEXT, lang);
    }
    paragraph(out, Styles.TITLE, release.title(), lang);
    if (release.subtitle() != null) {
      paragraph(out, Styles.SUBTITLE, release.subtitle(), lang);
    }
    if (release.timestamp() != null) {
      paragraph(out, Styles.TIMESTAMP, DateWords.format(release.timestamp(), lang), lang);
    }
    boolean contactsOnTop = style.contacts() == PrintStyle.Placement.TOP;
    if (contactsOnTop) {
      contacts(release, body);
    }
    body.blocks(release.body(), Styles.BODY);
    if (!contactsOnTop) {
      contacts(release, body);
    }
    if (!release.boilerplate().isEmpty()) {
      body.plain(Styles.ABOUT_HEADING, Styles.ABOUT_TEXT);
      body.blocks(release.boilerplate(), Styles.BOILERPLATE);
    }
    if (!style.webFurniture() && style.moreAt()) {
      moreAt(release, out, body);
    }
    if (style.endMark()) {
      paragraph(out, Styles.END_MARK, HouseStyle.END_MARK_TEXT, lang);
    }
    for (FooterAction action :
        style.webFurniture() ? release.footerActions() : List.<FooterAction>of()) {
      boolean rightToLeft = Direction.rightToLeft(action.label(), lang);
      open(out, Styles.ACTION, rightToLeft);
      if (link(action) == null) {
        WordXml.run(out, action.label(), null, rightToLeft);
      } else {
        out.append("<w:hyperlink r:id=\"")
            .append(body.link(link(action)))
            .append("\" w:history=\"1\">");
        WordXml.run(out, action.label(), Styles.HYPERLINK, rightToLeft);
        out.append("</w:hyperlink>");
      }
      out.append("</w:p>");
    }
    int[] m = margins;
    out.append("<w:sectPr>");
    if (letterhead != null) {
      out.append("<w:headerReference w:type=\"first\" r:id=\"rIdHeader\"/>")
          .append("<w:footerReference w:type=\"first\" r:id=\"rIdFooter\"/>");
    }
    out.append("<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>")
        .append("<w:pgSz w:w=\"")
        .append(pageSize.width)
        .append("\" w:h=\"")
        .append(pageSize.height)
        .append("\" w:code=\"")
        .append(pageSize.code)
        .append("\"/><w:pgMar w:top=\"")
        .append(m[0])
        .append("\" w:right=\"")
        .append(m[1])
        .append("\" w:bottom=\"")
        .append(m[2])
        .append("\" w:left=\"")
        .append(m[3])
        .append("\" w:header=\"708\" w:footer=\"")
        .append(Math.min(708, m[2] / 2))
        .append("\" w:gutter=\"0\"/>")
        .append(letterhead != null ? "<w:titlePg/>" : "")
        .append("</w:sectPr></w:body></w:document>");
  }

  private static void contacts(PressRelease release, BodyXml body) {
    if (!release.contacts().isEmpty()) {
      body.plain(Styles.CONTACTS_HEADING, Styles.CONTACTS_TEXT);
      for (Contact contact : release.contacts()) {
        body.contact(contact);
      }
    }
  }

  /** What opens the "More at" line, not part of the release. */
  static final String MORE_AT = "More at: ";

  /**
   * The "More at" paragraph ({@code Release More At}): {@code More at: } and the footer actions
   * that have a target, each a hyperlink, joined by {@code ", "}; none when no action has one.
   */
  private static void moreAt(PressRelease release, StringBuilder out, BodyXml body) {
    String lang = release.language();
    boolean any = false;
    for (FooterAction action : release.footerActions()) {
      if (link(action) == null) {
        continue;
      }
      if (!any) {
        open(out, Styles.MORE_AT, Direction.rightToLeftLanguage(lang));
        WordXml.run(out, MORE_AT, null, false);
        any = true;
      } else {
        WordXml.run(out, ", ", null, false);
      }
      boolean rightToLeft = Direction.rightToLeft(action.label(), lang);
      out.append("<w:hyperlink r:id=\"")
          .append(body.link(link(action)))
          .append("\" w:history=\"1\">");
      WordXml.run(out, action.label(), Styles.HYPERLINK, rightToLeft);
      out.append("</w:hyperlink>");
    }
    if (any) {
      out.append("</w:p>");
    }
  }

  private static int totalLength(PressRelease release) {
    int n = release.title().length();
    for (String p : release.paragraphs()) {
      n += p.length();
    }
    if (!release.isPlain()) {
      n += 2 * n + 200 * release.contacts().size();
      for (String p : PressRelease.plainLines(release.boilerplate())) {
        n += 3 * p.length();
      }
    }
    return n;
  }

  private static void open(StringBuilder out, String style, boolean rightToLeft) {
    out.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
    out.append(rightToLeft ? "<w:bidi/></w:pPr>" : "</w:pPr>");
  }

  /** One paragraph of {@code text}, right to left when {@link Direction} says so. */
  private static void paragraph(StringBuilder out, String style, String text, String lang) {
    boolean rightToLeft = Direction.rightToLeft(text, lang);
    open(out, style, rightToLeft);
    WordXml.run(out, text, null, rightToLeft);
    out.append("</w:p>");
  }

  private static String documentRels(List<URI> links, boolean numbered, boolean header) {
    StringBuilder out = new StringBuilder(1024);
    out.append(Parts.XML_DECLARATION)
        .append("<Relationships xmlns=\"")
        .append(Parts.PACKAGE_RELS_NS)
        .append("\">")
        .append(rel("rIdStyles", "styles", "styles.xml", false))
        .append(rel("rIdSettings", "settings", "settings.xml", false))
        .append(rel("rIdFooter", "footer", "footer1.xml", false));
    if (header) {
      out.append(rel("rIdHeader", "header", "header1.xml", false));
    }
    if (numbered) {
      out.append(rel("rIdNumbering", "numbering", "numbering.xml", false));
    }
    for (int i = 0; i < links.size(); i++) {
      out.append(rel("rIdLink" + (i + 1), "hyperlink", links.get(i).toString(), true));
    }
    return out.append("</Relationships>").toString();
  }

  /**
   * The hyperlink target of an action, or {@code null}: the model allows only safe targets, and no
   * hyperlink is written for any other.
   */
  private static URI link(FooterAction action) {
    return LinkTargets.isAllowed(action.target()) ? action.target() : null;
  }

  private static String rel(String id, String type, String target, boolean external) {
    StringBuilder out = new StringBuilder(160);
    out.append("<Relationship Id=\"")
        .append(id)
        .append("\" Type=\"")
        .append(Parts.R)
        .append('/')
        .append(type)
        .append("\" Target=\"");
    WordXml.attr(out, target).append('"');
    if (external) {
      out.append(" TargetMode=\"External\"");
    }
    return out.append("/>").toString();
  }

  private static String core(PressRelease release) {
    StringBuilder out = new StringBuilder(512);
    out.append(Parts.XML_DECLARATION).append(Parts.CORE_OPEN).append("<dc:title>");
    WordXml.text(out, release.title()).append("</dc:title>");
    if (release.language() != null) {
      out.append("<dc:language>").append(release.language()).append("</dc:language>");
    }
    if (release.timestamp() != null) {
      String when = w3cdtf(release.timestamp());
      out.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
          .append(when)
          .append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
          .append(when)
          .append("</dcterms:modified>");
    }
    return out.append("</cp:coreProperties>").toString();
  }

  /** The timestamp in UTC; a timestamp without an offset is taken as UTC. */
  private static String w3cdtf(Timestamp timestamp) {
    LocalDateTime local = timestamp.toLocalDateTime();
    LocalDateTime utc =
        timestamp.offset() == null
            ? local
            : local
                .atOffset(timestamp.offset())
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    return W3CDTF.format(utc);
  }

  /** The {@code <w:lang>} of the document defaults: Latin, East-Asian and complex-script slots. */
  private static String langElement(String lang) {
    if (lang == null) {
      return "";
    }
    String primary = primary(lang);
    StringBuilder out = new StringBuilder("<w:lang w:val=\"").append(lang).append('"');
    if (primary.equals("zh") || primary.equals("ja") || primary.equals("ko")) {
      out.append(" w:eastAsia=\"").append(lang).append('"');
    }
    if (Direction.rightToLeftLanguage(lang)) {
      out.append(" w:bidi=\"").append(lang).append('"');
    }
    return out.append("/>").toString();
  }

  /** A font for CJK text that Word has, and that LibreOffice substitutes when it lacks it. */
  private static String eastAsiaFont(String lang) {
    if (lang == null) {
      return "SimSun";
    }
    String l = lang.toLowerCase(Locale.ROOT);
    if (l.startsWith("ja")) {
      return "MS Mincho";
    }
    if (l.startsWith("ko")) {
      return "Batang";
    }
    if (l.equals("zh-tw") || l.equals("zh-hk") || l.contains("hant")) {
      return "PMingLiU";
    }
    return "SimSun";
  }

  private static String primary(String lang) {
    int dash = lang.indexOf('-');
    return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /** Builds a {@link DocxRenderer}. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private final int[] margins = {1280, 1440, 1440, 1440};
    private PrintStyle style = PrintStyle.DEFAULT;
    private boolean hyphenate = true;

    private Builder() {}

    /**
     * Takes a print style: its paper and margins (which the setters below may change afterwards),
     * typeface, accent colour, letterhead and which release furniture it prints. The same style
     * given to {@code PdfRenderer.builder().style(…)} prints the same release alike.
     */
    public Builder style(PrintStyle style) {
      this.style = java.util.Objects.requireNonNull(style, "style");
      this.pageSize = style.paper() == PrintStyle.Paper.LETTER ? PageSize.LETTER : PageSize.A4;
      PrintStyle.Margins m = style.margins();
      return margins(m.top(), m.right(), m.bottom(), m.left());
    }

    /**
     * Whether to print the web page's furniture, the breadcrumb above the title and the footer
     * actions at the end (default false: paper leaves them off; the print style's {@code
     * webFurniture}). Either way they are kept in the custom document properties, so the parser
     * gives them back.
     */
    public Builder printWebFurniture(boolean print) {
      this.style = style.toBuilder().webFurniture(print).build();
      return this;
    }

    /**
     * Whether footer actions that have a target are printed, when the web furniture is not, as one
     * {@code Release More At} paragraph {@code More at: Label, Label} of hyperlinks at the end
     * (default false; the print style's {@code moreAt}). The parser does not read that paragraph as
     * part of the release.
     */
    public Builder moreAtLine(boolean moreAt) {
      this.style = style.toBuilder().moreAt(moreAt).build();
      return this;
    }

    /**
     * Whether Word and LibreOffice hyphenate the text automatically ({@code <w:autoHyphenation/>}
     * in {@code word/settings.xml}), each run in its language; true by default.
     */
    public Builder hyphenate(boolean hyphenate) {
      this.hyphenate = hyphenate;
      return this;
    }

    /** The paper size; A4 by default. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = java.util.Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /** The same margin on every side, in points (1/72 inch); 72 by default. */
    public Builder margins(double points) {
      return margins(points, points, points, points);
    }

    /** Margins in points: top, right, bottom, left. Each from 0 to 288 (4 inches). */
    public Builder margins(double top, double right, double bottom, double left) {
      double[] points = {top, right, bottom, left};
      for (double value : points) {
        if (!(value >= 0 && value <= 288)) {
          throw new IllegalArgumentException("margin must be 0 to 288 points: " + value);
        }
      }
      for (int i = 0; i < 4; i++) {
        margins[i] = (int) Math.round(points[i] * 20); // twentieths of a point
      }
      return this;
    }

    /** A renderer with these options. */
    public DocxRenderer build() {
      return new DocxRenderer(this);
    }
  }
}
