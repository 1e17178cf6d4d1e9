package dev.pressroom.format.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOCX files that LibreOffice and pandoc make, here in the test, read as the release they show. */
class DocxForeignFilesTest {
  @TempDir Path dir;

  private PressRelease parse(Path docx) throws Exception {
    return Docx.parse(Files.readAllBytes(docx));
  }

  @Test
  void readsLibreOfficeFilesMadeFromHtml() throws Exception {
    Path html = dir.resolve("web.html");
    Office.write(
        html,
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Library</title></head><body>
        <p><b>FOR IMMEDIATE RELEASE</b></p>
        <h1>City Opens New Library &amp; Archive</h1>
        <p>28 October 2023</p>
        <p>The city opened its new library on Saturday.</p>
        <p>Mayor Jane Doe said the library<br>would serve everyone.</p>
        <table><tr><td>Opening hours</td><td>9 to 5</td></tr></table>
        </body></html>
        """);
    Path docx =
        Office.soffice(
            html, "docx:MS Word 2007 XML", "docx", List.of("--infilter=HTML (StarWriter)"));
    PressRelease release = parse(docx);
    assertEquals("City Opens New Library & Archive", release.title());
    assertEquals(Timestamp.parse("2023-10-28"), release.timestamp());
    assertEquals(
        List.of(
            "The city opened its new library on Saturday.",
            "Mayor Jane Doe said the library would serve everyone.",
            "Opening hours",
            "9 to 5"),
        release.paragraphs());
    assertEquals("en-US", release.language()); // LibreOffice's document language
  }

  @Test
  void readsLibreOfficeFilesMadeFromPlainText() throws Exception {
    Path txt = dir.resolve("plain.txt");
    Office.write(
        txt,
        "Harbour Bridge Reopens After Repairs\n\n2023-10-28 13:25\n\n"
            + "The harbour bridge reopened to traffic on Saturday.\n\n"
            + "Engineers finished the work\ttwo weeks early.\n");
    Path docx =
        Office.soffice(
            txt, "docx:MS Word 2007 XML", "docx", List.of("--infilter=Text (encoded):UTF8,LF,,"));
    PressRelease release = parse(docx);
    assertEquals("Harbour Bridge Reopens After Repairs", release.title());
    assertEquals(Timestamp.parse("2023-10-28T13:25"), release.timestamp());
    assertEquals(
        List.of(
            "The harbour bridge reopened to traffic on Saturday.",
            "Engineers finished the work\ttwo weeks early."),
        release.paragraphs());
  }

  @Test
  void readsPandocFilesWithTitleAndDateMetadata() throws Exception {
    Path md = dir.resolve("meta.md");
    Office.write(
        md,
        """
        ---
        title: "Council Approves *Green* Budget"
        author: Press Office
        date: October 28, 2023
        lang: en-GB
        ---

        The council approved the budget on Friday.

        Spending on parks rises by 12 %,\\
        the mayor said.
        """);
    Path docx = dir.resolve("meta.docx");
    Office.pandoc(dir, "-f", "markdown", "-t", "docx", "-o", docx.toString(), md.toString());
    PressRelease release = parse(docx);
    assertEquals("Council Approves Green Budget", release.title());
    assertEquals(Timestamp.parse("2023-10-28"), release.timestamp());
    assertEquals(
        List.of(
            "The council approved the budget on Friday.",
            "Spending on parks rises by 12 %, the mayor said."),
        release.paragraphs());
    assertEquals("en-GB", release.language());
  }

  @Test
  void readsPandocFilesWithAHeadingAndADateline() throws Exception {
    Path md = dir.resolve("heading.md");
    Office.write(
        md,
        """
        # Port Expands Container Terminal

        WASHINGTON, Oct. 27, 2023 -- The port authority said the new terminal opens next year.

        It will handle **twice** as many ships.
        """);
    Path docx = dir.resolve("heading.docx");
    Office.pandoc(dir, "-f", "markdown", "-t", "docx", "-o", docx.toString(), md.toString());
    PressRelease release = parse(docx);
    assertEquals("Port Expands Container Terminal", release.title());
    assertEquals(Timestamp.parse("2023-10-27"), release.timestamp());
    assertEquals(
        List.of(
            // pandoc's smart punctuation: NBSP after "Oct." (read as a space), an en dash for "--"
            "WASHINGTON, Oct. 27, 2023 \u2013 The port authority said the new terminal"
                + " opens next year.",
            "It will handle twice as many ships."),
        release.paragraphs());
  }
}
