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
  static final String HYPERLINK = "Hyperlink";
  static final String FOOTER = "Footer";

  /** What a separator run between breadcrumb segments shows. */
  static final String SEPARATOR_TEXT = " > ";

  /** {@code styles.xml}; {@code lang} is the {@code <w:lang>} element or empty. */
  static String xml(String lang, String eastAsiaFont) {
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
