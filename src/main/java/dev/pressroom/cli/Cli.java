package dev.pressroom.cli;

import dev.pressroom.Pressroom;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code pressroom} command line, apart from the process: it works with the formats, folder and
 * streams it is given and returns the exit status, so that tests run it in-process with formats of
 * their own.
 *
 * <pre>{@code
 * int status = new Cli(Pressroom::standard, Path.of(""), System.out, System.err, false)
 *     .run("convert", "release.txt", "--to", "pdf,md", "-o", "out/");
 * }</pre>
 *
 * <p>Exit status: 0 success, 1 some input failed (one {@code pressroom: FILE: message} line each on
 * stderr), 2 bad usage (one {@code pressroom: ...} line on stderr). Stack traces appear only with
 * {@code --debug}.
 */
public final class Cli {
  private final Context context;

  /**
   * @param formats gives the formats on first use ({@link Pressroom#standard()} in the real
   *     command), so that {@code --help} and {@code --version} load none
   * @param workDir relative INPUT and {@code -o} paths are resolved against it
   * @param out stdout: tables, JSON and {@code -o -} outputs
   * @param err stderr: failures, the summary line and the progress bar
   * @param terminal whether stderr is a terminal, where long batches show a progress bar
   */
  public Cli(
      Supplier<Pressroom> formats,
      Path workDir,
      OutputStream out,
      OutputStream err,
      boolean terminal) {
    this.context = new Context(formats, workDir, out, err, terminal);
  }

  /** Runs one command line; returns the exit status. */
  public int run(String... args) {
    CommandLine line = new CommandLine(new PressroomCommand(context));
    // Picocli reads each command's annotations by reflection: when the command is named, add just
    // that one. The others are needed only for the top-level help and its suggestions.
    String named = commandName(args);
    if (named == null || named.equals("convert")) {
      line.addSubcommand(new ConvertCommand(context));
    }
    if (named == null || named.equals("inspect")) {
      line.addSubcommand(new InspectCommand(context));
    }
    if (named == null || named.equals("formats")) {
      line.addSubcommand(new FormatsCommand(context));
    }
    line.setOut(context.out);
    line.setErr(context.err);
    line.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    line.setParameterExceptionHandler(
        (e, arguments) -> {
          context.fail(
              null,
              usageMessage(e)
                  + " (see: "
                  + e.getCommandLine().getCommandSpec().qualifiedName()
                  + " --help)",
              null);
          return CommandLine.ExitCode.USAGE;
        });
    line.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          context.fail(null, Messages.internalError(e), e);
          return CommandLine.ExitCode.SOFTWARE;
        });
    try {
      return line.execute(args);
    } finally {
      context.out.flush();
      context.err.flush();
    }
  }

  /**
   * Picocli's message, with {@code ; did you mean convert?} for a mistyped command or option: the
   * names of the command's subcommands or options closest to the first argument picocli could not
   * match. An unknown option is named even when picocli reports something else first (a required
   * option missing because it was mistyped).
   */
  private static String usageMessage(ParameterException e) {
    List<String> unmatched =
        e instanceof UnmatchedArgumentException u
            ? u.getUnmatched()
            : e.getCommandLine().getUnmatchedArguments();
    if (unmatched.isEmpty()) {
      return e.getMessage();
    }
    String typed = unmatched.get(0);
    String message = e.getMessage();
    if (!(e instanceof UnmatchedArgumentException)) {
      if (!typed.startsWith("-")) {
        return message;
      }
      message = "Unknown option: '" + typed + "'";
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    List<String> known = new ArrayList<>();
    if (typed.startsWith("-")) {
      for (OptionSpec option : spec.options()) {
        if (!option.hidden()) {
          known.addAll(List.of(option.names()));
        }
      }
    } else {
      known.addAll(spec.subcommands().keySet());
    }
    return message + Suggestions.didYouMean(typed, known);
  }

  /** The command named first on the line, if it is one of ours. */
  private static String commandName(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg.equals("convert") || arg.equals("inspect") || arg.equals("formats") ? arg : null;
      }
    }
    return null;
  }

  /** Whether the arguments ask for {@code --debug} (before any {@code --}). */
  static boolean wantsDebug(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }
}
