package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.net.URI;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every valid release reads back exactly from the DOCX Pressroom writes. */
class DocxRoundTripTest {

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Property
  void readsBackEveryRelease(@ForAll("releases") PressRelease release) throws Exception {
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  @Property(tries = 200)
  void readsBackEveryReleaseWithTheWebFurniturePrinted(@ForAll("releases") PressRelease release)
      throws Exception {
    assertEquals(release, Docx.parse(Docx.render(Docx.PRINTED, release)));
  }

  @Property(tries = 200)
  void readsBackEveryReleaseWithTheMoreAtLine(@ForAll("releases") PressRelease release)
      throws Exception {
    DocxRenderer moreAt = DocxRenderer.builder().moreAtLine(true).build();
    assertEquals(release, Docx.parse(Docx.render(moreAt, release)));
  }

  @Example
  void readsBackTheSeed() throws Exception {
    assertEquals(Releases.seed(), Docx.parse(Docx.render(Releases.seed())));
  }

  @Example
  void readsBackHostileText() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .breadcrumb("HOME > News & Events", "<Print>", "a\u00A0\u00A0b")
            .title("<b>&amp; ]]> \t tab\u00A0nbsp  two spaces 😀 👩‍👩‍👧 שלום e\u0301 so\u00ADft")
            .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
            .language("zh-CN")
            .paragraph("2023-10-28")
            .paragraph("FOR IMMEDIATE RELEASE")
            .paragraph("<![CDATA[ x ]]> \u200D\u200E مرحبا بالعالم 中华人民共和国外交部")
            .footerAction(FooterAction.of("<Suggest To A Friend>"))
            .footerAction(
                new FooterAction(
                    "Print\tnow",
                    URI.create("https://www.fmprc.gov.cn/mfa_eng/t1234.shtml?print=1&lang=en")))
            .build();
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  @Example
  void readsBackAReleaseWithOnlyATitle() throws Exception {
    PressRelease release = PressRelease.builder().title("T").build();
    assertEquals(release, Docx.parse(Docx.render(release)));
  }

  /**
   * A headline alone has no paragraph in a style only Pressroom writes; the file still reads as
   * ours, so its text is not judged as another tool's would be (no language found in it, no
   * dateline read out of it).
   */
  @Example
  void readsBackAHeadlineAloneExactly() throws Exception {
    for (PressRelease release :
        java.util.List.of(
            PressRelease.builder()
                .title(
                    "Die Bundesregierung und die Länder haben sich heute auf den Haushalt geeinigt")
                .language("en")
                .build(),
            PressRelease.builder().title("WASHINGTON, Oct. 27, 2023 -- Talks").build())) {
      assertEquals(release, Docx.parse(Docx.render(release)));
    }
  }
}
