package dev.pressroom.format.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  private static String language(String html) throws Exception {
    return HtmlPages.parse(html).language();
  }

  @Test
  void readsTheDeclaredLanguage() throws Exception {
    assertEquals(
        "de", language("<html lang=\"de\"><body><h1>Title of the page</h1></body></html>"));
    assertEquals("en-US", language("<html lang=\"en_US\"><body><h1>T</h1></body></html>"));
    assertEquals(
        "fr-FR",
        language(
            "<html><head><meta property=\"og:locale\" content=\"fr_FR\"></head><body><h1>T</h1></body></html>"));
  }

  @Test
  void detectsTheLanguageFromTheText() throws Exception {
    assertEquals(
        "zh",
        language(
            "<html><body><h1>中国政府向苏丹派遣抗疫医疗专家组</h1><p>外交部发言人赵立坚宣布：为支持苏丹应对新冠肺炎疫情。</p></body></html>"));
    assertEquals(
        "en",
        language(
            "<html><body><h1>The Minister and the Plan</h1><p>The plan is the result of a year of work on the"
                + " network and the stations.</p></body></html>"));
    assertEquals(
        "de",
        language(
            "<html><body><h1>Der Plan</h1><p>Die Bundespolizei und der Zoll haben sich mit den Ländern auf die"
                + " Maßnahmen geeinigt, die nicht mehr warten können.</p></body></html>"));
    assertEquals("ja", language("<html><body><h1>日本語のテキストです。ひらがなとカタカナ</h1></body></html>"));
  }

  @Test
  void guessesNothingFromTooLittleText() throws Exception {
    assertNull(language("<html><body><h1>OK 2023</h1></body></html>"));
    assertNull(language("<html lang=\"not a tag\"><body><h1>Plan 42</h1></body></html>"));
  }
}
