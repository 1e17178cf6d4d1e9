package dev.pressroom.cli;

import dev.pressroom.Pressroom;
import dev.pressroom.cli.InputFinder.Input;
import dev.pressroom.cli.OutputPlan.Job;
import dev.pressroom.cli.OutputPlan.UsageException;
import dev.pressroom.print.PrintStyle;
import dev.pressroom.print.StyleException;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.spi.ReleaseRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pressroom convert}: reads inputs and writes them in other formats. */
@Command(
    name = "convert",
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Converts press releases from one format to others.",
      "",
      "Each output is named after its input, with the format's extension: a.txt gives",
      "a.pdf. A folder INPUT stands for the files below it whose extension a parser",
      "reads (hidden ones skipped), in path order; their outputs keep their path below",
      "the folder. Nothing is overwritten by accident: an output that would replace an",
      "input of the batch, or the output of an earlier input (a.txt and a.md both give",
      "a.pdf), is not written and its input is reported as failed; the input's other",
      "outputs are still written (a.txt --to all writes every format but txt).",
      "",
      "Exit status: 0 all converted; 1 some input failed (one line each on stderr, the",
      "others are converted); 2 bad usage. Every output file is written completely or",
      "not at all. Batches of several inputs end with a summary line on stderr.",
      ""
    })
final class ConvertCommand implements Callable<Integer> {
  private final Context context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "F",
      description = "Read every input as format F (default: by extension, else by content).")
  private String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "F[,F...]",
      description = "Formats to write, comma-separated; 'all' means every format that writes.")
  private String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR|FILE|-",
      description = {
        "Where to write (default: the current folder). A folder when it exists or ends with"
            + " '/' (created when missing); otherwise one file, or '-' for stdout: both only"
            + " for one input and one format."
      })
  private String output;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      defaultValue = "1",
      description = "Convert N inputs at a time (default: ${DEFAULT-VALUE}); same results.")
  private int jobs;

  @Option(
      names = "--page-size",
      paramLabel = "a4|letter",
      converter = PrintOptions.PaperConverter.class,
      description = "Paper for pdf and docx (default: a4).")
  private PrintOptions.Paper paper;

  @Option(
      names = "--font",
      paramLabel = "serif|sans",
      converter = PrintOptions.FontConverter.class,
      description = "Typeface for pdf and docx: Liberation Sans or Serif (default: sans).")
  private PrintOptions.Font font;

  @Option(
      names = "--justify",
      negatable = true,
      description =
          "Justify the pdf's paragraphs (the default), or with --no-justify set them ragged"
              + " right. Word documents are justified.")
  private Boolean justify;

  @Option(
      names = "--style",
      paramLabel = "FILE",
      description =
          "A print style for pdf and docx (YAML: organization, logo, accent, font, paper,"
              + " margins, immediate-release, contacts, web-furniture, more-at, end-mark).")
  private Path style;

  @Mixin private final CommonOptions common;

  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to convert.")
  private List<String> inputs;

  ConvertCommand(Context context) {
    this.common = new CommonOptions(context);
    this.context = context;
  }

  @Override
  public Integer call() {
    if (jobs < 1) {
      throw usage("-j must be at least 1, not " + jobs);
    }
    Pressroom pressroom = context.pressroom();
    List<ReleaseRenderer> renderers = renderers(pressroom);
    // which options apply is known before the style file is read
    PrintStyle given = style == null ? null : PrintStyle.DEFAULT;
    String unused = new PrintOptions(paper, font, justify, given).unused(renderers);
    if (unused != null) {
      throw usage(unused);
    }
    PrintStyle printStyle = null;
    if (style != null) {
      try {
        printStyle = PrintStyle.read(context.resolve(style));
      } catch (StyleException e) {
        throw usage(e.getMessage());
      }
    }
    PrintOptions print = new PrintOptions(paper, font, justify, printStyle);
    renderers = renderers.stream().map(print::apply).toList();
    SortedSet<String> extensions = new TreeSet<>();
    if (from != null) {
      ReleaseParser parser =
          pressroom
              .parser(from)
              .orElseThrow(() -> usage(Messages.unknownFormat(from, "--from", context.readable())));
      extensions.addAll(parser.extensions());
    } else {
      for (String format : pressroom.formats()) {
        pressroom.parser(format).ifPresent(parser -> extensions.addAll(parser.extensions()));
      }
    }
    List<Input> found = InputFinder.find(context, inputs, extensions);
    boolean folderArgument =
        inputs.stream().anyMatch(input -> Files.isDirectory(context.resolve(Path.of(input))));
    List<Job> plan;
    try {
      plan = OutputPlan.plan(context, output, folderArgument, found, renderers);
    } catch (UsageException e) {
      throw usage(e.getMessage());
    }
    long start = System.nanoTime();
    int failed = new Batch(context, from).run(plan, jobs);
    if (plan.size() > 1) {
      context.err.println(summary(plan.size(), failed, System.nanoTime() - start));
      context.err.flush();
    }
    return failed == 0 ? 0 : 1;
  }

  /** {@code converted 12 of 13 inputs (1 failed) in 0.4 s}. */
  static String summary(int inputs, int failed, long nanos) {
    return String.format(
        Locale.ROOT,
        "converted %d of %d inputs%s in %.1f s",
        inputs - failed,
        inputs,
        failed == 0 ? "" : " (" + failed + " failed)",
        nanos / 1e9);
  }

  /** The renderers {@code --to} names, in the order named, each once; {@code all} is every one. */
  private List<ReleaseRenderer> renderers(Pressroom pressroom) {
    Map<String, ReleaseRenderer> chosen = new LinkedHashMap<>();
    for (String name : to.split(",", -1)) {
      if (name.trim().equalsIgnoreCase("all")) {
        for (String format : context.writable()) {
          chosen.putIfAbsent(format, pressroom.requireRenderer(format));
        }
        continue;
      }
      ReleaseRenderer renderer =
          pressroom
              .renderer(name)
              .orElseThrow(
                  () -> usage(Messages.unknownFormat(name, "--to", context.writable(), "all")));
      chosen.putIfAbsent(renderer.format(), renderer);
    }
    return new ArrayList<>(chosen.values());
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
