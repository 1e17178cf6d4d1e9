package dev.pressroom.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions in each language, and text that only looks like them. */
class VocabularyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FOR IMMEDIATE RELEASE", "Press Release", "Embargoed until 10:00", "Pressemitteilung",
        "Communiqué de presse", "Comunicado de prensa", "Nota de prensa", "新闻稿"
      })
  void banners(String text) {
    assertTrue(Vocabulary.isBanner(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"###", "# # #", "-END-", "-30-", "-ENDE-", "- FIN -", "（完）"})
  void endMarks(String text) {
    assertTrue(Vocabulary.isEndMark(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Media contact: Jane",
        "Contact Hiber: Simon",
        "Pressekontakt:",
        "Contact presse : Marie",
        "Contacto de prensa: Ana",
        "媒体联系人：王先生",
        "Für Rückfragen: Amt"
      })
  void contactHeads(String text) {
    assertTrue(Vocabulary.isContactHead(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Email: jane.roe@harbour.example",
        "E-mail : cheyenne.maddox@unsdsn.org",
        "Phone : +1 270-978-1955",
        "Tel.: +49 30 1234567",
        "电话：010-12345678",
        "press@example.org",
        "+32 (0)2 738 7484"
      })
  void contactDetails(String text) {
    assertTrue(Vocabulary.isContactDetail(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The terminal opens on Monday.",
        "Jane Roe, Press Officer",
        "Phones were handed out to 2,000 residents."
      })
  void ordinaryLinesAreNoContactDetails(String text) {
    assertFalse(Vocabulary.isContactDetail(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Print", "Suggest to a friend", "Seite drucken", "Imprimer", "Imprimir", "【打印本页】"})
  void actionLabels(String text) {
    assertTrue(Vocabulary.isActionLabel(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The press release said so.",
        "Contacting the ministry took weeks.",
        "Printing presses",
        "By 2030 the goals must be met."
      })
  void ordinaryTextIsNoConvention(String text) {
    assertFalse(Vocabulary.isBanner(text));
    assertFalse(Vocabulary.isContactHead(text));
    assertFalse(Vocabulary.isActionLabel(text));
    assertFalse(Vocabulary.isByline(text));
    assertFalse(Vocabulary.isReference(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"D/Media/Out /892 /2025", "Az.: 12-345/2024", "Ref.: 12/2024"})
  void references(String text) {
    assertTrue(Vocabulary.isReference(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated: ", "Aktualisiert am ", "Mis à jour le ", "更新时间："})
  void updateLabels(String label) {
    assertEquals(DateClaim.Label.MODIFIED, Vocabulary.dateLabel(label + "2024-03-02").label());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Published: ", "Veröffentlicht am ", "Publicado el ", "发布时间："})
  void publishedLabels(String label) {
    assertEquals(DateClaim.Label.PUBLISHED, Vocabulary.dateLabel(label + "2024-03-02").label());
  }

  @Test
  void footerActionsAreTheActionsOfAPageAndAlsoLabels() {
    for (String action :
        List.of("Print", "Seite drucken", "打印本页", "Suggest to a friend", "печать")) {
      assertTrue(Vocabulary.isFooterAction(action), action);
      assertTrue(Vocabulary.isActionLabel("[" + action + "]"), action);
    }
    // A page widget is a label to leave out of the body, but no footer action.
    assertTrue(Vocabulary.isActionLabel("Back to top"));
    assertFalse(Vocabulary.isFooterAction("Back to top"));
    assertFalse(Vocabulary.isFooterAction("Print the report before the meeting"));
  }
}
