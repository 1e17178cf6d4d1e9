package dev.pressroom.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * "Did you mean": the known names closest to a mistyped one. Names are compared without their
 * leading dashes, case and any {@code =value}, so {@code -to}, {@code --To} and {@code --to=pdf}
 * all find {@code --to}. A name is close when it is at most one edit away (none for a typed name of
 * one letter, two for one of five or more; swapping two neighbours is one edit), or when the typed
 * name, of three characters or more, begins it.
 */
final class Suggestions {
  private Suggestions() {}

  /** The closest known names, sorted; empty when none is close. */
  static List<String> closest(String typed, Collection<String> known) {
    String word = bare(typed);
    if (word.isEmpty()) {
      return List.of();
    }
    int limit = word.length() == 1 ? 0 : word.length() < 5 ? 1 : 2;
    int best = Integer.MAX_VALUE;
    TreeSet<String> found = new TreeSet<>();
    for (String name : known) {
      String candidate = bare(name);
      if (candidate.isEmpty() || name.equals(typed)) {
        continue;
      }
      int distance = distance(word, candidate);
      if (distance > limit && word.length() >= 3 && candidate.startsWith(word)) {
        distance = limit;
      }
      if (distance > limit || distance > best) {
        continue;
      }
      if (distance < best) {
        best = distance;
        found.clear();
      }
      found.add(name);
    }
    return new ArrayList<>(found);
  }

  /** {@code ; did you mean --to?}, or the empty string when no name is close. */
  static String didYouMean(String typed, Collection<String> known) {
    List<String> names = closest(typed, known);
    return names.isEmpty() ? "" : "; did you mean " + String.join(" or ", names) + "?";
  }

  private static String bare(String name) {
    int start = 0;
    while (start < name.length() && name.charAt(start) == '-') {
      start++;
    }
    int end = name.indexOf('=', start);
    return name.substring(start, end < 0 ? name.length() : end).toLowerCase(Locale.ROOT);
  }

  /** The optimal string alignment distance: insertions, deletions, changes and swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, d[i - 2][j - 2] + 1);
        }
        d[i][j] = value;
      }
    }
    return d[a.length()][b.length()];
  }
}
