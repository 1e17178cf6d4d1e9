package dev.pressroom.spark;

import dev.pressroom.Pressroom;
import java.util.Arrays;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Which listed files are inputs, and where their outputs go, as {@code convert} decides it: a file
 * found in a folder argument (a row with a {@code root}) is an input when no part of its path below
 * the folder is hidden and a parser reads its extension, and its outputs keep that path below the
 * output folder; a row with a {@code relative} column goes where that says; any other row is one
 * input whose outputs are named after its file name.
 */
final class Inputs {
  private Inputs() {}

  /**
   * One listed file.
   *
   * @param index the argument it was found through, or {@code -1}
   * @param relative where its outputs go below the output folder, with its own extension
   * @param accepted whether it is converted at all
   */
  record Listed(int index, String relative, boolean accepted) {}

  /**
   * A path as Spark lists it, in one form: {@code file:/a/b c.txt}, whether the listing gave {@code
   * file:///a/b%20c.txt} (a URI) or that.
   */
  static String normal(String path) {
    try {
      return new Path(java.net.URI.create(path)).toString();
    } catch (IllegalArgumentException e) {
      return new Path(path).toString();
    }
  }

  /** A row of files, with the optional {@code root}, {@code index} and {@code relative} columns. */
  static Listed listed(Row row, String from) {
    String path = normal(row.getAs("path"));
    String[] columns = row.schema().fieldNames();
    int index = has(columns, "index") ? row.<Integer>getAs("index") : -1;
    if (has(columns, "relative") && row.getAs("relative") != null) {
      return new Listed(index, row.getAs("relative"), true);
    }
    String root = has(columns, "root") ? row.getAs("root") : null;
    return listed(root, index, path, from);
  }

  /** A file listed through argument {@code index}, below the folder {@code root} or not. */
  static Listed listed(String root, int index, String path, String from) {
    if (root == null) {
      return new Listed(index, Converter.fileName(path), true);
    }
    String relative = below(root, path);
    return new Listed(index, relative, relative != null && convertible(relative, from));
  }

  private static boolean has(String[] columns, String name) {
    return Arrays.asList(columns).contains(name);
  }

  /** {@code path} below the folder {@code root}, both as Spark lists them, or {@code null}. */
  static String below(String root, String path) {
    String folder = new Path(root).toUri().getPath();
    String file = new Path(path).toUri().getPath();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    return file.startsWith(prefix) ? file.substring(prefix.length()) : null;
  }

  /** Whether a file found in a folder is converted: not hidden, and of a readable extension. */
  static boolean convertible(String relative, String from) {
    for (String part : relative.split("/", -1)) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    return extensions(from).contains(extension(relative));
  }

  /** The extensions, lower case and sorted, of {@code from}'s parser, or of every parser. */
  static SortedSet<String> extensions(String from) {
    Pressroom pressroom = PerExecutor.pressroom();
    SortedSet<String> extensions = new TreeSet<>();
    if (from != null) {
      extensions.addAll(pressroom.requireParser(from).extensions());
      return extensions;
    }
    for (String format : pressroom.formats()) {
      pressroom.parser(format).ifPresent(parser -> extensions.addAll(parser.extensions()));
    }
    return extensions;
  }

  /** The lower-case extension of a file name, without the dot; empty when it has none. */
  static String extension(String relative) {
    String name = Converter.fileName(relative);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
