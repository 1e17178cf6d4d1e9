package dev.pressroom.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code pressroom-spark}: {@code pressroom convert}'s options, plus {@code
 * --master}.
 *
 * @param from {@code --from}, or {@code null}
 * @param to {@code --to}, as given
 * @param output {@code -o}, or {@code null} for the current folder
 * @param jobs {@code -j}: with no {@code --master}, the number of local threads
 * @param master {@code --master}, or {@code null}
 * @param paper {@code --page-size}, or {@code null}
 * @param font {@code --font}, or {@code null}
 * @param justify {@code --justify}
 * @param help {@code --help}
 * @param inputs the files and folders to convert
 */
record JobOptions(
    String from,
    String to,
    String output,
    Integer jobs,
    String master,
    ConvertSettings.Paper paper,
    ConvertSettings.Font font,
    boolean justify,
    boolean help,
    List<String> inputs) {

  /** The master when none is given: two local threads, or {@code -j}'s number. */
  static final String DEFAULT_MASTER = "local[2]";

  /** The usage text. */
  static final String USAGE =
      """
      Usage: pressroom-spark [convert] [--from F] --to F[,F...] [-o DIR] [-j N]
                             [--master URL] [--page-size a4|letter] [--font serif|sans]
                             [--justify] INPUT...
      Converts press releases on Apache Spark, as 'pressroom convert' does: the same
      outputs with the same names, and a results table (one row per input) in
      DIR/_pressroom/results.parquet and DIR/_pressroom/results.jsonl.
      INPUT and DIR are local paths or Hadoop URIs (hdfs://, s3a://, ...).
            --from F          Read every input as format F (default: by extension,
                                else by content).
            --to F[,F...]     Formats to write, comma-separated; 'all' means every
                                format that writes.
        -o, --output DIR      The folder to write into (default: the current folder).
        -j, --jobs N          With no --master: run on local[N].
            --master URL      Spark's master (default: local[2], or what spark-submit
                                says).
            --page-size a4|letter  Paper for pdf and docx (default: a4).
            --font serif|sans Typeface for pdf (default: serif).
            --justify         Justify the pdf's paragraphs.
        -h, --help            Show this help.
      Exit status: 0 all converted; 1 some input failed (one line each on stderr);
      2 bad usage; 3 the job itself failed.
      """;

  /** A bad command line: exit status 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Reads the arguments, {@code --opt value} or {@code --opt=value}. */
  static JobOptions parse(String... args) throws UsageException {
    String from = null;
    String to = null;
    String output = null;
    Integer jobs = null;
    String master = null;
    ConvertSettings.Paper paper = null;
    ConvertSettings.Font font = null;
    boolean justify = false;
    boolean help = false;
    List<String> inputs = new ArrayList<>();
    boolean options = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (i == 0 && arg.equals("convert")) {
        continue;
      }
      if (!options || !arg.startsWith("-") || arg.equals("-")) {
        inputs.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        options = false;
        continue;
      }
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "-h", "--help" -> help = true;
        case "--justify" -> justify = true;
        case "--from",
            "--to",
            "-o",
            "--output",
            "-j",
            "--jobs",
            "--master",
            "--page-size",
            "--font" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new UsageException("Missing required parameter for option '" + name + "'");
            }
            value = args[++i];
          }
          switch (name) {
            case "--from" -> from = value;
            case "--to" -> to = value;
            case "-o", "--output" -> output = value;
            case "-j", "--jobs" -> jobs = jobs(value);
            case "--master" -> master = value;
            case "--page-size" -> paper = choice(ConvertSettings.Paper.class, name, value);
            default -> font = choice(ConvertSettings.Font.class, name, value);
          }
        }
        default -> throw new UsageException("Unknown option: '" + arg + "'");
      }
    }
    if (!help) {
      if (to == null) {
        throw new UsageException("Missing required option: '--to=F[,F...]'");
      }
      if (inputs.isEmpty()) {
        throw new UsageException("Missing required parameter: 'INPUT'");
      }
      if ("-".equals(output)) {
        throw new UsageException("-o - is not for pressroom-spark: it writes into a folder");
      }
    }
    return new JobOptions(
        from, to, output, jobs, master, paper, font, justify, help, List.copyOf(inputs));
  }

  /** The master to run on: {@code --master}, else spark-submit's, else local threads. */
  String masterOr(String submitted) {
    if (master != null) {
      return master;
    }
    if (submitted != null) {
      return submitted;
    }
    return jobs == null ? DEFAULT_MASTER : "local[" + jobs + "]";
  }

  private static int jobs(String value) throws UsageException {
    try {
      int jobs = Integer.parseInt(value.trim());
      if (jobs < 1) {
        throw new UsageException("-j must be at least 1, not " + jobs);
      }
      return jobs;
    } catch (NumberFormatException e) {
      throw new UsageException("Invalid value for option '-j': '" + value + "' is not an int");
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String option, String value)
      throws UsageException {
    try {
      return ConvertSettings.choice(type, option, value);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
