package dev.pressroom.cli;

import dev.pressroom.cli.InputFinder.Input;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides where each output goes, before anything is written.
 *
 * <ul>
 *   <li>no {@code -o}: into the current folder;
 *   <li>{@code -o DIR} (an existing folder, or any path ending in {@code /}): into that folder,
 *       created when missing;
 *   <li>{@code -o FILE} (anything else): that file, allowed for exactly one output;
 *   <li>{@code -o -}: stdout, allowed for exactly one output.
 * </ul>
 *
 * <p>In a folder, an output is named after its input: the base name plus the format's extension
 * ({@code a.txt} to {@code a.pdf}), at the input's path below the folder argument it was found in
 * ({@code convert docs/ -o out/} writes {@code docs/x/a.txt} to {@code out/x/a.pdf}). Nothing is
 * overwritten by accident: an output that would replace one of the batch's inputs, or an output an
 * earlier input of the batch writes (such as {@code a.txt} and {@code a.md} both to {@code a.pdf}),
 * is not written, and its input is reported as failed; the first input in order wins. The input's
 * other outputs are still written ({@code a.txt --to all} writes every format but {@code txt}); an
 * input none of whose outputs may be written is not converted at all. Files that existed before the
 * run are replaced.
 */
final class OutputPlan {
  private OutputPlan() {}

  /**
   * One output.
   *
   * @param file where it goes, as the user would write it; {@code null} for stdout
   * @param clash why it is not written, or {@code null}
   */
  record Target(ReleaseRenderer renderer, Path file, String clash) {
    Target(ReleaseRenderer renderer, Path file) {
      this(renderer, file, null);
    }
  }

  /** One input and its outputs; {@code problem} says why it is not converted, if it is not. */
  record Job(Input input, List<Target> targets, String problem) {}

  /** A bad combination of options: exit status 2. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  static List<Job> plan(
      Context context,
      String output,
      boolean folderArgument,
      List<Input> inputs,
      List<ReleaseRenderer> renderers)
      throws UsageException {
    int count = inputs.size() * renderers.size();
    boolean single = count == 1 && !folderArgument;
    if ("-".equals(output)) {
      if (!single) {
        throw new UsageException(
            "-o - writes one output to stdout, but this would write "
                + count
                + " (give one input file and one --to format)");
      }
      return List.of(job(inputs.get(0), new Target(renderers.get(0), null), null));
    }
    if (output != null && !isFolder(context, output)) {
      if (!single) {
        throw new UsageException(
            "-o "
                + output
                + " names one file, but this would write "
                + count
                + " (to write into a folder, end it with /)");
      }
      return check(context, inputs, renderers, (input, renderer) -> Path.of(output));
    }
    Path folder = Path.of(output == null ? "" : output);
    return check(
        context,
        inputs,
        renderers,
        (input, renderer) -> named(folder.resolve(input.relative()), renderer));
  }

  private static Job job(Input input, Target target, String problem) {
    return new Job(input, List.of(target), problem);
  }

  private static boolean isFolder(Context context, String output) {
    return output.endsWith("/")
        || output.endsWith(File.separator)
        || Files.isDirectory(context.resolve(Path.of(output)));
  }

  /** Where an input's output in one format goes. */
  private interface Placement {
    Path of(Input input, ReleaseRenderer renderer);
  }

  private static List<Job> check(
      Context context, List<Input> inputs, List<ReleaseRenderer> renderers, Placement placement) {
    Set<Path> sources = new HashSet<>();
    for (Input input : inputs) {
      sources.add(absolute(context, input.shown()));
    }
    Map<Path, Input> claimed = new HashMap<>();
    List<Job> jobs = new ArrayList<>();
    for (Input input : inputs) {
      List<Target> targets = new ArrayList<>();
      String problem = input.problem();
      String firstClash = null;
      int clashes = 0;
      for (ReleaseRenderer renderer : renderers) {
        Path file = placement.of(input, renderer);
        Path key = absolute(context, file);
        String clash = null;
        if (sources.contains(key)) {
          clash = "its output " + file + " would replace an input (choose -o)";
        } else if (claimed.containsKey(key)) {
          clash =
              file
                  + " is also the output of "
                  + claimed.get(key).shown()
                  + " (convert them into different folders)";
        }
        if (clash != null) {
          clashes++;
          firstClash = firstClash == null ? clash : firstClash;
        }
        targets.add(new Target(renderer, file, clash == null ? null : "not written: " + clash));
      }
      if (problem == null && clashes == targets.size()) {
        problem = "not converted: " + firstClash;
      }
      if (problem == null) {
        for (Target target : targets) {
          if (target.clash() == null) {
            claimed.put(absolute(context, target.file()), input);
          }
        }
      }
      jobs.add(new Job(input, List.copyOf(targets), problem));
    }
    return jobs;
  }

  private static Path named(Path base, ReleaseRenderer renderer) {
    String name = InputFinder.stem(base) + "." + renderer.extension();
    Path parent = base.getParent();
    return parent == null ? Path.of(name) : parent.resolve(name);
  }

  private static Path absolute(Context context, Path path) {
    return context.resolve(path).toAbsolutePath().normalize();
  }
}
