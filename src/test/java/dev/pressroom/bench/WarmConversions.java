package dev.pressroom.bench;

import dev.pressroom.Pressroom;
import dev.pressroom.model.PressRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Converts every file of a folder to a format, into files, several times in one JVM, and prints the
 * seconds of the last pass: the rate of a warm, long-running converter (a service), as against a
 * cold command-line batch that pays for start-up and JIT warm-up.
 *
 * <pre>{@code
 * java -cp ... dev.pressroom.bench.WarmConversions IN_DIR FORMAT OUT_DIR [PASSES [THREADS]]
 * }</pre>
 */
public final class WarmConversions {
  private WarmConversions() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    String format = args[1];
    Path out = Path.of(args[2]);
    int passes = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    Pressroom pressroom = Pressroom.standard();
    String extension = pressroom.requireRenderer(format).extension();
    List<Path> files;
    try (Stream<Path> listing = Files.list(in)) {
      files = listing.filter(Files::isRegularFile).sorted().toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    double last = 0;
    try {
      for (int pass = 0; pass < passes; pass++) {
        // each pass writes new files: rewriting the same names would measure a different thing
        Path dir = Files.createDirectories(out.resolve("pass-" + pass));
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>(files.size());
        for (Path file : files) {
          done.add(pool.submit(() -> convert(pressroom, file, format, dir, extension)));
        }
        for (Future<?> each : done) {
          each.get();
        }
        last = (System.nanoTime() - start) / 1e9;
      }
    } finally {
      pool.shutdown();
    }
    System.out.printf("%.2f%n", last);
  }

  private static Void convert(
      Pressroom pressroom, Path file, String format, Path dir, String extension) throws Exception {
    PressRelease release = pressroom.parse(file);
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    pressroom.render(release, format, dir.resolve(stem + "." + extension));
    return null;
  }
}
