package dev.pressroom.format.docx;

import dev.pressroom.internal.HouseStyle;
import dev.pressroom.print.PrintStyle;

/**
 * The paragraph and character styles Pressroom writes and recognises, and the {@code styles.xml}
 * that defines them. Built-in Word styles keep their built-in ids and names ({@code Title}, {@code
 * Hyperlink}, {@code footer}); ours are named {@code Release ...} so that a person editing the file
 * sees what each paragraph is.
 */
final class Styles {
  private Styles() {}

  static final String TITLE = "Title";
  static final String BREADCRUMB = "ReleaseBreadcrumb";
  static final String SEGMENT = "ReleaseBreadcrumbSegment";
  static final String SEPARATOR = "ReleaseBreadcrumbSeparator";
  static final String TIMESTAMP = "ReleaseTimestamp";
  static final String BODY = "ReleaseBody";
  static final String ACTION = "ReleaseFooterAction";
  static final String MORE_AT = "ReleaseMoreAt";
  static final String HYPERLINK = "Hyperlink";
  static final String FOOTER = "Footer";
  static final String NOTICE = "ReleaseNotice";
  static final String END_MARK = "ReleaseEndMark";
  static final String LETTERHEAD = "ReleaseLetterhead";

  // version-2 structure: Word's built-in styles where Word has one, ours for the rest
  static final String SUBTITLE = "Subtitle";
  static final String HEADING = "Heading"; // + level: Heading2 .. Heading4
  static final String LIST_BULLET = "ListBullet";
  static final String LIST_BULLET_2 = "ListBullet2";
  static final String LIST_NUMBER = "ListNumber";
  static final String LIST_NUMBER_2 = "ListNumber2";
  static final String QUOTE = "Quote";
  static final String ATTRIBUTION = "ReleaseQuoteAttribution";
  static final String CONTACTS_HEADING = "ReleaseContactsHeading";
  static final String CONTACT = "ReleaseContact";
  static final String ABOUT_HEADING = "ReleaseAboutHeading";
  static final String BOILERPLATE = "ReleaseBoilerplate";

  /** Character styles of a contact's parts, in the order they are written. */
  static final String CONTACT_NAME = "ReleaseContactName";

  static final String CONTACT_ROLE = "ReleaseContactRole";
  static final String CONTACT_ORGANIZATION = "ReleaseContactOrganization";
  static final String CONTACT_EMAIL = "ReleaseContactEmail";
  static final String CONTACT_PHONE = "ReleaseContactPhone";
  static final String CONTACT_URL = "ReleaseContactUrl";

  /** What the section headings over the contacts and the boilerplate show. */
  static final String CONTACTS_TEXT = "Media contacts";

  static final String ABOUT_TEXT = "About";

  /** What a separator run between breadcrumb segments shows. */
  static final String SEPARATOR_TEXT = " > ";

  /**
   * {@code styles.xml}; {@code lang} is the {@code <w:lang>} element or empty. The styles of
   * version-2 structure are defined only when {@code rich}, so a release of plain paragraphs is
   * written as before.
   */
  static String xml(String lang, String eastAsiaFont, boolean rich, PrintStyle style) {
    String accent = style.accentHex();
    String base = xml(lang, eastAsiaFont, HouseStyle.fonts(style.typeface()).family(), accent);
    if (!rich) {
      return base;
    }
    int end = base.lastIndexOf("</w:styles>");
    return base.substring(0, end) + rich(accent) + "</w:styles>";
  }

  /** {@code w:spacing} of a house look: its space before and its line height, at least. */
  static String spacing(HouseStyle.Look look) {
    return "<w:spacing w:before=\""
        + twips(look.before() * HouseStyle.BODY_SIZE)
        + "\" w:after=\"0\" w:line=\""
        + twips(look.size() * look.leading())
        + "\" w:lineRule=\"atLeast\"/>";
  }

