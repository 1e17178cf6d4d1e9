package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import dev.pressroom.spi.ReleaseRenderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an executor keeps between tasks: one {@link Pressroom} for the JVM, and each renderer the
 * settings of a job ask for, so the PDF renderer's parsed fonts are parsed once per executor, not
 * once per task. Parsers and renderers are thread-safe, so the executor's task threads share them.
 */
final class PerExecutor {
  private PerExecutor() {}

  /** The key of a configured renderer: the print choices and the format. */
  private record Key(ConvertSettings.Paper paper, ConvertSettings.Font font, boolean j, String f) {}

  private static final Map<Key, ReleaseRenderer> RENDERERS = new ConcurrentHashMap<>();

  private static final class Holder {
    static final Pressroom PRESSROOM = Pressroom.standard();
  }

  /** The executor's Pressroom, made on first use. */
  static Pressroom pressroom() {
    return Holder.PRESSROOM;
  }

  /** The renderers of the settings' formats, in their order. */
  static List<ReleaseRenderer> renderers(ConvertSettings settings) {
    return settings.formats().stream()
        .map(
            format ->
                RENDERERS.computeIfAbsent(
                    new Key(settings.paper(), settings.font(), settings.justify(), format),
                    key -> settings.renderer(pressroom(), format)))
        .toList();
  }
}
