package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.RenderException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.ExternalTools;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text the Liberation fonts cannot show falls back to other fonts, or fails clearly. */
class PdfFontFallbackTest {
  @TempDir Path dir;

  static PressRelease chinese() {
    return PressRelease.builder()
        .breadcrumb("首页", "新闻")
        .title("王毅同美国国务卿布林肯举行会谈")
        .timestamp(Timestamp.parse("2023-10-28T13:25+08:00[Asia/Shanghai]"))
        .language("zh-CN")
        .paragraph("2023年10月26日至27日，中共中央政治局委员、外交部长王毅在华盛顿同美国国务卿布林肯举行两轮会谈。双方同意共同努力实现两国元首旧金山会晤。")
        .paragraph("王毅表示，当前国际形势变乱交织，中美关系也处在关键的十字路口。")
        .footerAction(dev.pressroom.model.FooterAction.of("打印本页"))
        .build();
  }

  static PressRelease mixed() {
    return PressRelease.builder()
        .title("Wang Yi 王毅 Holds Talks with Antony Blinken 布林肯")
        .language("en")
        .paragraph(
            "The Ministry of Foreign Affairs (中华人民共和国外交部) said on 2023年10月28日 that talks were \"candid\" — 坦诚、建设性 — and 42 % positive.")
        .paragraph(
            "Numbers 0123456789 stay in Liberation, 中文 goes to Droid, mixed in one line: ABC中DEF文GHI。")
        .build();
  }

  private String pdftotext(byte[] pdf) {
    Path file = PdfTesting.temp(pdf, dir);
    ExternalTools.Result result =
        ExternalTools.run(60, dir, List.of("pdftotext", "-enc", "UTF-8", file.toString(), "-"));
    assertEquals(0, result.exitCode(), result.stderr());
    return result.stdout().replaceAll("\\s+", "");
  }

  @Test
  void systemFallbackTakesATextFaceOfTheWeightAsked() {
    dev.pressroom.testing.Scripts.fonts(); // fonts-noto-core, installed by CI
    SystemFonts system = SystemFonts.installed();
    for (int letter : new int[] {0x0628, 0x0915, 0x0E01}) { // Arabic beh, Devanagari ka, Thai ko
      FontProgram regular = system.find(letter, false, false);
      FontProgram bold = system.find(letter, true, false);
      assertTrue(regular.name.startsWith("NotoSans") && !regular.bold, regular.name);
      assertTrue(bold.name.startsWith("NotoSans") && bold.bold, bold.name);
    }
  }

  @Test
  void chineseReleaseRendersWithDroidAndPdftotextReturnsTheChinese() {
    PressRelease release = chinese();
    PdfRenderer printed =
        PdfRenderer.builder()
            .addFont(PdfTesting.droid())
            .systemFonts(SystemFonts.NONE)
            .printWebFurniture(true) // the footer action too
            .build();
    String text = pdftotext(PdfTesting.render(printed, release));
    assertTrue(text.contains(release.title()), text);
    for (String paragraph : release.paragraphs()) {
      assertTrue(text.contains(paragraph.replaceAll("\\s+", "")), paragraph + " in " + text);
    }
    assertTrue(text.contains("打印本页"), text);
  }

  @Test
  void mixedLatinAndChineseUseBothFontsAndAllIsEmbedded() {
    PressRelease release = mixed();
    byte[] pdf = PdfTesting.render(PdfTesting.withDroid(), release);
    String text = pdftotext(pdf);
    for (String paragraph : release.paragraphs()) {
      assertTrue(text.contains(paragraph.replaceAll("\\s+", "")), paragraph + " in " + text);
    }
    String fonts = PdfExternalReadersTest.pdffonts(pdf, dir);
    assertTrue(fonts.contains("LiberationSans"), fonts);
    assertTrue(fonts.contains("DroidSansFallback"), fonts);
  }

  @Test
  void characterNoFontHasIsARenderExceptionNamingItAndTheParagraph() {
    PdfRenderer renderer = PdfRenderer.builder().systemFonts(SystemFonts.NONE).build();
    PressRelease release =
        PressRelease.builder()
            .title("Ancient scripts")
            .paragraph("Fine.")
            .paragraph("Phoenician \uD802\uDD00 and private \uE000 use")
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderException e = assertThrows(RenderException.class, () -> renderer.render(release, out));
    assertTrue(e.getMessage().contains("U+10900 '\uD802\uDD00'"), e.getMessage());
    assertTrue(e.getMessage().contains("U+E000 '\uE000'"), e.getMessage());
    assertTrue(e.getMessage().contains("paragraphs[1]"), e.getMessage());
    assertEquals(0, out.size(), "nothing is written before the check");
  }

  @Test
  void missingCharacterInTheTitleNamesTheTitle() {
    PdfRenderer renderer = PdfRenderer.builder().systemFonts(SystemFonts.NONE).build();
    PressRelease release = PressRelease.builder().title("Hello 中文").build();
    RenderException e =
        assertThrows(
            RenderException.class, () -> renderer.render(release, new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("U+4E2D '中'"), e.getMessage());
    assertTrue(e.getMessage().contains("title"), e.getMessage());
  }

  @Test
  void systemFontsAreTheLastFallback() {
    SystemFonts droidOnly =
        codePoint -> {
          try {
            FontProgram font = FontProgram.file(PdfTesting.droid()).get(0);
            return font.glyph(codePoint) != 0 ? font : null;
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        };
    PdfRenderer renderer = PdfRenderer.builder().systemFonts(droidOnly).build();
    String text = pdftotext(PdfTesting.render(renderer, chinese()));
    assertTrue(text.contains(chinese().title()), text);
  }

  @Test
  void unreadableFontFileIsARenderException() {
    PdfRenderer renderer = PdfRenderer.builder().addFont(dir.resolve("missing.ttf")).build();
    RenderException e =
        assertThrows(
            RenderException.class, () -> renderer.render(chinese(), new ByteArrayOutputStream()));
    assertTrue(e.getMessage().contains("missing.ttf"), e.getMessage());
  }
}
