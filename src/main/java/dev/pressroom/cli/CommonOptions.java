package dev.pressroom.cli;

import picocli.CommandLine.Option;

/** The options every subcommand takes: {@code --debug} and {@code --help}. */
final class CommonOptions {
  private final Context context;

  @Option(names = "--debug", description = "Show library logging and stack traces on stderr.")
  private void debug(boolean on) {
    context.debug = on;
  }

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  CommonOptions(Context context) {
    this.context = context;
  }
}
