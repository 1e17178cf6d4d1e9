package dev.pressroom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;

/** The driver's decisions, as {@code convert}'s output plan makes them. */
class InputPlanTest {
  private static final Path OUT = new Path("file:/out");

  private static LinkedHashMap<String, String> formats(String... pairs) {
    LinkedHashMap<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void nothingToDecideForDistinctNames() {
    var decided =
        InputPlan.decide(
            List.of(
                new InputPlan.Entry(0, "file:/in/a.txt", "a.txt"),
                new InputPlan.Entry(0, "file:/in/x/a.txt", "x/a.txt")),
            OUT,
            formats("pdf", "pdf"));

    assertEquals(ConvertPartition.Exceptions.NONE, decided);
  }

  @Test
  void aFileListedTwiceIsConvertedOnceThroughTheFirstArgument() {
    var decided =
        InputPlan.decide(
            List.of(
                new InputPlan.Entry(0, "file:/in/a.txt", "a.txt"),
                new InputPlan.Entry(1, "file:/in/a.txt", "in/a.txt")),
            OUT,
            formats("pdf", "pdf"));

    assertEquals(Set.of("1:file:/in/a.txt"), decided.skipped());
    assertEquals(Map.of(), decided.problems());
  }

  @Test
  void theFirstInputWinsAnOutputAndTheOtherIsNotConverted() {
    var decided =
        InputPlan.decide(
            List.of(
                new InputPlan.Entry(0, "file:/in/a.md", "a.md"),
                new InputPlan.Entry(0, "file:/in/a.txt", "a.txt")),
            OUT,
            formats("pdf", "pdf"));

    assertEquals(
        Map.of(
            "file:/in/a.txt",
            "not converted: file:/out/a.pdf is also the output of file:/in/a.md"
                + " (convert them into different folders)"),
        decided.problems());
  }

  @Test
  void anOutputThatWouldReplaceAnInputIsNotWrittenTheOthersAre() {
    var decided =
        InputPlan.decide(
            List.of(new InputPlan.Entry(0, "file:/out/a.txt", "a.txt")),
            OUT,
            formats("txt", "txt", "pdf", "pdf"));

    assertEquals(
        Map.of(
            "file:/out/a.txt",
            Map.of(
                "txt",
                "not written: its output file:/out/a.txt would replace an input (choose -o)")),
        decided.clashes());
    assertEquals(Map.of(), decided.problems());
  }
}
