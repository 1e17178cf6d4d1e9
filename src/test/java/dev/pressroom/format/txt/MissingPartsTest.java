package dev.pressroom.format.txt;

import static dev.pressroom.format.txt.TxtTesting.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breadcrumb, timestamp, paragraphs and footer actions may each be missing. */
class MissingPartsTest {

  @Test
  void readsATitleAlone() throws Exception {
    assertEquals(PressRelease.builder().title("Just A Title").build(), parse("Just A Title"));
  }

  @Test
  void readsWithoutBreadcrumb() throws Exception {
    PressRelease release = parse("Title\n\n2023-10-28 13:25\n\nBody.\n\n<Print>\n");
    assertEquals(List.of(), release.breadcrumb());
    assertEquals("Title", release.title());
    assertEquals(Timestamp.parse("2023-10-28T13:25"), release.timestamp());
  }

  @Test
  void readsWithoutTimestamp() throws Exception {
    PressRelease release = parse("HOME > News\nTitle\n\nBody.\n\n<Print>\n");
    assertNull(release.timestamp());
    assertEquals(List.of("Body."), release.paragraphs());
    assertEquals(List.of(FooterAction.of("Print")), release.footerActions());
  }

  @Test
  void readsWithoutParagraphs() throws Exception {
    PressRelease release = parse("HOME > News\nTitle\n\n2023-10-28\n\n<Print>\n");
    assertEquals(List.of(), release.paragraphs());
    assertEquals(List.of(FooterAction.of("Print")), release.footerActions());
  }

  @Test
  void readsWithoutFooterActions() throws Exception {
    PressRelease release = parse("Title\n\nBody.\n");
    assertEquals(List.of(), release.footerActions());
    assertEquals(List.of("Body."), release.paragraphs());
  }

  @Test
  void readsABreadcrumbOnItsOwnAboveTheTitle() throws Exception {
    PressRelease release = parse("Home » x > News > Statements\n\nTitle\n\nBody.\n");
    assertEquals(List.of("Home » x", "News", "Statements"), release.breadcrumb());
    assertEquals("Title", release.title());
  }

  @Test
  void readsAOneSegmentBreadcrumb() throws Exception {
    PressRelease release = parse("HOME >\nTitle\n");
    assertEquals(List.of("HOME"), release.breadcrumb());
    assertEquals("Title", release.title());
  }

  @Test
  void readsATitleWithAnAngleBracketAsTheTitleWhenItStandsAlone() throws Exception {
    PressRelease release = parse("Profits > Forecast\n");
    assertEquals("Profits > Forecast", release.title());
    assertEquals(List.of(), release.breadcrumb());
  }

  @Test
  void readsTextRightUnderTheTitleAsTheBody() throws Exception {
    PressRelease release = parse("Title\nFirst line of the body.\n");
    assertEquals("Title", release.title());
    assertEquals(List.of("First line of the body."), release.paragraphs());
  }
}
