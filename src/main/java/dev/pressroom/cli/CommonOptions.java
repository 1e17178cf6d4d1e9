package dev.pressroom.cli;

import picocli.CommandLine.Option;

/** The options every subcommand takes: {@code --debug}, {@code --verbose} and {@code --help}. */
final class CommonOptions {
  private final Context context;

  @Option(names = "--debug", description = "Show library logging and stack traces on stderr.")
  private void debug(boolean on) {
    context.debug = on;
  }

  @Option(
      names = {"-v", "--verbose"},
      description = "Show what was repaired in each input, one warning a line on stderr.")
  private void verbose(boolean on) {
    context.verbose = on;
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
