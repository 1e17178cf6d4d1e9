package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.internal.Direction;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page says the writing direction by {@link Direction}'s rule: {@code dir="rtl"} on {@code
 * <html>} and {@code <article>} of a right-to-left release, {@code dir="auto"} on exactly the
 * elements whose own direction differs from the release's, a style sheet without left or right, and
 * the parser reads the page back as it did.
 */
class HtmlDirectionTest {

  /** An Arabic release with every field, one body paragraph in English. */
  static PressRelease arabic() {
    return PressRelease.builder()
        .breadcrumb("الرئيسية", "News")
        .title("وزارة الخارجية تصدر بيانا صحفيا")
        .subtitle("بيان عن المحادثات")
        .timestamp(Timestamp.parse("2023-10-28T13:25"))
        .language("ar")
        .body(
            List.of(
                Block.Paragraph.of("عقد الوزير اليوم محادثات مع نظيره في العاصمة."),
                Block.Paragraph.of("Pressroom يصدر بيانا."),
                Block.Heading.of(2, "Background"),
                new Block.ItemList(
                    false,
                    List.of(
                        new ListItem(
                            dev.pressroom.model.Inline.text("النقطة الأولى"),
                            new Block.ItemList(true, List.of(ListItem.of("First")))),
                        ListItem.of("2023"))),
                new Block.Quote(List.of(Block.Paragraph.of("نحن سعداء.")), "Jane Doe"),
                Block.Paragraph.of("This paragraph is in English.")))
        .contact(
            new Contact(
                "مكتب الصحافة",
                null,
                "وزارة الخارجية",
                "press@example.org",
                "+971 4 123 4567",
                URI.create("https://example.org/ar")))
        .boilerplateBlock(Block.Paragraph.of("الوزارة مسؤولة عن العلاقات الخارجية."))
        .footerAction(FooterAction.of("طباعة"))
        .footerAction(new FooterAction("Print", URI.create("https://example.org/print")))
        .build();
  }

  private static String body(String page) {
    return page.substring(page.indexOf("<body>"));
  }

  @Example
  void writesAnArabicReleaseRightToLeftAndMarksWhatIsNot() {
    String page = HtmlPages.renderString(arabic());
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n"), page);
    assertEquals(
        """
        <body>
        <article dir="rtl">
        <header>
        <nav aria-label="Breadcrumb"><ol>
        <li>الرئيسية</li>
        <li dir="auto">News</li>
        </ol></nav>
        <h1>وزارة الخارجية تصدر بيانا صحفيا</h1>
        <p class="subtitle">بيان عن المحادثات</p>
        <p><time datetime="2023-10-28T13:25">28 أكتوبر 2023, 13:25</time></p>
        </header>
        <p>عقد الوزير اليوم محادثات مع نظيره في العاصمة.</p>
        <p>Pressroom يصدر بيانا.</p>
        <h2 dir="auto">Background</h2>
        <ul>
        <li>النقطة الأولى<ol>
        <li dir="auto">First</li>
        </ol></li>
        <li>2023</li>
        </ul>
        <figure><blockquote>
        <p>نحن سعداء.</p>
        </blockquote><figcaption dir="auto">Jane Doe</figcaption></figure>
        <p dir="auto">This paragraph is in English.</p>
        <address>
        <p class="contact"><span class="name">مكتب الصحافة</span>\
        <span class="organization">وزارة الخارجية</span>\
        <span class="email" dir="auto">press@example.org</span>\
        <span class="phone">+971 4 123 4567</span>\
        <a class="url" href="https://example.org/ar" dir="auto">https://example.org/ar</a></p>
        </address>
        <section class="boilerplate">
        <h2 class="boilerplate-heading" dir="auto">About</h2>
        <p>الوزارة مسؤولة عن العلاقات الخارجية.</p>
        </section>
        <footer><ul>
        <li><span>طباعة</span></li>
        <li dir="auto"><a href="https://example.org/print">Print</a></li>
        </ul></footer>
        </article>
        </body>
        </html>
        """,
        body(page));
  }

