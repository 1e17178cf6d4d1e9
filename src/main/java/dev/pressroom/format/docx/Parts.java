package dev.pressroom.format.docx;

import dev.pressroom.internal.Direction;
import dev.pressroom.internal.HouseStyle;
import java.util.List;

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
          + "application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
          + "<Override PartName=\"/docProps/custom.xml\" ContentType=\""
          + "application/vnd.openxmlformats-officedocument.custom-properties+xml\"/></Types>";

  /** The content types of a package that has a {@code word/numbering.xml} (a release's lists). */
  static final String CONTENT_TYPES_NUMBERED =
      CONTENT_TYPES.replace(
          "</Types>",
          "<Override PartName=\"/word/numbering.xml\" ContentType=\""
              + MAIN
              + ".numbering+xml\"/></Types>");

  /**
   * The four list definitions, by whether the top level and the nested level count: {@code
   * w:abstractNumId} 0 bullets over bullets ({@code •}, {@code ◦}), 1 bullets over numbers, 2
   * numbers ({@code %1.}) over bullets, 3 numbers over numbers ({@code %2.}).
   */
  private static final String ABSTRACT_NUMS = abstractNums();

  private static String abstractNums() {
    StringBuilder out = new StringBuilder(2048);
    for (int id = 0; id < 4; id++) {
      out.append("<w:abstractNum w:abstractNumId=\"")
          .append(id)
          .append("\"><w:multiLevelType w:val=\"hybridMultilevel\"/>")
          .append(id >= 2 ? level(0, "decimal", "%1.") : level(0, "bullet", "\u2022"))
          .append(id % 2 == 1 ? level(1, "decimal", "%2.") : level(1, "bullet", "\u25E6"))
          .append("</w:abstractNum>");
    }
    return out.toString();
  }

  private static String level(int ilvl, String format, String text) {
    return "<w:lvl w:ilvl=\""
        + ilvl
        + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
        + format
        + "\"/><w:lvlText w:val=\""
        + text
        + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""
        + Math.round(HouseStyle.INDENT * HouseStyle.BODY_SIZE * 20 * (ilvl + 1))
        + "\" w:hanging=\""
        + Math.round(HouseStyle.HANG * HouseStyle.BODY_SIZE * 20)
        + "\"/></w:pPr></w:lvl>";
  }

  /**
   * {@code numbering.xml} with one numbering instance per list, {@code w:numId} 1, 2, ... in order,
   * each starting again at 1; {@code definitions[i]} is the {@code w:abstractNumId} of list {@code
   * i + 1}.
   */
  static String numbering(List<Integer> ordered) {
    StringBuilder out = new StringBuilder(1024 + 200 * ordered.size());
    out.append(XML_DECLARATION)
        .append("<w:numbering xmlns:w=\"")
        .append(W)
        .append("\">")
        .append(ABSTRACT_NUMS);
    for (int i = 0; i < ordered.size(); i++) {
      out.append("<w:num w:numId=\"")
          .append(i + 1)
          .append("\"><w:abstractNumId w:val=\"")
          .append(ordered.get(i))
          .append("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/>")
          .append("</w:lvlOverride><w:lvlOverride w:ilvl=\"1\"><w:startOverride w:val=\"1\"/>")
          .append("</w:lvlOverride></w:num>");
    }
    return out.append("</w:numbering>").toString();
  }

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
          + "/extended-properties\" Target=\"docProps/app.xml\"/><Relationship Id=\"rId4\" Type=\""
          + R
          + "/custom-properties\" Target=\"docProps/custom.xml\"/></Relationships>";

  static final String CORE_OPEN =
      "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
          + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\""
          + "http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
          + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";

  static final String APP =
      XML_DECLARATION
          + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          + "extended-properties\"><Application>Pressroom</Application></Properties>";

  /**
   * No rsids, no proof state: nothing that changes between runs. Automatic hyphenation is on (Word
   * and LibreOffice hyphenate text in its {@code w:lang}), in Word's default hyphenation zone of a
   * quarter inch; {@link #SETTINGS_UNHYPHENATED} is the same without it.
   */
  static final String SETTINGS =
      XML_DECLARATION
          + "<w:settings xmlns:w=\""
          + W
          + "\"><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
          + "<w:autoHyphenation/><w:hyphenationZone w:val=\"360\"/>"
          + "<w:characterSpacingControl w:val=\"doNotCompress\"/><w:compat><w:compatSetting "
          + "w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
          + "w:val=\"15\"/></w:compat></w:settings>";

  /**
   * The page footer in the release's language: {@code Page N of M} with the page number and count
   * as {@code PAGE} and {@code NUMPAGES} fields, in the words of {@link HouseStyle#pageFooter}.
   */
  static String footer(String language) {
    String[] words = HouseStyle.pageFooter(language);
    StringBuilder out = new StringBuilder(512);
    out.append(XML_DECLARATION)
        .append("<w:ftr xmlns:w=\"")
        .append(W)
        .append("\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/>")
        .append(Direction.rightToLeftLanguage(language) ? "<w:bidi/>" : "")
        .append("</w:pPr>");
    words(out, words[0]);
    out.append("<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    words(out, words[1]);
    out.append("<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple>");
    words(out, words[2]);
    return out.append("</w:p></w:ftr>").toString();
  }

  private static void words(StringBuilder out, String text) {
    if (!text.isEmpty()) {
      out.append("<w:r><w:t xml:space=\"preserve\">");
      WordXml.text(out, text).append("</w:t></w:r>");
    }
  }

  /** {@link #SETTINGS} without automatic hyphenation. */
  static final String SETTINGS_UNHYPHENATED =
      SETTINGS.replace("<w:autoHyphenation/><w:hyphenationZone w:val=\"360\"/>", "");
}
