package dev.pressroom.format.html;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rendering and parsing helpers shared by the HTML tests. */
final class HtmlPages {
  private HtmlPages() {}

  static byte[] render(PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HtmlRenderer().render(release, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (dev.pressroom.RenderException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  static String renderString(PressRelease release) {
    return new String(render(release), StandardCharsets.UTF_8);
  }

  static PressRelease parse(byte[] html) throws ParseException {
    return new HtmlParser().parse(new ByteArrayInputStream(html), ParseContext.of("test.html"));
  }

  static PressRelease parse(String html) throws ParseException {
    return parse(html.getBytes(StandardCharsets.UTF_8));
  }

  static PressRelease parse(String html, Charset charset) throws ParseException {
    return parse(html.getBytes(charset));
  }

  static PressRelease parse(Path file) throws ParseException {
    try (InputStream in = Files.newInputStream(file)) {
      return new HtmlParser().parse(in, ParseContext.of(file.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
