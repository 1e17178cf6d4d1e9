package dev.pressroom.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;

/**
 * What the driver decides before any file is read, from the listing alone (paths, not content), as
 * {@code convert}'s output plan does: a file listed twice is converted once, through the first
 * argument that names it; an output that would replace an input, or an output an earlier input
 * writes, is not written and its input fails; an input none of whose outputs may be written is not
 * converted. The listing is held on the driver, some 200 bytes per input.
 */
final class InputPlan {
  private InputPlan() {}

  /**
   * One listed file.
   *
   * @param index the argument it was found through
   * @param path as Spark lists it
   * @param relative where its outputs go below the output folder
   */
  record Entry(int index, String path, String relative) {}

  /**
   * Decides.
   *
   * @param entries the convertible files, in argument order and, within a folder, by path
   * @param output the output folder, qualified
   * @param extensions by format, the extension of each format written, in order
   */
  static ConvertPartition.Exceptions decide(
      List<Entry> entries, Path output, LinkedHashMap<String, String> extensions) {
    Set<String> skipped = new HashSet<>();
    Set<String> seen = new HashSet<>();
    List<Entry> inputs = new ArrayList<>();
    for (Entry entry : entries) {
      if (seen.add(entry.path())) {
        inputs.add(entry);
      } else {
        skipped.add(entry.index() + ":" + entry.path());
      }
    }
    Map<String, String> claimed = new HashMap<>();
    Map<String, Map<String, String>> clashes = new HashMap<>();
    Map<String, String> problems = new HashMap<>();
    for (Entry input : inputs) {
      Map<String, String> mine = new LinkedHashMap<>();
      List<String> targets = new ArrayList<>();
      for (Map.Entry<String, String> format : extensions.entrySet()) {
        String target = Converter.target(output, input.relative(), format.getValue()).toString();
        String clash = null;
        if (seen.contains(target)) {
          clash = "its output " + target + " would replace an input (choose -o)";
        } else if (claimed.containsKey(target)) {
          clash =
              target
                  + " is also the output of "
                  + claimed.get(target)
                  + " (convert them into different folders)";
        }
        if (clash != null) {
          mine.put(format.getKey(), "not written: " + clash);
        } else {
          targets.add(target);
        }
      }
      if (targets.isEmpty()) {
        String first = mine.values().iterator().next();
        problems.put(input.path(), "not converted: " + first.substring("not written: ".length()));
        continue;
      }
      targets.forEach(target -> claimed.put(target, input.path()));
      if (!mine.isEmpty()) {
        clashes.put(input.path(), mine);
      }
    }
    return new ConvertPartition.Exceptions(clashes, problems, skipped);
  }
}
