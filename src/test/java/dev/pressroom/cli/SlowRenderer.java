package dev.pressroom.cli;

import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A test-only renderer that writes a few bytes and then takes a minute, so that a test can stop the
 * CLI while an output is half-written. {@link InterruptedBatchTest} registers it in a child JVM
 * through a services file of its own.
 */
public final class SlowRenderer implements ReleaseRenderer {
  @Override
  public String format() {
    return "slow";
  }

  @Override
  public String extension() {
    return "slow";
  }

  @Override
  public void render(PressRelease release, OutputStream out) throws IOException {
    out.write(release.title().getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
