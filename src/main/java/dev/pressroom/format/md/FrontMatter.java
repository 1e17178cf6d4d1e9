package dev.pressroom.format.md;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.Timestamp;
import java.net.URI;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * The YAML front matter of a Markdown file: a block between a {@code ---} line and a {@code ---} or
 * {@code ...} line, at the top of the file after any blank lines. Read with snakeyaml-engine's
 * composer (no object construction, so no tags are honoured), every scalar taken as a string, with
 * limits on size, aliases and nesting. Keys used: {@code title}, {@code date} (qualified by {@code
 * date_precision} and {@code timezone}, see {@link Dates#write}), {@code breadcrumb} (a list, or
 * one string split at {@code >}), {@code lang} (or {@code language}), {@code footer} (a list of
 * {@code {label, target}} maps or of labels); other keys (Hugo's and Jekyll's {@code layout},
 * {@code author}, ...) are ignored.
 *
 * @param present whether the file has front matter at all
 * @param title the title, or {@code null}
 * @param timestamp the date, or {@code null}
 * @param breadcrumb the breadcrumb segments
 * @param language the language tag, or {@code null}
 * @param footer the footer actions
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the file where {@code body} starts
 */
record FrontMatter(
    boolean present,
    String title,
    Timestamp timestamp,
    List<String> breadcrumb,
    String language,
    List<FooterAction> footer,
    String body,
    int bodyLine) {

  /** Splits off and reads the front matter of {@code text} (line ends already {@code \n}). */
  static FrontMatter read(String text, Limits limits) throws ParseException {
    int pos = 0;
    int line = 1;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      if (!Text.isBlank(text.substring(pos, end))) {
        break;
      }
      pos = Math.min(text.length(), end + 1);
      line++;
    }
    if (!isFence(text, pos, "---")) {
      return new FrontMatter(false, null, null, List.of(), null, List.of(), text, 1);
    }
    int openLine = line;
    int yamlStart = lineEnd(text, pos) + 1;
    int close = yamlStart;
    int closeLine = openLine + 1;
    while (close < text.length() && !isFence(text, close, "---") && !isFence(text, close, "...")) {
      close = lineEnd(text, close) + 1;
      closeLine++;
    }
    if (close >= text.length()) {
      // No closing line: the opening "---" was a thematic break, not front matter.
      return new FrontMatter(false, null, null, List.of(), null, List.of(), text, 1);
    }
    String yaml = text.substring(yamlStart, close);
    int bodyStart = Math.min(text.length(), lineEnd(text, close) + 1);
    FrontMatter meta = parse(yaml, openLine + 1, limits);
    return new FrontMatter(
        true,
        meta.title,
        meta.timestamp,
        meta.breadcrumb,
        meta.language,
        meta.footer,
        text.substring(bodyStart),
        closeLine + 1);
  }

  private static int lineEnd(String text, int pos) {
    int nl = text.indexOf('\n', pos);
    return nl < 0 ? text.length() : nl;
  }

  private static boolean isFence(String text, int pos, String fence) {
    if (!text.startsWith(fence, pos)) {
      return false;
    }
    int end = lineEnd(text, pos);
    for (int i = pos + fence.length(); i < end; i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }

  private static FrontMatter parse(String yaml, int firstLine, Limits limits)
      throws ParseException {
    checkFlowDepth(yaml, firstLine, limits.maxDepth());
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel("front matter")
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(50)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit(Math.max(yaml.length() + 1, 1024))
            .build();
    Optional<Node> root;
    try {
      // What Compose.composeString does; its package is not exported to modules.
      root =
          new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)))
              .getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int at = e.getProblemMark().map(Mark::getLine).orElse(0);
      throw new ParseException(
          "line " + (firstLine + at),
          "invalid YAML front matter: " + Text.collapse(e.getProblem()),
          e);
    } catch (YamlEngineException e) {
      throw new ParseException(
          "line " + firstLine, "invalid YAML front matter: " + Text.collapse(e.getMessage()), e);
    } catch (StackOverflowError e) {
      throw new LimitExceededException("line " + firstLine, "front matter is nested too deeply");
    }
    Reader reader = new Reader(firstLine);
    if (root.isPresent()) {
      reader.mapping(root.get());
    }
    return new FrontMatter(
        true,
        reader.title,
        reader.timestamp,
        List.copyOf(reader.breadcrumb),
        reader.language,
        List.copyOf(reader.footer),
        "",
        0);
  }

  /** The composer recurses per level of flow nesting ([[[...]]]): refuse deep ones up front. */
  private static void checkFlowDepth(String yaml, int firstLine, int max)
      throws LimitExceededException {
    int depth = 0;
    int line = firstLine;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '[' || c == '{') {
        if (++depth > max) {
          throw new LimitExceededException(
              "line " + line,
              "front matter is nested deeper than " + max + " (raise Limits.maxDepth)");
        }
      } else if (c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
  }

  /** Walks the composed node tree, keeping line numbers for messages. */
  private static final class Reader {
    private final int firstLine;
    String title;
    Timestamp timestamp;
    private Node dateNode;
    private String datePrecision;
    private String timezone;
    final List<String> breadcrumb = new ArrayList<>();
    String language;
    final List<FooterAction> footer = new ArrayList<>();

    Reader(int firstLine) {
      this.firstLine = firstLine;
    }

    String where(Node node) {
      return "line " + (firstLine + node.getStartMark().map(Mark::getLine).orElse(0));
    }

    void mapping(Node root) throws ParseException {
      if (!(root instanceof MappingNode map)) {
        if (root instanceof ScalarNode s && s.getValue().isEmpty()) {
          return; // an empty front matter block
        }
        throw new ParseException(where(root), "front matter is not a mapping of keys to values");
      }
      Set<String> seen = new HashSet<>();
      for (NodeTuple entry : map.getValue()) {
        String key = scalar(entry.getKeyNode(), "a key");
        if (!seen.add(key)) {
          throw new ParseException(where(entry.getKeyNode()), "duplicate key \"" + key + "\"");
        }
        Node value = entry.getValueNode();
        switch (key) {
          case "title" -> title = optionalLine(value, "title");
          case "date" -> {
            timestamp = date(value);
            dateNode = value;
          }
          case "date_precision" -> datePrecision = Text.strip(scalar(value, "date_precision"));
          case "timezone" -> timezone = Text.strip(scalar(value, "timezone"));
          case "breadcrumb" -> breadcrumb(value);
          case "lang", "language" -> language = language(value);
          case "footer" -> footer(value);
          default -> {} // Hugo's and Jekyll's other keys
        }
      }
      if (timestamp != null) {
        try {
          timestamp = Dates.qualify(timestamp, datePrecision, timezone);
        } catch (DateTimeException e) {
          throw new ParseException(
              where(dateNode),
              "date does not fit timezone \"" + timezone + "\": " + e.getMessage());
        }
      }
    }

    private String scalar(Node node, String what) throws ParseException {
      if (!(node instanceof ScalarNode s)) {
        throw new ParseException(where(node), "expected " + what + " as plain text");
      }
      return s.getValue();
    }

    private String optionalLine(Node node, String field) throws ParseException {
      return checked(scalar(node, field), node, field);
    }

    /** The value stripped, {@code null} when blank; a value the model refuses is an error. */
    private String checked(String raw, Node node, String field) throws ParseException {
      String value = Text.strip(raw.replace('\n', ' '));
      if (value.isEmpty()) {
        return null;
      }
      String problem = Text.problem(value);
      if (problem != null) {
        throw new ParseException(where(node), field + " " + problem);
      }
      return value;
    }

    private String line(Node node, String field) throws ParseException {
      String value = optionalLine(node, field);
      if (value == null) {
        throw new ParseException(where(node), field + " is empty");
      }
      return value;
    }

    private Timestamp date(Node node) throws ParseException {
      String value = Text.strip(scalar(node, "date"));
      if (value.isEmpty()) {
        return null;
      }
      try {
        Timestamp parsed = Dates.frontMatter(value);
        if (parsed != null) {
          return parsed;
        }
      } catch (DateTimeException e) {
        throw new ParseException(where(node), "date is not valid: \"" + value + "\"");
      }
      throw new ParseException(where(node), "date is not an ISO-8601 date: \"" + value + "\"");
    }

    private String language(Node node) throws ParseException {
      String value = Text.strip(scalar(node, "lang"));
      if (value.isEmpty()) {
        return null;
      }
      if (!Text.isLanguageTag(value)) {
        throw new ParseException(where(node), "lang is not a BCP-47 tag: \"" + value + "\"");
      }
      return value;
    }

    private void breadcrumb(Node node) throws ParseException {
      if (node instanceof ScalarNode s) {
        for (String segment : s.getValue().split(">")) {
          String value = checked(segment, node, "breadcrumb segment");
          if (value != null) {
            breadcrumb.add(value);
          }
        }
        return;
      }
      for (Node item : sequence(node, "breadcrumb")) {
        breadcrumb.add(line(item, "breadcrumb segment"));
      }
    }

    private void footer(Node node) throws ParseException {
      for (Node item : sequence(node, "footer")) {
        if (item instanceof ScalarNode) {
          footer.add(FooterAction.of(line(item, "footer label")));
          continue;
        }
        if (!(item instanceof MappingNode map)) {
          throw new ParseException(where(item), "footer entries are {label, target} maps");
        }
        String label = null;
        URI target = null;
        for (NodeTuple entry : map.getValue()) {
          String key = scalar(entry.getKeyNode(), "a key");
          switch (key) {
            case "label" -> label = line(entry.getValueNode(), "footer label");
            case "target" -> target = target(entry.getValueNode());
            default ->
                throw new ParseException(
                    where(entry.getKeyNode()), "unknown footer key \"" + key + "\"");
          }
        }
        if (label == null) {
          throw new ParseException(where(item), "footer entry has no label");
        }
        footer.add(new FooterAction(label, target));
      }
    }

    private URI target(Node node) throws ParseException {
      String value = Text.strip(scalar(node, "target"));
      if (value.isEmpty()) {
        return null;
      }
      try {
        return LinkTargets.parse(value);
      } catch (IllegalArgumentException e) {
        throw new ParseException(where(node), "footer " + e.getMessage());
      }
    }

    private List<Node> sequence(Node node, String field) throws ParseException {
      if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
        return List.of();
      }
      if (!(node instanceof SequenceNode list)) {
        throw new ParseException(where(node), field + " must be a list");
      }
      return list.getValue();
    }
  }
}
