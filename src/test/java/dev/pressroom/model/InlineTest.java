package dev.pressroom.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.Releases;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class InlineTest {
  private static final URI HOME = URI.create("https://example.org/");

  private static Inline.Text t(String s) {
    return new Inline.Text(s);
  }

  @Test
  void mergesTextAndDropsEmptyPieces() {
    assertEquals(
        List.of(t("ab")),
        new Block.Paragraph(List.of(t("a"), t(""), new Inline.Emphasis(List.of()), t("b")))
            .content());
  }

  @Test
  void equalContentIsOneValue() {
    Block.Paragraph a =
        new Block.Paragraph(
            List.of(new Inline.Emphasis(List.of(t("x"))), new Inline.Emphasis(List.of(t("y")))));
    Block.Paragraph b = new Block.Paragraph(List.of(new Inline.Emphasis(List.of(t("xy")))));
    assertEquals(a, b);
    Block.Paragraph c =
        new Block.Paragraph(
            List.of(new Inline.Emphasis(List.of(new Inline.Strong(List.of(t("x")))))));
    Block.Paragraph d =
        new Block.Paragraph(
            List.of(new Inline.Strong(List.of(new Inline.Emphasis(List.of(t("x")))))));
    assertEquals(c, d);
    assertEquals(
        List.of(new Inline.Strong(List.of(new Inline.Emphasis(List.of(t("x")))))), c.content());
  }

  @Test
  void emphasisDoesNotBeginOrEndWithSpace() {
    Block.Paragraph p =
        new Block.Paragraph(List.of(t("a"), new Inline.Emphasis(List.of(t(" b "))), t("c")));
    assertEquals(List.of(t("a "), new Inline.Emphasis(List.of(t("b"))), t(" c")), p.content());
  }

  @Test
  void linksAreOutermost() {
    Block.Paragraph p =
        new Block.Paragraph(
            List.of(new Inline.Emphasis(List.of(t("a "), new Inline.Link(List.of(t("b")), HOME)))));
    assertEquals(
        List.of(
            new Inline.Emphasis(List.of(t("a"))),
            t(" "),
            new Inline.Link(List.of(new Inline.Emphasis(List.of(t("b")))), HOME)),
        p.content());
  }

  @Test
  void refusesOtherSchemesAndLinksInLinks() {
    IllegalArgumentException scheme =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Inline.Link(List.of(t("x")), URI.create("javascript:alert(1)")));
    assertTrue(scheme.getMessage().contains("javascript"), scheme.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Block.Paragraph(
                List.of(new Inline.Link(List.of(new Inline.Link(List.of(t("x")), HOME)), HOME))));
  }

  @Test
  void blocksCheckTheirParts() {
    assertThrows(IllegalArgumentException.class, () -> Block.Heading.of(1, "x"));
    assertThrows(IllegalArgumentException.class, () -> Block.Heading.of(5, "x"));
    assertThrows(IllegalArgumentException.class, () -> new Block.ItemList(false, List.of()));
    assertThrows(IllegalArgumentException.class, () -> Block.Paragraph.of(" x"));
    Block.ItemList nested = new Block.ItemList(false, List.of(ListItem.of("b")));
    Block.ItemList twice =
        new Block.ItemList(false, List.of(new ListItem(Inline.text("a"), nested)));
    IllegalArgumentException deep =
        assertThrows(IllegalArgumentException.class, () -> new ListItem(Inline.text("x"), twice));
    assertTrue(deep.getMessage().contains("one level"), deep.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new Contact(null, "Role", null, null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Contact("A", null, null, null, null, URI.create("file:///etc/passwd")));
  }

  @Test
  void builderNamesTheBodyIndex() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PressRelease.builder().title("T").paragraph("a").paragraph("").build());
    assertTrue(e.getMessage().startsWith("body[1]: "), e.getMessage());
  }

  @Test
  void paragraphsAreThePlainTextOfTheBody() {
    PressRelease release =
        PressRelease.builder()
            .title("T")
            .block(Block.Heading.of(2, "H"))
            .block(
                new Block.ItemList(
                    false,
                    List.of(
                        new ListItem(
                            Inline.text("a"),
                            new Block.ItemList(true, List.of(ListItem.of("a1")))))))
            .block(new Block.Quote(List.of(Block.Paragraph.of("q")), "who"))
            .build();
    assertEquals(List.of("H", "a", "a1", "q", "who"), release.paragraphs());
  }

  @Property(tries = 500)
  void canonicalFormIsStable(@ForAll("inline") List<Inline> content) {
    List<Inline> once = Inline.canonical(content);
    assertEquals(once, Inline.canonical(once));
    assertEquals(Inline.plainText(content), Inline.plainText(once));
    assertEquals(once, Inline.canonical(new ArrayList<>(once)));
  }

  @Property(tries = 1000)
  void theCanonicalCheckNeverDisagreesWithBuildingAgain(@ForAll("pieces") List<Inline> raw) {
    List<Inline> content = List.copyOf(raw);
    if (InlineRuns.isCanonical(content, true)) {
      assertEquals(content, InlineRuns.rebuilt(content));
    }
    List<Inline> rebuilt = InlineRuns.rebuilt(content);
    assertEquals(rebuilt, Inline.canonical(content));
  }

  @Property(tries = 500)
  void contentAlreadyCanonicalComesBackAsItIs(@ForAll("canonicalInline") List<Inline> content) {
    assertEquals(InlineRuns.rebuilt(content), Inline.canonical(content));
    assertEquals(content, Inline.canonical(content));
  }

  @Test
  void theCanonicalCheckKnowsTheCommonShapes() {
    Inline link = new Inline.Link(List.of(t("b "), new Inline.Strong(List.of(t("c")))), HOME);
    List<Inline> common =
        List.of(
            new Inline.Strong(List.of(t("a"))), t(" "), link, new Inline.Emphasis(List.of(t("d"))));
    assertTrue(InlineRuns.isCanonical(common, true));
    assertEquals(common, InlineRuns.rebuilt(common));
    List<List<Inline>> rebuiltOnes =
        List.of(
            List.of(new Inline.Strong(List.of(t("a"))), new Inline.Strong(List.of(t("b")))),
            List.of(new Inline.Emphasis(List.of(t("a ")))),
            List.of(t("a"), t("b"), new Inline.Emphasis(List.of(t("c")))),
            List.of(link, link),
            List.of(new Inline.Link(List.of(), HOME)));
    for (List<Inline> content : rebuiltOnes) {
      assertTrue(!InlineRuns.isCanonical(content, true), content.toString());
      assertTrue(!content.equals(InlineRuns.rebuilt(content)), content.toString());
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Inline>> inline() {
    return Releases.rawInline();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Inline>> canonicalInline() {
    return Releases.inline();
  }

  /**
   * Content from a few short texts, with whitespace at the ends, empty pieces, pieces of one kind
   * in a row and links to one target in a row: the edges of the canonical check.
   */
  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Inline>> pieces() {
    net.jqwik.api.Arbitrary<String> text =
        net.jqwik.api.Arbitraries.of("a", "b c", " ", "", " d", "e ", "\u00A0f", "g\u3000");
    net.jqwik.api.Arbitrary<URI> target =
        net.jqwik.api.Arbitraries.of(
            HOME, URI.create("https://example.org/"), URI.create("mailto:a@b.org"));
    net.jqwik.api.Arbitrary<Inline> leaf = text.map(Inline.Text::new);
    net.jqwik.api.Arbitrary<Inline> styled =
        net.jqwik.api.Arbitraries.oneOf(
            leaf,
            leaf.list().ofMaxSize(2).map(Inline.Strong::new),
            leaf.list().ofMaxSize(2).map(Inline.Emphasis::new),
            leaf.map(x -> new Inline.Strong(List.of(new Inline.Emphasis(List.of(x))))));
    net.jqwik.api.Arbitrary<Inline> link =
        net.jqwik.api.Combinators.combine(styled.list().ofMaxSize(3), target).as(Inline.Link::new);
    return net.jqwik.api.Arbitraries.oneOf(styled, styled, link).list().ofMaxSize(6);
  }
}
