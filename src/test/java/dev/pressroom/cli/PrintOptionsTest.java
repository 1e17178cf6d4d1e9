package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import dev.pressroom.format.docx.DocxRenderer;
import dev.pressroom.format.json.JsonParser;
import dev.pressroom.format.json.JsonRenderer;
import dev.pressroom.format.pdf.PdfRenderer;
import dev.pressroom.model.PressRelease;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --page-size}, {@code --font} and {@code --justify} give exactly the files the renderers'
 * builders give with the same choices, and nothing changes without them.
 */
class PrintOptionsTest {
  @TempDir Path dir;

  private final Pressroom formats =
      Pressroom.builder()
          .discover(false)
          .register(new JsonParser())
          .register(new JsonRenderer())
          .register(new PdfRenderer())
          .register(new DocxRenderer())
          .build();

  private PressRelease release;

  @BeforeEach
  void input() throws Exception {
    TestFormats.writeJson(dir.resolve("a.json"));
    release = formats.parse(dir.resolve("a.json"));
  }

  @Test
  void changesNothingWithoutThem() throws Exception {
    assertEquals(0, run("convert", "a.json", "--to", "pdf,docx", "-o", "out/").status());

    assertArrayEquals(render(new PdfRenderer()), read("out/a.pdf"));
    assertArrayEquals(render(new DocxRenderer()), read("out/a.docx"));
  }

  @Test
  void setsTheLetterPageOnPdfAndDocx() throws Exception {
    CliRunner.Result result =
        run("convert", "a.json", "--to", "pdf,docx,json", "--page-size", "letter", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    byte[] pdf = read("out/a.pdf");
    assertArrayEquals(
        render(PdfRenderer.builder().pageSize(PdfRenderer.PageSize.LETTER).build()), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDRectangle box = document.getPage(0).getMediaBox();
      assertEquals(612f, box.getWidth(), 0.01f);
      assertEquals(792f, box.getHeight(), 0.01f);
    }
    byte[] docx = read("out/a.docx");
    assertArrayEquals(
        render(DocxRenderer.builder().pageSize(DocxRenderer.PageSize.LETTER).build()), docx);
    assertFalse(java.util.Arrays.equals(render(new DocxRenderer()), docx));
    assertArrayEquals(render(new JsonRenderer()), read("out/a.json"));
  }

  @Test
  void setsThePdfInSansAndJustified() throws Exception {
    CliRunner.Result result =
        run("convert", "a.json", "--to", "pdf", "--font", "SANS", "--justify", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    byte[] pdf = read("out/a.pdf");
    assertArrayEquals(
        render(PdfRenderer.builder().fontFamily(PdfRenderer.FontFamily.SANS).justify(true).build()),
        pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      boolean sans = false;
      for (var name : document.getPage(0).getResources().getFontNames()) {
        PDFont font = document.getPage(0).getResources().getFont(name);
        sans |= font.getName().contains("LiberationSans");
        assertFalse(font.getName().contains("LiberationSerif"), font.getName());
      }
      assertTrue(sans);
    }
  }

  @Test
  void justifiesThePdfByDefaultAndSetsItRaggedOnRequest() throws Exception {
    CliRunner.Result result = run("convert", "a.json", "--to", "pdf", "--no-justify", "-o", "-");

    assertEquals(0, result.status(), result.stderr());
    byte[] ragged = render(PdfRenderer.builder().justify(false).build());
    assertArrayEquals(ragged, result.stdoutBytes());
    assertFalse(java.util.Arrays.equals(render(new PdfRenderer()), ragged));
    CliRunner.Result justified = run("convert", "a.json", "--to", "pdf", "--justify", "-o", "-");
    assertArrayEquals(render(new PdfRenderer()), justified.stdoutBytes());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--to pdf --page-size a5  | Invalid value for option '--page-size': expected a4 or letter,"
            + " not 'a5'",
        "--to pdf --font mono     | Invalid value for option '--font': expected serif or sans,"
            + " not 'mono'",
        "--to json --page-size a4 | --page-size applies to pdf and docx, not to --to json",
        "--to json --font sans    | --font applies to pdf and docx, not to --to json",
        "--to docx,json --no-justify | --justify applies to pdf only, not to --to docx,json",
        "--to json --justify      | --justify applies to pdf only, not to --to json",
        "--to json --style s.yaml | --style applies to pdf and docx, not to --to json",
      })
  void rejectsAChoiceNoFormatTakes(String options, String message) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("convert", "a.json"));
    args.addAll(List.of(options.trim().split(" +")));

    CliRunner.Result result = run(args.toArray(String[]::new));

    assertEquals(2, result.status(), result.stderr());
    assertEquals(
        List.of("pressroom: " + message + " (see: pressroom convert --help)"),
        result.stderrLines());
    assertEquals(List.of("a.json"), TestFormats.files(dir));
  }

  @Test
  void aStyleFilePrintsThePdfAndDocxAsTheBuildersDoWithItsStyle() throws Exception {
    Files.write(dir.resolve("logo.png"), dev.pressroom.testing.Logos.png());
    Files.writeString(
        dir.resolve("style.yaml"),
        "organization: Ministry of Examples\nlogo: logo.png\naccent: \"#00457c\"\n"
            + "immediate-release: true\n");
    CliRunner.Result result =
        run("convert", "a.json", "--to", "pdf,docx", "--style", "style.yaml", "-o", "out/");

    assertEquals(0, result.status(), result.stderr());
    PrintStyle style = PrintStyle.read(dir.resolve("style.yaml"));
    assertArrayEquals(render(PdfRenderer.builder().style(style).build()), read("out/a.pdf"));
    assertArrayEquals(render(DocxRenderer.builder().style(style).build()), read("out/a.docx"));
    assertFalse(java.util.Arrays.equals(render(new PdfRenderer()), read("out/a.pdf")));
  }

  @Test
  void thePageSizeAndFontOptionsOverrideTheStyleFile() throws Exception {
    Files.writeString(dir.resolve("style.yaml"), "paper: a4\nfont: sans\norganization: X\n");
    CliRunner.Result result =
        run(
            "convert",
            "a.json",
            "--to",
            "pdf",
            "--style",
            "style.yaml",
            "--page-size",
            "letter",
            "--font",
            "serif",
            "-o",
            "-");

    assertEquals(0, result.status(), result.stderr());
    PrintStyle style =
        PrintStyle.read(dir.resolve("style.yaml")).toBuilder()
            .paper(PrintStyle.Paper.LETTER)
            .typeface(PrintStyle.Typeface.SERIF)
            .build();
    assertArrayEquals(render(PdfRenderer.builder().style(style).build()), result.stdoutBytes());
  }

  @Test
  void aBadStyleFileIsAUsageErrorNamingItsLineAndKey() throws Exception {
    Files.writeString(dir.resolve("style.yaml"), "organization: X\ncolour: red\n");
    CliRunner.Result result =
        run("convert", "a.json", "--to", "pdf", "--style", "style.yaml", "-o", "out/");

    assertEquals(2, result.status(), result.stderr());
    assertTrue(
        result.stderr().contains("style.yaml, line 2, colour: unknown key"), result.stderr());
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  private CliRunner.Result run(String... args) {
    return new CliRunner(dir, formats, false).run(args);
  }

  private byte[] read(String name) throws Exception {
    return Files.readAllBytes(dir.resolve(name));
  }

  private byte[] render(ReleaseRenderer renderer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(release, out);
    return out.toByteArray();
  }
}
