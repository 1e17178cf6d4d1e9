package dev.pressroom.format.pdf;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The round-trip tests' fonts: Liberation Serif (bundled) and Debian's Droid Sans Fallback (CJK),
 * and the releases they can draw. Characters none of them has (emoji, Hangul) become {@code ?},
 * since rendering them is a {@code RenderException} by design, not something to read back.
 */
final class PdfParserDrawable {
  static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
  private static PdfParserDrawable instance;

  private final List<CmapLookup> regular;
  private final List<CmapLookup> bold;

  private PdfParserDrawable() throws IOException {
    CmapLookup droid = cmap(Files.readAllBytes(droid()));
    regular = List.of(cmap(resource("liberation/LiberationSerif-Regular.ttf")), droid);
    bold = List.of(cmap(resource("liberation/LiberationSerif-Bold.ttf")), droid);
  }

  static synchronized PdfParserDrawable get() {
    if (instance == null) {
      try {
        instance = new PdfParserDrawable();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  /** Droid Sans Fallback; fails in CI, skips locally, when it is not installed. */
  static Path droid() {
    boolean present = Files.isRegularFile(DROID);
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail(DROID + " is missing; CI must install fonts-droid-fallback");
    }
    Assumptions.assumeTrue(present, "skipped: fonts-droid-fallback is not installed");
    return DROID;
  }

  /** A renderer that uses Liberation and Droid only, whatever else the machine has. */
  static PdfRenderer renderer() {
    return PdfRenderer.builder().addFont(droid()).systemFonts(false).build();
  }

  PressRelease drawable(PressRelease r) {
    return new PressRelease(
        r.breadcrumb().stream().map(this::drawable).toList(),
        drawable(r.title()),
        r.timestamp(),
        r.language(),
        r.paragraphs().stream().map(this::drawable).toList(),
        r.footerActions().stream()
            .map(a -> new FooterAction(drawable(a.label()), a.target()))
            .toList());
  }

  private String drawable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(has(cp) ? cp : '?'));
    return out.toString();
  }

  private boolean has(int cp) {
    return cp == '\t'
        || Character.getType(cp) == Character.FORMAT
        || (in(regular, cp) && in(bold, cp));
  }

  private static boolean in(List<CmapLookup> fonts, int cp) {
    return fonts.stream().anyMatch(font -> font.getGlyphId(cp) != 0);
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PdfParserDrawable.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private static CmapLookup cmap(byte[] font) throws IOException {
    return new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup(false);
  }
}
