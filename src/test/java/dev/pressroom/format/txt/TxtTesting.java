package dev.pressroom.format.txt;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared helpers of the txt tests: parse a string, render to a string. */
final class TxtTesting {
  private TxtTesting() {}

  static PressRelease parse(String text) throws ParseException {
    return parse(text.getBytes(StandardCharsets.UTF_8));
  }

  static PressRelease parse(byte[] bytes) throws ParseException {
    return new TxtParser().parse(new ByteArrayInputStream(bytes), ParseContext.of("test.txt"));
  }

  static byte[] renderBytes(PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new TxtRenderer().render(release, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String render(PressRelease release) {
    return new String(renderBytes(release), StandardCharsets.UTF_8);
  }
}
