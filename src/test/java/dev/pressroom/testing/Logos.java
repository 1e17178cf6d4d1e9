package dev.pressroom.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Letterhead logos drawn for the tests: a PNG with transparency and an RGB JPEG. */
public final class Logos {
  private Logos() {}

  /** A 300 × 120 PNG: a blue disc and a half-transparent red bar on a transparent ground. */
  public static byte[] png() {
    BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
    draw(image);
    return encode(image, "png");
  }

  /** A 240 × 160 RGB JPEG of the same drawing on white. */
  public static byte[] jpeg() {
    BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 240, 160);
    g.dispose();
    draw(image);
    return encode(image, "jpeg");
  }

  private static void draw(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0, 69, 124));
    g.fillOval(5, 5, 110, 110);
    g.setColor(new Color(200, 30, 30, 200));
    g.fillRect(130, 30, 100, 60);
    g.dispose();
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
