package dev.pressroom.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top of the command line: names the commands, and gives {@code --help} and {@code --version}.
 */
@Command(
    name = "pressroom",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    usageHelpAutoWidth = true,
    synopsisSubcommandLabel = "(convert | inspect | formats)",
    description = {
      "Reads press releases (scraped text, Markdown, Word, PDF, HTML, JSON), holds each in one"
          + " validated model, and writes them in the other formats.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  pressroom convert release.txt --to pdf,docx -o out/",
      "  pressroom convert releases/ --to all -o out/ -j 2",
      "  pressroom convert release.docx --to pdf --page-size letter --font sans -o out/",
      "  pressroom inspect release.docx",
      "  pressroom formats",
      "",
      "pressroom is the launcher beside pressroom-cli.jar, target/pressroom after",
      "mvn package (JAVA_HOME and JAVA_OPTS choose the JVM); java -jar",
      "pressroom-cli.jar does the same.",
      "",
      "Exit status: 0 success, 1 some input failed, 2 bad usage."
    })
final class PressroomCommand implements Callable<Integer> {
  private final Context context;

  @Spec private CommandSpec spec;

  @Option(names = "--debug", description = "Show library logging and stack traces on stderr.")
  private void debug(boolean on) {
    context.debug = on;
  }

  PressroomCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "missing command: convert, inspect or formats");
  }
}