  @Example
  void writesAHebrewReleaseRightToLeft() {
    PressRelease hebrew =
        PressRelease.builder()
            .title("משרד החוץ: הודעה לעיתונות")
            .language("he")
            .timestamp(Timestamp.parse("2023-10-28T13:25+03:00[Asia/Jerusalem]"))
            .paragraph("שָׁלוֹם, 2023.")
            .paragraph("Embassy of Israel")
            .build();
    String page = HtmlPages.renderString(hebrew);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\">\n"), page);
    assertTrue(
        body(page)
            .startsWith(
                """
                <body>
                <article dir="rtl">
                <header>
                <h1>משרד החוץ: הודעה לעיתונות</h1>
                <p><time datetime="2023-10-28T13:25+03:00" data-zone="Asia/Jerusalem">\
                28 באוקטובר 2023, 13:25 IDT</time></p>
                </header>
                <p>שָׁלוֹם, 2023.</p>
                <p dir="auto">Embassy of Israel</p>
                """),
        page);
  }

  @Example
  void marksOnlyTheArabicParagraphOfAnEnglishRelease() {
    PressRelease english =
        PressRelease.builder()
            .title("Ministry Issues Statement")
            .language("en")
            .paragraph("The statement reads:")
            .paragraph("«نحن سعداء» 2023")
            .paragraph("2023")
            .footerAction(FooterAction.of("طباعة"))
            .build();
    String page = HtmlPages.renderString(english);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"), page);
    assertEquals(
        """
        <body>
        <article>
        <header>
        <h1>Ministry Issues Statement</h1>
        </header>
        <p>The statement reads:</p>
        <p dir="auto">«نحن سعداء» 2023</p>
        <p>2023</p>
        <footer><ul>
        <li dir="auto"><span>طباعة</span></li>
        </ul></footer>
        </article>
        </body>
        </html>
        """,
        body(page));
  }

  @Example
  void laysThePageOutWithLogicalPropertiesOnly() {
    Document doc = Jsoup.parse(HtmlPages.renderString(arabic()));
    String css = doc.selectFirst("style").data();
    assertTrue(css.contains("blockquote { margin: 0; padding-inline-start: 1rem;"), css);
    assertTrue(css.contains("border-inline-start: 3px solid #ccc;"), css);
    assertFalse(css.matches("(?s).*\\b(left|right|text-align)\\b.*"), css);
  }

  @Example
  void readsTheArabicReleaseBackExactly() throws Exception {
    PressRelease release = arabic();
    assertEquals(release, HtmlPages.parse(HtmlPages.render(release)));
  }

  @Provide
  Arbitrary<PressRelease> mixed() {
    return Releases.mixedDirectionRelease();
  }

  /** Releases mixing scripts and directions read back exactly: {@code dir} adds no text. */
  @Property(tries = 1000)
  void mixedDirectionReleasesReadBackExactly(@ForAll("mixed") PressRelease release)
      throws Exception {
    byte[] page = HtmlPages.render(release);
    assertEquals(release, HtmlPages.parse(page));
  }

  /**
   * On every page, the root and the article say {@code dir="rtl"} exactly for a right-to-left
   * release, and each element holding a paragraph's text has {@code dir="auto"} exactly when its
   * own text's direction differs from the release's.
   */
  @Property(tries = 300)
  void exactlyTheElementsOfTheOtherDirectionSayDir(@ForAll("mixed") PressRelease release) {
    Document doc = Jsoup.parse(HtmlPages.renderString(release));
    String lang = release.language();
    boolean rightToLeft = Direction.rightToLeftLanguage(lang);
    String expected = rightToLeft ? "rtl" : "";
    assertEquals(expected, doc.selectFirst("html").attr("dir"));
    assertEquals(expected, doc.selectFirst("article").attr("dir"));
    List<Element> holders =
        new ArrayList<>(
            doc.select(
                "article li, article h1, article h2, article h3, article h4, article p:not(.contact),"
                    + " article figcaption, address span, address a"));
    assertFalse(holders.isEmpty());
    for (Element e : holders) {
      Element own = e.clone();
      own.select("ul, ol").remove(); // a list item's own text, without its nested list
      boolean differs = Direction.rightToLeft(own.wholeText(), lang) != rightToLeft;
      assertEquals(differs ? "auto" : "", e.attr("dir"), e.outerHtml());
    }
    assertEquals(
        holders.stream().filter(e -> e.hasAttr("dir")).count(),
        doc.select("[dir]").size() - (rightToLeft ? 2 : 0),
        "no other element says its direction");
  }
}
