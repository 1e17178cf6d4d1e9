package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.net.URI;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class HtmlRoundTripTest {

  @Property
  void parsesExactlyWhatItRenders(@ForAll("releases") PressRelease release) throws Exception {
    byte[] html = HtmlPages.render(release);
    PressRelease back = HtmlPages.parse(html);
    assertEquals(release, back);
    assertArrayEquals(html, HtmlPages.render(back), "same release, same bytes");
  }

  @Provide
  Arbitrary<PressRelease> releases() {
    return Releases.release();
  }

  @Test
  void roundTripsTheSeed() throws Exception {
    PressRelease seed = Releases.seed();
    assertEquals(seed, HtmlPages.parse(HtmlPages.render(seed)));
  }

  @Test
  void keepsInnerWhitespaceExactly() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .breadcrumb("A  \u00A0 B", "C\tD")
            .title("Two  spaces,\ta tab and\u00A0NBSP\u3000ideographic")
            .paragraph("x    y\t\tz\u00A0\u00A0w \u00AD soft hyphen kept")
            .paragraph("line  with  &nbsp; as text and <p> as text")
            .build();
    assertEquals(release, HtmlPages.parse(HtmlPages.render(release)));
  }

  @Test
  void keepsEveryTimestampPrecisionOffsetAndZone() throws Exception {
    for (String iso :
        new String[] {
          "2024-06",
          "2023-10-28",
          "2023-10-28T13:25",
          "2023-10-28T13:25:07",
          "2023-10-28T13:25Z",
          "2023-10-28T13:25-05:30",
          "2023-10-28T13:25+08:00[Asia/Shanghai]",
          "2023-10-29T02:30:15+01:00[Europe/Berlin]"
        }) {
      PressRelease release =
          PressRelease.builder().title("T").timestamp(Timestamp.parse(iso)).build();
      assertEquals(iso, HtmlPages.parse(HtmlPages.render(release)).timestamp().toString());
    }
  }

  @Test
  void keepsFooterTargetsAndTheirAbsence() throws Exception {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .footerAction(FooterAction.of("Print"))
            .footerAction(
                new FooterAction(
                    "Share", URI.create("https://example.org/s?a=1&b=\"2\"".replace("\"", "%22"))))
            .footerAction(
                new FooterAction("Mail", URI.create("mailto:press@example.org?subject=Hi")))
            .build();
    assertEquals(release, HtmlPages.parse(HtmlPages.render(release)));
  }

  @Test
  void leavesOutAnAbsentLanguage() throws Exception {
    PressRelease release =
        PressRelease.builder().title("Ein Titel").paragraph("Der Text und die Sache.").build();
    String html = HtmlPages.renderString(release);
    assertEquals(true, html.contains("<html>\n"), html);
    assertEquals(null, HtmlPages.parse(html).language());
  }
}
