package dev.pressroom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The minister said on Tuesday that the government will increase funding for public schools across the country next year.
          de | Der Minister sagte am Dienstag, dass die Regierung die Mittel für öffentliche Schulen im ganzen Land im nächsten Jahr erhöhen wird.
          fr | Le ministre a déclaré mardi que le gouvernement augmentera l'année prochaine le financement des écoles publiques dans tout le pays.
          es | El ministro dijo el martes que el gobierno aumentará el próximo año la financiación de las escuelas públicas en todo el país.
          it | Il ministro ha detto martedì che il governo aumenterà il prossimo anno i finanziamenti per le scuole pubbliche in tutto il paese.
          nl | De minister zei dinsdag dat de regering volgend jaar de financiering van openbare scholen in het hele land zal verhogen.
          pt | O ministro disse na terça-feira que o governo vai aumentar no próximo ano o financiamento das escolas públicas em todo o país.
          ru | Министр заявил во вторник, что в следующем году правительство увеличит финансирование государственных школ по всей стране.
          ar | وقال الوزير يوم الثلاثاء إن الحكومة ستزيد في العام المقبل تمويل المدارس العامة في جميع أنحاء البلاد.
          zh | 外交部发言人华春莹宣布：应国务委员兼外长王毅邀请，美国国务卿布林肯将于近日访华。
          ja | 外務省は火曜日、来年度の公立学校への予算を全国で増やすと発表しました。
          ko | 장관은 화요일 정부가 내년에 전국 공립학교에 대한 지원을 늘릴 것이라고 말했습니다.
          el | Ο υπουργός δήλωσε την Τρίτη ότι η κυβέρνηση θα αυξήσει τη χρηματοδότηση των σχολείων.
          he | השר אמר ביום שלישי כי הממשלה תגדיל בשנה הבאה את המימון לבתי הספר הציבוריים.
          th | รัฐมนตรีกล่าวเมื่อวันอังคารว่ารัฐบาลจะเพิ่มงบประมาณให้โรงเรียนรัฐบาลทั่วประเทศ
          hi | मंत्री ने मंगलवार को कहा कि सरकार अगले साल पूरे देश में सरकारी स्कूलों के लिए धन बढ़ाएगी।
          """)
  void detectsTheLanguageOfEachScript(String expected, String text) {
    assertEquals(expected, LanguageDetector.detect(text));
  }

  @Test
  void shortOrAmbiguousTextHasNoLanguage() {
    assertNull(LanguageDetector.detect("Print"));
    assertNull(LanguageDetector.detect("Press release"));
    assertNull(LanguageDetector.detect("2023-10-28 13:25"));
    assertNull(LanguageDetector.detect("王毅"));
    assertNull(LanguageDetector.detect("Hello world, hello"));
    assertNull(LanguageDetector.detect("中文 mixed with English words in equal part"));
    assertNull(LanguageDetector.detect(""));
  }

  @Test
  void wordsDefaultOnChineseTextLosesToTheText() {
    List<String> warnings = new ArrayList<>();
    String text = "中华人民共和国外交部发言人就有关问题答记者问。国务委员兼外长王毅同美国国务卿布林肯举行会谈。";
    assertEquals("zh", LanguageDetector.choose("en-US", text, warnings::add));
    assertEquals(1, warnings.size(), warnings::toString);
    assertEquals(
        "the declared language \"en-US\" is not the language of the text, which is \"zh\"",
        warnings.get(0));
  }

  @Test
  void aDeclaredTagThatAgreesKeepsItsRegion() {
    List<String> warnings = new ArrayList<>();
    String text =
        "The minister said on Tuesday that the government will increase funding for schools.";
    assertEquals("en-US", LanguageDetector.choose("en_US", text, warnings::add));
    assertEquals(List.of("corrected the language tag \"en_US\" to \"en-US\""), warnings);
    assertEquals("de", LanguageDetector.choose("DE", "Kurz.", warnings::add));
  }

  @Test
  void anInvalidDeclaredTagIsDroppedAndTheTextDecides() {
    List<String> warnings = new ArrayList<>();
    assertNull(LanguageDetector.choose("english", "Short.", warnings::add));
    assertEquals(List.of("dropped the invalid language tag \"english\""), warnings);
    String text = "Der Minister sagte am Dienstag, dass die Regierung die Mittel erhöhen wird.";
    assertEquals("de", LanguageDetector.choose("xx-YY", text, null));
  }

  @Test
  void noDeclarationAndNoTextIsNoLanguage() {
    assertNull(LanguageDetector.choose(null, "", null));
  }

  @Test
  void runningTextFullOfOneLanguagesFunctionWordsNeedsNoModel() {
    String en =
        "The minister said that the plan for the harbour is ready and that work on the pier will"
            + " begin in the spring. The council is to vote on the costs in the autumn, and the"
            + " residents of the town will be able to comment on the drawings in the meantime.";
    assertEquals("en", LanguageDetector.byFunctionWords(en));
    String de =
        "Der Minister sagte, dass der Plan für den Hafen fertig ist und die Arbeit an der Mole im"
            + " Frühjahr beginnt. Der Rat stimmt im Herbst über die Kosten ab, und die Bürger der"
            + " Stadt können sich bis dahin zu den Plänen äußern, die nicht mehr geändert werden.";
    assertEquals("de", LanguageDetector.byFunctionWords(de));
    // Too few function words, or two languages' alike: the model decides, not the word lists.
    assertNull(LanguageDetector.byFunctionWords("The harbour plan is ready."));
    assertNull(LanguageDetector.byFunctionWords(en + " " + de));
  }
}
