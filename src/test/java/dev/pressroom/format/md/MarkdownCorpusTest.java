package dev.pressroom.format.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.Seeds;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Real Markdown releases from the shared corpus give a sensible title, date and body. */
class MarkdownCorpusTest {

  private static PressRelease parse(String name) throws Exception {
    Path file = Seeds.corpusFile("md/" + name);
    try (InputStream in = Files.newInputStream(file)) {
      return new MarkdownParser().parse(in, ParseContext.of(name));
    }
  }

  private static boolean hasParagraphStarting(PressRelease release, String start) {
    return release.paragraphs().stream().anyMatch(p -> p.startsWith(start));
  }

  @Test
  void nodeJsPostReadsFrontMatterQuoteDatelineAndList() throws Exception {
    PressRelease release = parse("nodejs-2015-welcome-redhat.md");
    assertEquals("Node.js Foundation Welcomes Red Hat as Newest Platinum Member", release.title());
    assertEquals(Timestamp.parse("2015-10-06T12:30:00Z"), release.timestamp());
    assertEquals(
        "Company Looks to Accelerate Node.js Adoption for Enterprise Software Development",
        release.paragraphs().get(0));
    assertTrue(
        release
            .paragraphs()
            .get(1)
            .startsWith(
                "SAN FRANCISCO, Oct. 6, 2015 \u2013 The Node.js Foundation, a community-led and"
                    + " industry-backed consortium"),
        release.paragraphs().get(1));
    assertTrue(
        release
            .paragraphs()
            .contains(
                "Learn more about the Node.js Foundation and get involved with the project."));
    assertTrue(release.paragraphs().contains("About Node.js Foundation"));
    assertTrue(
        hasParagraphStarting(
            release, "The Node.js Foundation is a Collaborative Project at The Linux Foundation."));
  }

  @Test
  void newsrampHiberReadsTheWireDatelineSplitsTheOneLineBodyAndStopsAtTheRule() throws Exception {
    PressRelease release = parse("newsramp-247pr-2024-hiber-acquires-srett.md");
    assertEquals("Hiber Acquires Srett Industrie", release.title());
    assertEquals(Timestamp.parse("2024-03-19"), release.timestamp());
    assertTrue(
        release
            .paragraphs()
            .get(0)
            .startsWith(
                "AMSTERDAM and PARIS, March 19, 2024 /24-7PressRelease/ -- Today marks a pivotal"
                    + " moment as Hiber"));
    assertEquals(
        "Through this acquisition, Hiber, with its HiberHilo solutions, covers a complete range of"
            + " end to end IoT solutions: Hardware, LoRaWAN combined with advanced satellite, 3G/4G"
            + " or LAN connectivity, and Data.",
        release.paragraphs().get(1),
        "a body pasted on one line is split at its runs of spaces after sentence ends");
    assertTrue(
        dev.pressroom.model.PressRelease.plainLines(release.boilerplate())
            .get(0)
            .startsWith("About Hiber: Remote monitoring"),
        "the About section is the boilerplate");
    for (String paragraph : release.paragraphs()) {
      assertFalse(paragraph.contains("pr@hiber.global"), "contact runs left out: " + paragraph);
      assertFalse(paragraph.contains("Original/Source"), "syndication links after --- left out");
    }
    assertEquals(6, release.paragraphs().size());
    assertEquals(2, release.boilerplate().size());
  }

  @Test
  void newsrampTalusHasNoDateAndEndsAtTheEndMark() throws Exception {
    PressRelease release = parse("newsramp-blockchainwire-2024-talus-funding.md");
    assertEquals(
        "Talus Network Raises $3 Million in Funding Led by Polychain Capital to Democratize"
            + " Onchain AI with Move",
        release.title());
    assertNull(release.timestamp());
    assertTrue(release.paragraphs().get(0).startsWith("Talus Network\u00A0is proud to have"));
    String last = release.paragraphs().get(release.paragraphs().size() - 1);
    assertTrue(
        last.startsWith("Luke Pearson, General Partner at Polychain Capital, commented:"), last);
    assertTrue(!hasParagraphStarting(release, "Talus Network\u00A0is an innovative blockchain"));
  }
}
