package dev.pressroom.format.pdf;

import dev.pressroom.internal.HouseStyle;
import dev.pressroom.print.Logo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A letterhead logo as PDF image data, made once per renderer: a JPEG in grey or RGB is embedded as
 * it is ({@code /DCTDecode}); anything else is decoded once into 8-bit RGB, Flate-compressed, with
 * a soft mask when it has transparency. Its size on the page is {@link HouseStyle#LOGO_HEIGHT}
 * high, at most {@link HouseStyle#LOGO_MAX_WIDTH} wide, keeping its proportions.
 */
final class LogoImage {
  final String entries; // the image dictionary's entries without /Length and /SMask
  final byte[] data; // the stream data, already filtered
  final boolean flate;
  final byte[] mask; // Flate-compressed 8-bit alpha, or null
  final int pixelWidth;
  final int pixelHeight;
  final float width;
  final float height;

  private LogoImage(
      String entries, byte[] data, boolean flate, byte[] mask, int pixelWidth, int pixelHeight) {
    this.entries = entries;
    this.data = data;
    this.flate = flate;
    this.mask = mask;
    this.pixelWidth = pixelWidth;
    this.pixelHeight = pixelHeight;
    float[] size = HouseStyle.logoSize(pixelWidth, pixelHeight);
    this.width = size[0];
    this.height = size[1];
  }

  /**
   * The image data of {@code logo}.
   *
   * @throws IllegalArgumentException naming the logo when its image cannot be decoded
   */
  static LogoImage of(Logo logo) {
    byte[] bytes = logo.bytes();
    if (logo.kind() == Logo.Kind.JPEG) {
      if (logo.components() == 1 || logo.components() == 3) {
        return new LogoImage(
            entries(
                    logo.width(),
                    logo.height(),
                    logo.components() == 1 ? "DeviceGray" : "DeviceRGB")
                + "/Filter/DCTDecode",
            bytes,
            false,
            null,
            logo.width(),
            logo.height());
      }
    }
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(logo.name() + ": the logo cannot be decoded (" + e + ")");
    }
    if (image == null) {
      throw new IllegalArgumentException(logo.name() + ": the logo cannot be decoded");
    }
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] rgb = new byte[w * h * 3];
    byte[] alpha = new byte[w * h];
    boolean transparent = false;
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int argb = row[x];
        int i = y * w + x;
        rgb[3 * i] = (byte) (argb >> 16);
        rgb[3 * i + 1] = (byte) (argb >> 8);
        rgb[3 * i + 2] = (byte) argb;
        alpha[i] = (byte) (argb >>> 24);
        transparent |= (argb >>> 24) != 0xff;
      }
    }
    return new LogoImage(
        entries(w, h, "DeviceRGB"),
        PdfFile.deflateOnce(rgb),
        true,
        transparent ? PdfFile.deflateOnce(alpha) : null,
        w,
        h);
  }

  private static String entries(int w, int h, String colourSpace) {
    return "/Type/XObject/Subtype/Image/Width "
        + w
        + "/Height "
        + h
        + "/ColorSpace/"
        + colourSpace
        + "/BitsPerComponent 8";
  }

  /** Adds the image (and its mask) to {@code pdf}; returns the image's object number. */
  int addTo(PdfFile pdf) {
    String dict = entries;
    if (mask != null) {
      int smask =
          pdf.addRawStream(
              "/Type/XObject/Subtype/Image/Width "
                  + pixelWidth
                  + "/Height "
                  + pixelHeight
                  + "/ColorSpace/DeviceGray/BitsPerComponent 8",
              mask,
              true);
      dict += "/SMask " + PdfSyntax.ref(smask);
    }
    return pdf.addRawStream(dict, data, flate);
  }
}
