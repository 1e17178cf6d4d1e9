package dev.pressroom.format.docx;

/** The fixed parts and namespaces of the packages {@link DocxRenderer} writes. */
final class Parts {
  private Parts() {}

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PACKAGE_RELS_NS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  private static final String MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml";

  static final String CONTENT_TYPES =
      XML_DECLARATION
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
          + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\""
          + MAIN
          + ".document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\""
          + MAIN
          + ".styles+xml\"/><Override PartName=\"/word/settings.xml\" ContentType=\""
          + MAIN
          + ".settings+xml\"/><Override PartName=\"/word/footer1.xml\" ContentType=\""
          + MAIN
          + ".footer+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\""
          + "application/vnd.openxmlformats-package.core-properties+xml\"/>"
          + "<Override PartName=\"/docProps/app.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>";

  static final String PACKAGE_RELS =
      XML_DECLARATION
          + "<Relationships xmlns=\""
          + PACKAGE_RELS_NS
          + "\"><Relationship Id=\"rId1\" Type=\""
          + R
          + "/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\""
          + "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
          + "\" Target=\"docProps/core.xml\"/><Relationship Id=\"rId3\" Type=\""
          + R
          + "/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";

  static final String CORE_OPEN =
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
          + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
          + "http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
          + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

  static final String APP =
      XML_DECLARATION
          + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "extended-properties\"><Application>Pressroom</Application></Properties>";

  /** No rsids, no proof state: nothing that changes between runs. */
  static final String SETTINGS =
      XML_DECLARATION
          + "<w:settings xmlns:w=\""
          + W
          + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
          + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
          + "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
          + "w:val=\"15\"/></w:compat></w:settings>";

  /** The page footer: the page number as a PAGE field. */
  static final String FOOTER =
      XML_DECLARATION
          + "<w:ftr xmlns:w=\""
          + W
          + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:fldSimple w:instr=\" PAGE \">"
          + "<w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
}
