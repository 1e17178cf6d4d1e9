package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.Direction;
import dev.pressroom.internal.HouseStyle;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * LibreOffice reads the DOCX of an Arabic release as Arabic: its PDF has the release's words, and
 * its own reading of each paragraph's direction (the {@code style:writing-mode} of the paragraph's
 * style in flat ODT) is right to left exactly where {@link Direction} says so.
 */
class DocxDirectionOfficeTest {

  /**
   * An Arabic release with one English paragraph. Its words have no lam-alef ligature (لا, لأ):
   * pdftotext gives the two letters of that one glyph in visual order, which is no fault of ours.
   */
  static PressRelease arabic() {
    return PressRelease.builder()
        .breadcrumb("الرئيسية", "أخبار")
        .title("وزارة الخارجية تصدر بيانا صحفيا")
        .subtitle("بيان عن المحادثات")
        .timestamp(Timestamp.parse("2023-10-28T13:25"))
        .language("ar")
        .body(
            List.of(
                Block.Paragraph.of("عقد الوزير اليوم محادثات مع نظيره في العاصمة."),
                Block.Heading.of(2, "الخلفية"),
                new Block.ItemList(
                    false, List.of(ListItem.of("النقطة الثانية"), ListItem.of("النقطة الثالثة"))),
                new Block.Quote(List.of(Block.Paragraph.of("نحن سعداء جدا.")), "الوزير"),
                Block.Paragraph.of("This paragraph is in English.")))
        .contact(
            new Contact("مكتب الصحافة", null, "وزارة الخارجية", "press@example.org", null, null))
        .boilerplateBlock(Block.Paragraph.of("الوزارة مسؤولة عن سياسة الدولة الخارجية."))
        .footerAction(FooterAction.of("طباعة"))
        .build();
  }

  private static Path write(PressRelease release) throws Exception {
    Path dir = Files.createTempDirectory("docx-direction");
    Path file = dir.resolve("release.docx");
    Files.write(file, Docx.render(Docx.PRINTED, release));
    return file;
  }

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  private static TreeSet<String> words(String text) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void thePdfLibreOfficeMakesHasTheReleasesWords() throws Exception {
    ExternalTools.require("soffice");
    ExternalTools.require("pdftotext");
    PressRelease release = arabic();
    Path pdf = Office.soffice(write(release), "pdf", "pdf");
    ExternalTools.Result text =
        ExternalTools.run(
            60, pdf.getParent(), List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
    assertEquals(0, text.exitCode(), text.stderr());
    StringBuilder expected = new StringBuilder(String.join(" ", release.breadcrumb()));
    expected.append(' ').append(release.title()).append(' ').append(release.subtitle());
    expected.append(" 28 أكتوبر 2023, 13:25 ");
    for (String line : release.paragraphs()) {
      expected.append(line).append(' ');
    }
    for (String line : PressRelease.plainLines(release.boilerplate())) {
      expected.append(line).append(' ');
    }
    Contact c = release.contacts().get(0);
    expected.append(c.name()).append(' ').append(c.organization()).append(' ').append(c.email());
    expected.append(' ').append(Styles.CONTACTS_TEXT).append(' ').append(Styles.ABOUT_TEXT);
    expected.append(" طباعة ###"); // the action and the end mark
    expected.append(' ').append(HouseStyle.pageFooter("ar", 1, 1)); // the page footer
    assertEquals(words(expected.toString()), words(text.stdout()), text.stdout());
  }

  @Test
  void libreOfficeReadsEachParagraphsDirectionAsDirectionSays() throws Exception {
    ExternalTools.require("soffice");
    Path fodt = Office.soffice(write(arabic()), "fodt", "fodt");
    Document doc = Jsoup.parse(Office.read(fodt), "", Parser.xmlParser());
    Map<String, Element> styles = new HashMap<>();
    for (Element style : doc.getElementsByTag("style:style")) {
      if (style.attr("style:family").equals("paragraph")) {
        styles.put(style.attr("style:name"), style);
      }
    }
    Element text = doc.getElementsByTag("office:text").first();
    List<String> seen = new ArrayList<>();
    for (Element p : text.select("*")) {
      if (!p.tagName().equals("text:p") && !p.tagName().equals("text:h")) {
        continue;
      }
      String content = p.text();
      if (content.isBlank()) {
        continue;
      }
      String mode = writingMode(styles, p.attr("text:style-name"));
      boolean rightToLeft = Direction.rightToLeft(content, "ar");
      assertEquals(rightToLeft ? "rl-tb" : "lr-tb", mode, content);
      seen.add((rightToLeft ? "rtl " : "ltr ") + content);
    }
    assertEquals(17, seen.size(), seen.toString()); // 16 of the release's and the end mark
    assertTrue(seen.contains("ltr This paragraph is in English."), seen.toString());
    assertTrue(seen.contains("rtl 28 أكتوبر 2023, 13:25"), seen.toString());
  }

  /** The writing mode a paragraph style sets or inherits from its parents. */
  private static String writingMode(Map<String, Element> styles, String name) {
    for (Element style = styles.get(name); style != null; ) {
      Element props = style.getElementsByTag("style:paragraph-properties").first();
      if (props != null && props.hasAttr("style:writing-mode")) {
        return props.attr("style:writing-mode");
      }
      style = styles.get(style.attr("style:parent-style-name"));
    }
    return "lr-tb"; // LibreOffice's default for a page without a direction of its own
  }
}
