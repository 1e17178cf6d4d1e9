package dev.pressroom.format.pdf;

import dev.pressroom.RenderException;
import dev.pressroom.model.Block;
import dev.pressroom.model.Contact;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.Inline;
import dev.pressroom.model.ListItem;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.testing.Releases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Shared helpers of the PDF renderer tests: fonts, renderers, generated releases. */
final class PdfTesting {
  /** Debian's fonts-droid-fallback, a TrueType CJK font; CI installs it. */
  static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  private PdfTesting() {}

  /** The Droid CJK font; fails in CI, skips locally, when it is not installed. */
  static Path droid() {
    boolean present = Files.isRegularFile(DROID);
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(DROID + " is missing; CI must install fonts-droid-fallback");
    }
    Assumptions.assumeTrue(present, "skipped: fonts-droid-fallback is not installed");
    return DROID;
  }

  /** A renderer that sees only Liberation and Droid, whatever the machine has. */
  static PdfRenderer withDroid() {
    return PdfRenderer.builder().addFont(droid()).systemFonts(SystemFonts.NONE).build();
  }

  /**
   * A builder pinned to the layout the script samples were measured in, whatever the house style
   * becomes: Liberation Serif, ragged right, no end mark.
   */
  static PdfRenderer.Builder measuredLayout() {
    return PdfRenderer.builder()
        .style(
            dev.pressroom.print.PrintStyle.builder()
                .typeface(dev.pressroom.print.PrintStyle.Typeface.SERIF)
                .endMark(false)
                .build())
        .justify(false);
  }

  static byte[] render(PdfRenderer renderer, PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(release, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RenderException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Writes bytes to a temporary file for the external tools. */
  static Path temp(byte[] pdf, Path dir) {
    try {
      Path file = Files.createTempFile(dir, "release", ".pdf");
      Files.write(file, pdf);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixed release with every version-2 construct: subtitle, blocks, inline markup, contacts. */
  static PressRelease richExample() {
    URI site = URI.create("https://example.org/press/2024/solar");
    return PressRelease.builder()
        .breadcrumb("Home", "Press")
        .title("Ministry Opens the Largest Solar Park in the Region")
        .subtitle("Four hundred megawatts for two hundred thousand homes")
        .timestamp(Timestamp.parse("2024-05-14T10:00+02:00"))
        .language("en")
        .block(
            new Block.Paragraph(
                List.of(
                    new Inline.Text("BERLIN, 14 May 2024 - The ministry today opened the "),
                    new Inline.Strong(Inline.text("Sonnenfeld")),
                    new Inline.Text(" solar park, "),
                    new Inline.Emphasis(Inline.text("a year ahead of plan")),
                    new Inline.Text(". Details are on the "),
                    new Inline.Link(Inline.text("project page"), site),
                    new Inline.Text("."))))
        .block(Block.Heading.of(2, "Highlights"))
        .block(
            new Block.ItemList(
                false,
                List.of(
                    ListItem.of("400 MW of capacity on 600 hectares"),
                    new ListItem(
                        Inline.text("Power for 200,000 homes"),
                        new Block.ItemList(
                            true,
                            List.of(
                                ListItem.of("120,000 in the city"),
                                ListItem.of("80,000 in the county")))),
                    ListItem.of("Built in eighteen months"))))
        .block(Block.Heading.of(3, "What the minister said"))
        .block(
            new Block.Quote(
                List.of(
                    Block.Paragraph.of(
                        "This park shows that the energy transition is happening now."),
                    Block.Paragraph.of("We will build three more by 2027.")),
                "Jane Doe, Minister of Energy"))
        .block(Block.Heading.of(4, "Next steps"))
        .block(
            new Block.ItemList(
                true,
                List.of(
                    ListItem.of("Grid connection in June"), ListItem.of("Full output in July"))))
        .contact(
            new Contact(
                "Max Mustermann",
                "Press Officer",
                "Ministry of Energy",
                "press@energy.example.org",
                "+49 30 1234 5678",
                URI.create("https://energy.example.org/press")))
        .contact(Contact.of("Erika Musterfrau", "erika@energy.example.org"))
        .boilerplateBlock(
            Block.Paragraph.of(
                "The Ministry of Energy is responsible for the country's energy policy."))
        .footerAction(new FooterAction("Print", URI.create("https://example.org/print")))
        .build();
  }

  /** A long release: many paragraphs of varied length, some longer than a page. */
  static PressRelease longRelease(int paragraphs) {
    List<String> body = new ArrayList<>();
    String seed = String.join(" ", Releases.seed().paragraphs());
    for (int i = 0; i < paragraphs; i++) {
      int length = 40 + (i * 7919) % 900 + (i % 37 == 0 ? 5000 : 0);
      StringBuilder text = new StringBuilder("Paragraph " + (i + 1) + ": ");
      while (text.length() < length) {
        text.append(seed, 0, Math.min(seed.length(), length - text.length()));
      }
      body.add(text.toString().strip());
    }
    return Releases.seed().toBuilder().paragraphs(body).language("en").build();
  }

  /**
   * Generated hostile releases whose every character Liberation Serif (regular and bold) or Droid
   * can show; others (emoji, Hangul, Arabic) become {@code ?}, as no configured font has them.
   */
  static Arbitrary<PressRelease> drawable(Arbitrary<PressRelease> releases) {
    Coverage coverage = Coverage.get();
    return releases.map(coverage::drawable);
  }

  /** Which code points the test fonts have, read with FontBox directly. */
  static final class Coverage {
    private static Coverage instance;
    private final List<CmapLookup> regular = new ArrayList<>();
    private final List<CmapLookup> bold = new ArrayList<>();

    static synchronized Coverage get() {
      if (instance == null) {
        instance = new Coverage();
      }
      return instance;
    }

    private Coverage() {
      try {
        CmapLookup droid = cmap(Files.readAllBytes(droid()));
        regular.add(cmap(resource("dev/pressroom/format/pdf/fonts/LiberationSerif-Regular.ttf")));
        regular.add(droid);
        bold.add(cmap(resource("dev/pressroom/format/pdf/fonts/LiberationSerif-Bold.ttf")));
        bold.add(droid);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static byte[] resource(String name) throws IOException {
      try (var in = PdfTesting.class.getClassLoader().getResourceAsStream(name)) {
        return in.readAllBytes();
      }
    }

    private static CmapLookup cmap(byte[] font) throws IOException {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font));
      return ttf.getUnicodeCmapLookup(false);
    }

    boolean has(int cp) {
      return cp == '\t'
          || Character.getType(cp) == Character.FORMAT
          || in(regular, cp) && in(bold, cp);
    }

    private static boolean in(List<CmapLookup> fonts, int cp) {
      return fonts.stream().anyMatch(f -> f.getGlyphId(cp) != 0);
    }

    String drawable(String text) {
      StringBuilder out = new StringBuilder();
      text.codePoints().forEach(cp -> out.appendCodePoint(has(cp) ? cp : '?'));
      return out.toString();
    }

    PressRelease drawable(PressRelease r) {
      return new PressRelease(
          r.breadcrumb().stream().map(this::drawable).toList(),
          drawable(r.title()),
          r.timestamp(),
          r.language(),
          r.paragraphs().stream().map(this::drawable).toList(),
          r.footerActions().stream()
              .map(a -> new dev.pressroom.model.FooterAction(drawable(a.label()), a.target()))
              .toList());
    }
  }
}
