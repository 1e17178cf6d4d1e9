package dev.pressroom.format.docx;

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
  static String xml(String lang, String eastAsiaFont, boolean rich) {
    String base = xml(lang, eastAsiaFont);
    if (!rich) {
      return base;
    }
    int end = base.lastIndexOf("</w:styles>");
    return base.substring(0, end) + RICH + "</w:styles>";
  }

  private static String heading(int level, int size) {
    return """
        <w:style w:type="paragraph" w:styleId="Heading%1$d"><w:name w:val="heading %1$d"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="9"/>\
        <w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
        <w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="%2$d"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:sz w:val="%3$d"/><w:szCs w:val="%3$d"/></w:rPr></w:style>"""
        .formatted(level, level - 1, size);
  }

  private static String list(String id, String name) {
    return """
        <w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>\
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:pPr><w:spacing w:after="80"/></w:pPr></w:style>"""
        .formatted(id, name);
  }

  private static String characterStyle(String id, String name, String basedOn, String rPr) {
    return """
        <w:style w:type="character" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/>\
        <w:basedOn w:val="%s"/><w:qFormat/>%s</w:style>"""
        .formatted(id, name, basedOn, rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>");
  }

  /** The styles of subtitle, headings, lists, quotes, contacts and boilerplate. */
  private static final String RICH =
      """
      <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/>\
      <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="11"/>\
      <w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>\
      <w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>"""
          + heading(2, 30)
          + heading(3, 26)
          + heading(4, 24)
          + list(LIST_BULLET, "List Bullet")
          + list(LIST_BULLET_2, "List Bullet 2")
          + list(LIST_NUMBER, "List Number")
          + list(LIST_NUMBER_2, "List Number 2")
          + """
          <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>\
          <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="29"/>\
          <w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="18" w:space="8" \
          w:color="BFBFBF"/></w:pBdr><w:spacing w:before="120" w:after="120"/>\
          <w:ind w:left="720" w:right="720"/></w:pPr>\
          <w:rPr><w:color w:val="404040"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseQuoteAttribution">\
          <w:name w:val="Release Quote Attribution"/><w:basedOn w:val="Normal"/>\
          <w:next w:val="ReleaseBody"/><w:qFormat/><w:pPr><w:spacing w:after="200"/>\
          <w:ind w:left="720" w:right="720"/></w:pPr>\
          <w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>\
          </w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseContactsHeading">\
          <w:name w:val="Release Contacts Heading"/><w:basedOn w:val="Heading2"/>\
          <w:next w:val="ReleaseContact"/><w:qFormat/></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseContact">\
          <w:name w:val="Release Contact"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:after="160"/></w:pPr></w:style>"""
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
          <w:pPr><w:spacing w:after="160"/></w:pPr>\
          <w:rPr><w:color w:val="404040"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>""";

  /** {@code styles.xml} of a release of plain paragraphs. */
  private static String xml(String lang, String eastAsiaFont) {
    return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\
        <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="%2$s" w:cs="Arial"/>\
        <w:sz w:val="22"/><w:szCs w:val="22"/>%1$s\
        </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
        <w:spacing w:after="160" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>\
        </w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>\
        <w:qFormat/></w:style>\
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
        <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>\
        <w:unhideWhenUsed/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="ReleaseBody"/><w:uiPriority w:val="10"/>\
        <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="240" w:line="240" \
        w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr><w:b/><w:bCs/><w:kern w:val="28"/><w:sz w:val="44"/><w:szCs w:val="44"/>\
        </w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBreadcrumb">\
        <w:name w:val="Release Breadcrumb"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/>\
        <w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr>\
        <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
        <w:style w:type="character" w:customStyle="1" w:styleId="ReleaseBreadcrumbSegment">\
        <w:name w:val="Release Breadcrumb Segment"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:qFormat/></w:style>\
        <w:style w:type="character" w:customStyle="1" w:styleId="ReleaseBreadcrumbSeparator">\
        <w:name w:val="Release Breadcrumb Separator"/><w:basedOn w:val="DefaultParagraphFont"/>\
        <w:qFormat/><w:rPr><w:color w:val="A6A6A6"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseTimestamp">\
        <w:name w:val="Release Timestamp"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="ReleaseBody"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>\
        <w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseBody">\
        <w:name w:val="Release Body"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:after="200"/><w:jc w:val="both"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseFooterAction">\
        <w:name w:val="Release Footer Action"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="BFBFBF"/></w:pBdr>\
        <w:spacing w:after="60"/></w:pPr>\
        <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReleaseMoreAt">\
        <w:name w:val="Release More At"/><w:basedOn w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:before="240" w:after="60"/></w:pPr>\
        <w:rPr><w:color w:val="595959"/><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>\
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>\
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
        <w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>\
        <w:rPr><w:color w:val="595959"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
        </w:styles>"""
        .formatted(lang, eastAsiaFont);
  }
}
