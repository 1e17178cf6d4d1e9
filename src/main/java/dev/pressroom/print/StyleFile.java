package dev.pressroom.print;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * The style file: a YAML mapping of these keys, each optional, others refused.
 *
 * <pre>
 * organization: Ministry of Examples   # the letterhead's name
 * logo: logo.png                       # PNG or JPEG, relative to the style file
 * accent: "#00457c"                    # headings and the letterhead rule
 * font: sans                           # sans (default) or serif
 * paper: a4                            # a4 (default) or letter
 * margins: [64, 72, 72, 72]            # points: one number, or top, right, bottom, left
 * immediate-release: true              # a FOR IMMEDIATE RELEASE line (default false)
 * contacts: bottom                     # top (under the date) or bottom (default)
 * web-furniture: false                 # print the breadcrumb and page actions (default false)
 * more-at: false                       # print actions with a target as a More at line
 * end-mark: true                       # the ### end mark (default true)
 * </pre>
 *
 * <p>An empty file is the house style. Every error names the file, the line and the key.
 */
final class StyleFile {
  private static final long MAX_BYTES = 64 * 1024;

  private final Path file;
  private final PrintStyle.Builder style = PrintStyle.builder();

  private StyleFile(Path file) {
    this.file = file;
  }

  static PrintStyle read(Path file) throws StyleException {
    String yaml;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new StyleException(file + ": a style file is at most 64 KiB", null);
      }
      yaml =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      throw new StyleException(file + ": a style file is UTF-8 text", e);
    } catch (IOException e) {
      throw new StyleException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (yaml.startsWith("\uFEFF")) {
      yaml = yaml.substring(1);
    }
    StyleFile reader = new StyleFile(file);
    reader.mapping(compose(file, yaml));
    return reader.style.build();
  }

  private static Optional<Node> compose(Path file, String yaml) throws StyleException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(10)
            .setAllowRecursiveKeys(false)
            .setCodePointLimit((int) MAX_BYTES + 1)
            .build();
    try {
      return new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)))
          .getSingleNode();
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(Mark::getLine).orElse(0) + 1;
      throw new StyleException(
          file + ", line " + line + ": not valid YAML: " + oneLine(e.getProblem()), e);
    } catch (YamlEngineException | StackOverflowError e) {
      throw new StyleException(file + ": not valid YAML: " + oneLine(e.getMessage()), e);
    }
  }

  private void mapping(Optional<Node> root) throws StyleException {
    if (root.isEmpty()) {
      return;
    }
    if (!(root.get() instanceof MappingNode map)) {
      throw error(root.get(), null, "a style file is a mapping of keys to values");
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : map.getValue()) {
      String key = scalar(tuple.getKeyNode(), null);
      if (!seen.add(key)) {
        throw error(tuple.getKeyNode(), key, "the key appears twice");
      }
      set(key, tuple.getValueNode());
    }
  }

  private void set(String key, Node value) throws StyleException {
    try {
      switch (key) {
        case "organization" -> style.organization(scalar(value, key));
        case "logo" -> style.logo(Logo.read(resolve(scalar(value, key))));
        case "accent" -> style.accent(scalar(value, key));
        case "font" -> style.typeface(choice(PrintStyle.Typeface.class, value, key));
        case "paper" -> style.paper(choice(PrintStyle.Paper.class, value, key));
        case "margins" -> style.margins(margins(value, key));
        case "immediate-release" -> style.immediateRelease(flag(value, key));
        case "contacts" -> style.contacts(choice(PrintStyle.Placement.class, value, key));
        case "web-furniture" -> style.webFurniture(flag(value, key));
        case "more-at" -> style.moreAt(flag(value, key));
        case "end-mark" -> style.endMark(flag(value, key));
        default ->
            throw error(
                value,
                key,
                "unknown key; the keys are organization, logo, accent, font, paper, margins,"
                    + " immediate-release, contacts, web-furniture, more-at, end-mark");
      }
      style.build(); // checks the value in its place
    } catch (IllegalArgumentException e) {
      throw error(value, key, e.getMessage());
    } catch (StyleException e) {
      throw error(value, key, e.getMessage());
    }
  }

  private Path resolve(String path) {
    Path parent = file.toAbsolutePath().getParent();
    Path given = Path.of(path);
    return given.isAbsolute() || parent == null ? given : parent.resolve(given).normalize();
  }

  private String scalar(Node node, String key) throws StyleException {
    if (node instanceof ScalarNode s) {
      return s.getValue();
    }
    throw error(node, key, "expected a single value");
  }

  private boolean flag(Node node, String key) throws StyleException {
    String v = scalar(node, key).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw error(node, key, "expected true or false, not '" + v + "'");
    };
  }

  private <E extends Enum<E>> E choice(Class<E> type, Node node, String key) throws StyleException {
    String v = scalar(node, key).strip();
    StringBuilder names = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(Locale.ROOT);
      if (name.equalsIgnoreCase(v)) {
        return constant;
      }
      names.append(names.length() == 0 ? "" : " or ").append(name);
    }
    throw error(node, key, "expected " + names + ", not '" + v + "'");
  }

  private PrintStyle.Margins margins(Node node, String key) throws StyleException {
    if (node instanceof ScalarNode) {
      float all = number(node, key);
      return new PrintStyle.Margins(all, all, all, all);
    }
    if (node instanceof SequenceNode seq && seq.getValue().size() == 4) {
      List<Node> v = seq.getValue();
      return new PrintStyle.Margins(
          number(v.get(0), key),
          number(v.get(1), key),
          number(v.get(2), key),
          number(v.get(3), key));
    }
    throw error(node, key, "expected one number or four (top, right, bottom, left) in points");
  }

  private float number(Node node, String key) throws StyleException {
    String v = scalar(node, key).strip();
    try {
      return Float.parseFloat(v);
    } catch (NumberFormatException e) {
      throw error(node, key, "expected a number of points, not '" + v + "'");
    }
  }

  private StyleException error(Node node, String key, String message) {
    int line = node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    String where = file + ", line " + line + (key == null ? "" : ", " + key);
    return new StyleException(where + ": " + oneLine(message), null);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
