package dev.pressroom.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pressroom.ParseException;
import dev.pressroom.Pressroom;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores how a careful person's reading of the shared corpus compares with Pressroom's: for every
 * file in {@code corpus-expectations.json}, one check each for the title, the timestamp, the
 * language, every snippet the body must hold and every one it must not, the paragraph count, the
 * breadcrumb and the footer actions. Snippets and titles are compared with white space folded.
 *
 * <p>{@code java -cp ... dev.pressroom.proof.CorpusScore ../shared/corpus} prints the table.
 */
public final class CorpusScore {
  /** One check of one file. */
  public record Check(String file, String what, boolean passed, String detail) {}

  /** The checks of every file, and the score per format and overall. */
  public record Result(List<Check> checks) {
    /** Passed checks over all checks. */
    public double score() {
      return ratio(checks);
    }

    /** The score of each format (the corpus folder name). */
    public Map<String, Double> byFormat() {
      Map<String, List<Check>> groups = new TreeMap<>();
      for (Check c : checks) {
        groups
            .computeIfAbsent(c.file.substring(0, c.file.indexOf('/')), k -> new ArrayList<>())
            .add(c);
      }
      Map<String, Double> scores = new TreeMap<>();
      groups.forEach((k, v) -> scores.put(k, ratio(v)));
      return scores;
    }

    /** A table: the score per format, overall, then each failed check. */
    public String report() {
      StringBuilder out = new StringBuilder();
      byFormat().forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-5s %.2f%n", k, v)));
      out.append(
          String.format(
              Locale.ROOT,
              "all   %.2f (%d of %d checks)%n",
              score(),
              checks.stream().filter(Check::passed).count(),
              checks.size()));
      for (Check c : checks) {
        if (!c.passed) {
          out.append("FAILED ")
              .append(c.file)
              .append(' ')
              .append(c.what)
              .append(": ")
              .append(c.detail)
              .append('\n');
        }
      }
      return out.toString();
    }

    private static double ratio(List<Check> list) {
      return list.isEmpty()
          ? 1
          : list.stream().filter(Check::passed).count() / (double) list.size();
    }
  }

  private CorpusScore() {}

  /** Scores every expected file under {@code corpus}. */
  public static Result score(Path corpus) {
    List<Check> checks = new ArrayList<>();
    for (JsonNode e : expectations()) {
      String file = e.get("file").asText();
      PressRelease release;
      try {
        release = Pressroom.standard().parse(corpus.resolve(file));
      } catch (ParseException ex) {
        checks.add(new Check(file, "parse", false, ex.getMessage()));
        continue;
      }
      checks.addAll(check(file, e, release));
    }
    return new Result(checks);
  }

  private static List<Check> check(String file, JsonNode e, PressRelease r) {
    List<Check> checks = new ArrayList<>();
    if (e.has("title")) {
      String want = fold(e.get("title").asText());
      checks.add(new Check(file, "title", fold(r.title()).equals(want), r.title()));
    }
    if (e.has("titleHas")) {
      String want = fold(e.get("titleHas").asText());
      String got = fold(r.title());
      checks.add(new Check(file, "title", got.contains(want) && got.length() <= 200, r.title()));
    }
    if (e.has("timestamp")) {
      String want = e.get("timestamp").isNull() ? null : e.get("timestamp").asText();
      String got = r.timestamp() == null ? null : r.timestamp().toString();
      checks.add(
          new Check(file, "timestamp", java.util.Objects.equals(want, got), String.valueOf(got)));
    }
    if (e.has("language")) {
      String want = e.get("language").asText();
      String got =
          r.language() == null ? null : r.language().split("-")[0].toLowerCase(Locale.ROOT);
      checks.add(new Check(file, "language", want.equals(got), String.valueOf(r.language())));
    }
    String body = fold(String.join("\n", r.paragraphs()));
    for (JsonNode s : e.path("bodyHas")) {
      checks.add(
          new Check(
              file, "body has \"" + s.asText() + "\"", body.contains(fold(s.asText())), "missing"));
    }
    for (JsonNode s : e.path("bodyLacks")) {
      checks.add(
          new Check(
              file,
              "body lacks \"" + s.asText() + "\"",
              !body.contains(fold(s.asText())),
              "present"));
    }
    if (e.has("minParagraphs")) {
      int min = e.get("minParagraphs").asInt();
      checks.add(
          new Check(
              file,
              "at least " + min + " paragraphs",
              r.paragraphs().size() >= min,
              r.paragraphs().size() + " paragraphs"));
    }
    if (e.has("breadcrumb")) {
      List<String> want = new ArrayList<>();
      e.get("breadcrumb").forEach(n -> want.add(n.asText()));
      checks.add(
          new Check(file, "breadcrumb", want.equals(r.breadcrumb()), r.breadcrumb().toString()));
    }
    if (e.has("actions")) {
      List<String> want = new ArrayList<>();
      e.get("actions").forEach(n -> want.add(n.asText()));
      List<String> got = r.footerActions().stream().map(FooterAction::label).toList();
      checks.add(new Check(file, "actions", want.equals(got), got.toString()));
    }
    return checks;
  }

  private static String fold(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }

  private static JsonNode expectations() {
    try (InputStream in = CorpusScore.class.getResourceAsStream("corpus-expectations.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints the score of the corpus folder given as the first argument. */
  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("no corpus folder at " + corpus.toAbsolutePath());
    }
    System.out.print(score(corpus).report());
  }
}
