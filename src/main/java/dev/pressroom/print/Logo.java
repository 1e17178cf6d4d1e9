package dev.pressroom.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A letterhead logo: the bytes of a PNG or JPEG file, checked to be one, with its size in pixels.
 * It is embedded as it is (JPEG) or decoded once per renderer (PNG), never re-encoded per release.
 */
public final class Logo {
  /** The kinds of image a logo may be. */
  public enum Kind {
    /** A PNG image (any colour type; transparency is kept). */
    PNG,
    /** A baseline or progressive JPEG image (grey, RGB or CMYK). */
    JPEG
  }

  private static final long MAX_BYTES = 8L << 20;

  private final byte[] bytes;
  private final Kind kind;
  private final int width;
  private final int height;
  private final int components;
  private final String name;

  private Logo(byte[] bytes, Kind kind, int width, int height, int components, String name) {
    this.bytes = bytes;
    this.kind = kind;
    this.width = width;
    this.height = height;
    this.components = components;
    this.name = name;
  }

  /**
   * Reads a logo file.
   *
   * @throws StyleException naming the file when it is missing, larger than 8 MiB, or not a PNG or
   *     JPEG image that can be read
   */
  public static Logo read(Path file) throws StyleException {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new StyleException(file + ": the logo is larger than 8 MiB", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new StyleException(file + ": the logo cannot be read (" + e.getMessage() + ")", e);
    }
    return of(bytes, file.toString());
  }

  /**
   * A logo from the bytes of a PNG or JPEG file; {@code name} names it in messages.
   *
   * @throws StyleException when the bytes are not a readable PNG or JPEG image
   */
  public static Logo of(byte[] bytes, String name) throws StyleException {
    Kind kind;
    if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N') {
      kind = Kind.PNG;
    } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
      kind = Kind.JPEG;
    } else {
      throw new StyleException(name + ": the logo is not a PNG or JPEG image", null);
    }
    int[] size = size(bytes, kind, name);
    decodes(bytes, name); // a truncated or corrupt image fails here, not when a renderer is built
    int components = kind == Kind.JPEG ? jpegComponents(bytes) : 3;
    if (components != 1 && components != 3) {
      throw new StyleException(
          name + ": the logo is a JPEG with " + components + " colour components; use grey or RGB",
          null);
    }
    return new Logo(bytes.clone(), kind, size[0], size[1], components, name);
  }

  private static void decodes(byte[] bytes, String name) throws StyleException {
    try {
      if (ImageIO.read(new ByteArrayInputStream(bytes)) == null) {
        throw new StyleException(name + ": the logo image cannot be decoded", null);
      }
    } catch (IOException | RuntimeException e) {
      throw new StyleException(name + ": the logo image cannot be decoded (" + e + ")", e);
    }
  }

  /** The number of colour components a JPEG's frame header declares, or 0 if none is found. */
  private static int jpegComponents(byte[] jpeg) {
    int i = 2;
    while (i + 9 < jpeg.length) {
      if ((jpeg[i] & 0xff) != 0xff) {
        return 0;
      }
      int marker = jpeg[i + 1] & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
      boolean frame =
          marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (frame) {
        return jpeg[i + 9] & 0xff;
      }
      i += 2 + length;
    }
    return 0;
  }

  private static int[] size(byte[] bytes, Kind kind, String name) throws StyleException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers =
          ImageIO.getImageReadersByFormatName(kind == Kind.PNG ? "png" : "jpeg");
      if (in != null && readers.hasNext()) {
        ImageReader reader = readers.next();
        try {
          reader.setInput(in);
          int w = reader.getWidth(0);
          int h = reader.getHeight(0);
          if (w > 0 && h > 0 && (long) w * h <= 50_000_000L) {
            return new int[] {w, h};
          }
        } finally {
          reader.dispose();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new StyleException(name + ": the logo image cannot be read (" + e + ")", e);
    }
    throw new StyleException(name + ": the logo image has no usable size", null);
  }

  /** The file's bytes (a copy). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** PNG or JPEG. */
  public Kind kind() {
    return kind;
  }

  /** Width in pixels. */
  public int width() {
    return width;
  }

  /** Height in pixels. */
  public int height() {
    return height;
  }

  /** Colour components: 1 for a grey JPEG, else 3 (a PNG's transparency comes on top). */
  public int components() {
    return components;
  }

  /** Where the logo came from, for messages. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Logo l && l.kind == kind && Arrays.equals(l.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Logo[" + name + ", " + kind + ", " + width + "×" + height + "]";
  }
}
