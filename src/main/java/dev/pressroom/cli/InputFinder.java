package dev.pressroom.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;

/**
 * Turns the INPUT arguments into the list of files to convert, in a fixed order: the arguments in
 * the order given; a folder stands for the files under it (recursively, sorted by path, hidden
 * files and folders skipped) whose extension a parser knows. A file named twice is converted once.
 */
final class InputFinder {
  private InputFinder() {}

  /**
   * One input.
   *
   * @param shown the path as the user would write it, for messages
   * @param relative where its outputs go below an output folder: the path below the folder argument
   *     it was found in, or just its file name
   * @param problem why it cannot be converted, or {@code null}
   */
  record Input(Path shown, Path relative, String problem) {}

  /**
   * @param extensions the lower-case extensions (without the dot) of files to take from folders,
   *     sorted
   */
  static List<Input> find(Context context, List<String> arguments, SortedSet<String> extensions) {
    List<Input> inputs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      Path actual = context.resolve(path);
      if (!Files.isDirectory(actual)) {
        Path name = path.getFileName();
        add(inputs, seen, context, new Input(path, name == null ? path : name, special(actual)));
        continue;
      }
      List<Path> found;
      try {
        found = walk(actual, extensions);
      } catch (IOException | UncheckedIOException e) {
        inputs.add(new Input(path, path, "cannot list this folder: " + Messages.io(e)));
        continue;
      }
      if (found.isEmpty()) {
        inputs.add(
            new Input(
                path,
                path,
                "no file to convert in this folder (extensions read: "
                    + String.join(", ", extensions)
                    + ")"));
      }
      for (Path relative : found) {
        add(inputs, seen, context, new Input(path.resolve(relative), relative, null));
      }
    }
    return inputs;
  }

  /**
   * Why a file that exists cannot be read as an input, or {@code null}: a named pipe, device or
   * socket is refused before it is opened, since reading one can wait forever. A missing file and a
   * folder are left to the reader, which names them.
   */
  static String special(Path actual) {
    if (Files.isRegularFile(actual) || Files.isDirectory(actual) || !Files.exists(actual)) {
      return null;
    }
    String kind = "a special file";
    try {
      int type = ((Integer) Files.getAttribute(actual, "unix:mode")) & 0170000;
      kind =
          switch (type) {
            case 0010000 -> "a named pipe";
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> kind;
          };
    } catch (IOException | RuntimeException e) {
      // no unix attribute view: keep the general word
    }
    return "not a regular file but " + kind + "; give a file or a folder";
  }

  private static void add(List<Input> inputs, Set<Path> seen, Context context, Input input) {
    if (seen.add(context.resolve(input.shown()).toAbsolutePath().normalize())) {
      inputs.add(input);
    }
  }

  /** The convertible files below {@code folder}, relative to it, sorted. */
  private static List<Path> walk(Path folder, Set<String> extensions) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .map(folder::relativize)
          .filter(relative -> !hidden(relative))
          .filter(relative -> extensions.contains(extension(relative)))
          .filter(relative -> Files.isRegularFile(folder.resolve(relative)))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case extension of a file name, without the dot; empty when it has none. */
  static String extension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The file name without its extension: {@code a.b.txt} gives {@code a.b}. */
  static String stem(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }
}