  /** {@code w:sz} and {@code w:szCs} of a house look, in half-points. */
  static String size(HouseStyle.Look look) {
    int half = Math.round(look.size() * 2);
    return "<w:sz w:val=\"" + half + "\"/><w:szCs w:val=\"" + half + "\"/>";
  }

  private static int twips(float points) {
    return Math.round(points * 20);
  }

  private static String grey(HouseStyle.Look look) {
    return look.grey() ? "<w:color w:val=\"" + GREY + "\"/>" : "";
  }

  private static final String GREY = String.format("%06X", HouseStyle.GREY);

  private static String heading(int level, String accent) {
    HouseStyle.Look look = HouseStyle.heading(level);
    return """
        <w:style w:type="paragraph" w:styleId="Heading%1$d"><w:name w:val="heading %1$d"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="9"/>\
        <w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        %3$s<w:outlineLvl w:val="%2$d"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:color w:val="%5$s"/>%4$s</w:rPr></w:style>"""
        .formatted(level, level - 1, spacing(look), size(look), accent);
  }

  private static String list(String id, String name) {
    return """
        <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>\
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:pPr>%s<w:jc w:val="both"/></w:pPr></w:style>"""
        .formatted(id, name, spacing(HouseStyle.ITEM));
  }

  private static String characterStyle(String id, String name, String basedOn, String rPr) {
    return """
        <w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>\
        <w:basedOn w:val="%s"/><w:qFormat/>%s</w:style>"""
        .formatted(id, name, basedOn, rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>");
  }

  /** The styles of subtitle, headings, lists, quotes, contacts and boilerplate. */
  private static String rich(String accent) {
    return """
        <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="11"/>\
        <w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s%s</w:rPr></w:style>"""
            .formatted(
                spacing(HouseStyle.SUBTITLE), grey(HouseStyle.SUBTITLE), size(HouseStyle.SUBTITLE))
        + heading(2, accent)
        + heading(3, accent)
        + heading(4, accent)
        + list(LIST_BULLET, "List Bullet")
        + list(LIST_BULLET_2, "List Bullet 2")
        + list(LIST_NUMBER, "List Number")
        + list(LIST_NUMBER_2, "List Number 2")
        + """
        <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="29"/>\
        <w:qFormat/><w:pPr>%1$s<w:ind w:left="%3$d"/><w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseQuoteAttribution">\
        <w:name w:val="Release Quote Attribution"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="ReleaseBody"/><w:qFormat/><w:pPr>%2$s<w:ind w:left="%3$d"/></w:pPr>\
        <w:rPr>%4$s%5$s</w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseContactsHeading">\
        <w:name w:val="Release Contacts Heading"/><w:basedOn w:val="Heading2"/>\
        <w:next w:val="ReleaseContact"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseContact">\
        <w:name w:val="Release Contact"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr>%6$s</w:pPr></w:style>"""
            .formatted(
                spacing(HouseStyle.QUOTE),
                spacing(HouseStyle.ATTRIBUTION),
                twips(HouseStyle.INDENT * HouseStyle.BODY_SIZE),
                grey(HouseStyle.ATTRIBUTION),
                size(HouseStyle.ATTRIBUTION),
                spacing(HouseStyle.CONTACT))
        + characterStyle(
            CONTACT_NAME, "Release Contact Name", "DefaultParagraphFont", "<w:b/><w:bCs/>")
        + characterStyle(CONTACT_ROLE, "Release Contact Role", "DefaultParagraphFont", "")
        + characterStyle(
            CONTACT_ORGANIZATION, "Release Contact Organization", "DefaultParagraphFont", "")
        + characterStyle(CONTACT_EMAIL, "Release Contact Email", "DefaultParagraphFont", "")
        + characterStyle(CONTACT_PHONE, "Release Contact Phone", "DefaultParagraphFont", "")
        + characterStyle(CONTACT_URL, "Release Contact Url", "Hyperlink", "")
        + """
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseAboutHeading">\
        <w:name w:val="Release About Heading"/><w:basedOn w:val="Heading2"/>\
        <w:next w:val="ReleaseBoilerplate"/><w:qFormat/></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBoilerplate">\
        <w:name w:val="Release Boilerplate"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr>%s<w:jc w:val="both"/></w:pPr></w:style>"""
            .formatted(spacing(HouseStyle.BODY));
  }

  /** {@code styles.xml} of a release of plain paragraphs. */
  private static String xml(String lang, String eastAsiaFont, String family, String accent) {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="%3$s" w:hAnsi="%3$s" w:eastAsia="%2$s" w:cs="Arial"/>\
        %4$s%1$s\
        </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>\
        %5$s</w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
        <w:qFormat/></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
        <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>\
        <w:unhideWhenUsed/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="10"/>\
        <w:qFormat/><w:pPr><w:keepNext/>%6$s<w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/>%7$s</w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBreadcrumb">\
        <w:name w:val="Release Breadcrumb"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/>\
        <w:qFormat/><w:pPr>%8$s</w:pPr><w:rPr>%9$s%10$s</w:rPr></w:style>\
        <w:style w:type="character" w:customStyle="1" w:styleId="ReleaseBreadcrumbSegment">\
        <w:name w:val="Release Breadcrumb Segment"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:qFormat/></w:style>\
        <w:style w:type="character" w:customStyle="1" w:styleId="ReleaseBreadcrumbSeparator">\
        <w:name w:val="Release Breadcrumb Separator"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:qFormat/><w:rPr><w:color w:val="A6A6A6"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseTimestamp">\
        <w:name w:val="Release Timestamp"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="ReleaseBody"/><w:qFormat/><w:pPr>%11$s</w:pPr>\
        <w:rPr>%12$s%13$s</w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBody">\
        <w:name w:val="Release Body"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr>%14$s<w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseFooterAction">\
        <w:name w:val="Release Footer Action"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="BFBFBF"/></w:pBdr>\
        <w:spacing w:after="60"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseNotice">\
        <w:name w:val="Release Notice"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/>\
        <w:qFormat/><w:pPr>%15$s</w:pPr><w:rPr><w:b/><w:bCs/>%16$s</w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseEndMark">\
        <w:name w:val="Release End Mark"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr>%17$s<w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/>%18$s</w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseLetterhead">\
        <w:name w:val="Release Letterhead"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="10" w:space="4" w:color="%19$s"/></w:pBdr>\
        <w:spacing w:after="240"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:color w:val="%19$s"/><w:sz w:val="29"/><w:szCs w:val="29"/></w:rPr>\
        </w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseMoreAt">\
        <w:name w:val="Release More At"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:before="240" w:after="60"/></w:pPr>\
        <w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:rPr><w:color w:val="%20$s"/><w:u w:val="single"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>\
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>\
        <w:rPr>%21$s%22$s</w:rPr></w:style>\
        </w:styles>"""
        .formatted(
            lang,
            eastAsiaFont,
            family,
            size(HouseStyle.BODY),
            spacing(HouseStyle.BODY).replaceFirst("w:before=\"\\d+\"", "w:before=\"0\""),
            spacing(HouseStyle.TITLE),
            size(HouseStyle.TITLE),
            spacing(HouseStyle.SMALL),
            grey(HouseStyle.SMALL),
            size(HouseStyle.SMALL),
            spacing(HouseStyle.DATE),
            grey(HouseStyle.DATE),
            size(HouseStyle.DATE),
            spacing(HouseStyle.BODY),
            spacing(HouseStyle.NOTICE),
            size(HouseStyle.NOTICE),
            spacing(HouseStyle.END_MARK),
            size(HouseStyle.END_MARK),
            accent,
            String.format("%06X", HouseStyle.LINK),
            grey(HouseStyle.FOOTER),
            size(HouseStyle.FOOTER));
  }
}
