package dev.pressroom.cli;

import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.Pressroom;
import dev.pressroom.RenderException;
import dev.pressroom.model.PressRelease;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressroom inspect}: prints what Pressroom reads from a file, in the JSON form. */
@Command(
    name = "inspect",
    sortOptions = false,
    description = {
      "Reads one input and prints the release it holds in the JSON form on stdout.",
      "",
      "Exit status: 0 read, 1 the input cannot be read (one line on stderr), 2 bad usage."
    })
final class InspectCommand implements Callable<Integer> {
  private final Context context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "F",
      description = "Read the input as format F (default: by extension, else by content).")
  private String from;

  @Mixin private final CommonOptions common;

  @Parameters(paramLabel = "INPUT", arity = "1", description = "The file to read.")
  private Path input;

  InspectCommand(Context context) {
    this.common = new CommonOptions(context);
    this.context = context;
  }

  @Override
  public Integer call() throws RenderException {
    Pressroom pressroom = context.pressroom();
    if (from != null && pressroom.parser(from).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), Messages.unknownFormat(from, "--from", context.readable()));
    }
    String special = InputFinder.special(context.resolve(input));
    if (special != null) {
      context.fail(input.toString(), special, null);
      return 1;
    }
    PressRelease release;
    try {
      List<ParseWarning> warnings = new ArrayList<>();
      release = pressroom.parse(context.resolve(input), from, warnings::add);
      context.warnings(input.toString(), warnings);
    } catch (ParseException e) {
      context.fail(input.toString(), Messages.parse(e), e);
      return 1;
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      context.fail(input.toString(), Messages.internalError(e), e);
      return 1;
    }
    context.writeRaw(pressroom.render(release, "json"));
    return 0;
  }
}
