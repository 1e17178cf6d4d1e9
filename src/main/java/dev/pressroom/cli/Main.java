package dev.pressroom.cli;

import dev.pressroom.Pressroom;
import dev.pressroom.internal.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code pressroom} command: {@code target/pressroom convert|inspect|formats ...}, the launcher
 * script beside the jar, or {@code java -jar pressroom-cli.jar ...}. See {@link Cli} for what it
 * does; this class only wires it to the process.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // First of all: the libraries behind the formats log from their static initialisers.
    Logging.configure(Cli.wantsDebug(args));
    // Ctrl-C or a kill during a batch: remove the temporary files of outputs being written.
    Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteUnfinished));
    int status =
        new Cli(Pressroom::standard, Path.of(""), System.out, System.err, stderrIsTerminal())
            .run(args);
    System.exit(status);
  }

  /**
   * Whether a person watches stderr: Java only tells whether stdin and stdout are a terminal, so on
   * Linux ask {@code /proc} where stderr goes; elsewhere assume it is not a terminal.
   */
  private static boolean stderrIsTerminal() {
    if (System.console() == null) {
      return false;
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false;
    }
  }
}
