package dev.pressroom.cli;

import dev.pressroom.Pressroom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code pressroom formats}: the table of known formats. */
@Command(
    name = "formats",
    description = "Lists the formats this installation reads and writes, with their extensions.")
final class FormatsCommand implements Callable<Integer> {
  private final Context context;

  @Mixin private final CommonOptions common;

  FormatsCommand(Context context) {
    this.common = new CommonOptions(context);
    this.context = context;
  }

  @Override
  public Integer call() {
    Pressroom pressroom = context.pressroom();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FORMAT", "EXTENSIONS", "READ", "WRITE"});
    for (String format : pressroom.formats()) {
      Set<String> extensions = new LinkedHashSet<>();
      pressroom.parser(format).ifPresent(p -> p.extensions().forEach(e -> extensions.add("." + e)));
      pressroom.renderer(format).ifPresent(r -> extensions.add("." + r.extension()));
      rows.add(
          new String[] {
            format,
            String.join(" ", extensions),
            pressroom.parser(format).isPresent() ? "yes" : "no",
            pressroom.renderer(format).isPresent() ? "yes" : "no"
          });
    }
    print(rows);
    return 0;
  }

  private void print(List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : pad(row[i], widths[i] + 2));
      }
      context.out.println(line);
    }
    context.out.flush();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
