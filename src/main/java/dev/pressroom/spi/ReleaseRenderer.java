package dev.pressroom.spi;

import dev.pressroom.RenderException;
import dev.pressroom.model.PressRelease;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link PressRelease} in one format. Implementations are found through {@link
 * java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/dev.pressroom.spi.ReleaseRenderer}) and must have a public no-argument
 * constructor giving the format's defaults. They are immutable and safe to share between threads,
 * and write the same bytes for the same release every time.
 */
public interface ReleaseRenderer {

  /** The format's short name, lower case, such as {@code "pdf"}. */
  String format();

  /** The file name extension of written files, without the dot. */
  String extension();

  /**
   * The part of {@code release} this format carries, so that {@code parse(render(r))} equals {@code
   * carried(r)}. Most formats carry everything; plain text has no place for a language.
   */
  default PressRelease carried(PressRelease release) {
    return release;
  }

  /**
   * Writes the release. The stream is written but not closed.
   *
   * @throws RenderException when the release cannot be shown in this format (such as characters no
   *     font has)
   * @throws IOException when the stream cannot be written
   */
  void render(PressRelease release, OutputStream out) throws IOException, RenderException;
}
