package dev.pressroom;

import dev.pressroom.internal.AtomicFiles;
import dev.pressroom.internal.Inputs;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entry point: reads releases in any known format and writes them in any other.
 *
 * <pre>{@code
 * PressRelease release = Pressroom.read(Path.of("release.txt"));
 * Pressroom.write(release, Path.of("release.pdf"));
 *
 * // or, with a configured instance:
 * Pressroom pressroom = Pressroom.builder().limits(Limits.defaults()).build();
 * byte[] markdown = pressroom.render(release, "md");
 * }</pre>
 *
 * <p>A format is chosen by explicit name, then by the file's extension, then by sniffing the
 * content. Formats come from {@link ServiceLoader} ({@link ReleaseParser}, {@link
 * ReleaseRenderer}); formats registered on the {@link Builder} win over discovered ones of the same
 * name. Instances are immutable and thread-safe.
 */
public final class Pressroom {
  private static final int SNIFF_BYTES = 8192;

  private final Map<String, ReleaseParser> parsers;
  private final Map<String, ReleaseRenderer> renderers;
  private final Limits limits;

  private Pressroom(Builder builder) {
    Map<String, ReleaseParser> p = new LinkedHashMap<>();
    Map<String, ReleaseRenderer> r = new LinkedHashMap<>();
    if (builder.discover) {
      for (ReleaseParser parser : ServiceLoader.load(ReleaseParser.class, loader())) {
        p.putIfAbsent(parser.format(), parser);
      }
      for (ReleaseRenderer renderer : ServiceLoader.load(ReleaseRenderer.class, loader())) {
        r.putIfAbsent(renderer.format(), renderer);
      }
    }
    for (ReleaseParser parser : builder.parsers) {
      p.put(parser.format(), parser);
    }
    for (ReleaseRenderer renderer : builder.renderers) {
      r.put(renderer.format(), renderer);
    }
    this.parsers = Collections.unmodifiableMap(p);
    this.renderers = Collections.unmodifiableMap(r);
    this.limits = builder.limits;
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Pressroom.class.getClassLoader();
  }

  private static final class Standard {
    static final Pressroom INSTANCE = builder().build();
  }

  /** The instance with every discovered format and default limits. */
  public static Pressroom standard() {
    return Standard.INSTANCE;
  }

  /** A builder: discovery on, default limits, no extra formats. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a file with {@link #standard()}, choosing the format by extension or content. */
  public static PressRelease read(Path file) throws ParseException {
    return standard().parse(file);
  }

  /** Writes a file with {@link #standard()} in the format its extension names, atomically. */
  public static void write(PressRelease release, Path file) throws IOException, RenderException {
    Pressroom pressroom = standard();
    ReleaseRenderer renderer =
        pressroom
            .rendererForName(file.getFileName().toString())
            .orElseThrow(
                () -> new IllegalArgumentException("no format writes files named " + file));
    pressroom.render(release, renderer.format(), file);
  }

  /** The names of all formats that can be read or written, sorted. */
  public List<String> formats() {
    TreeSet<String> names = new TreeSet<>(parsers.keySet());
    names.addAll(renderers.keySet());
    return List.copyOf(names);
  }

  /** The parser of a format, if any. */
  public Optional<ReleaseParser> parser(String format) {
    return Optional.ofNullable(parsers.get(normalize(format)));
  }

  /** The renderer of a format, if any. */
  public Optional<ReleaseRenderer> renderer(String format) {
    return Optional.ofNullable(renderers.get(normalize(format)));
  }

  /** The limits parsers enforce. */
  public Limits limits() {
    return limits;
  }

  /**
   * Reads a file, choosing the format by extension, else by content.
   *
   * @throws ParseException when the file cannot be read, no format recognises it, or it is not a
   *     valid release in its format
   */
  public PressRelease parse(Path file) throws ParseException {
    return parse(file, null);
  }

  /**
   * Reads a file in the named format, or (when {@code format} is {@code null}) in the format its
   * extension or content shows.
   */
  public PressRelease parse(Path file, String format) throws ParseException {
    byte[] bytes = readFile(file);
    ReleaseParser parser =
        format != null ? requireParser(format) : detect(file.getFileName().toString(), bytes);
    return parser.parse(new ByteArrayInputStream(bytes), new ParseContext(file.toString(), limits));
  }

  /** Reads a stream in the named format. */
  public PressRelease parse(InputStream in, String format, String sourceName)
      throws ParseException {
    return requireParser(format).parse(in, new ParseContext(sourceName, limits));
  }

  /** Reads bytes whose format is given by name, by {@code sourceName}'s extension, or sniffed. */
  public PressRelease parse(byte[] content, String format, String sourceName)
      throws ParseException {
    ReleaseParser parser = format != null ? requireParser(format) : detect(sourceName, content);
    return parser.parse(new ByteArrayInputStream(content), new ParseContext(sourceName, limits));
  }

  /**
   * The parser for an input: by the extension of {@code name}, else the highest {@link
   * ReleaseParser#sniff} of its first bytes.
   *
   * @throws UnsupportedInputException when no parser recognises it
   */
  public ReleaseParser detect(String name, byte[] content) throws UnsupportedInputException {
    Optional<ReleaseParser> byExtension = name == null ? Optional.empty() : parserForName(name);
    if (byExtension.isPresent()) {
      return byExtension.get();
    }
    byte[] head = Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES));
    ReleaseParser best = null;
    int bestScore = 0;
    for (ReleaseParser parser : parsers.values()) {
      int score = parser.sniff(head);
      if (score > bestScore) {
        best = parser;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new UnsupportedInputException(
          null, "no format recognises this content (name one with --from)");
    }
    return best;
  }

  /** Renders to bytes in the named format. */
  public byte[] render(PressRelease release, String format) throws RenderException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      render(release, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  /** Renders to a stream in the named format; the stream is not closed. */
  public void render(PressRelease release, String format, OutputStream out)
      throws IOException, RenderException {
    requireRenderer(format).render(release, out);
  }

  /** Renders to a file in the named format, completely or not at all. */
  public void render(PressRelease release, String format, Path file)
      throws IOException, RenderException {
    ReleaseRenderer renderer = requireRenderer(format);
    AtomicFiles.<RenderException>write(file, out -> renderer.render(release, out));
  }

  /**
   * @throws IllegalArgumentException when no parser has that name
   */
  public ReleaseParser requireParser(String format) {
    return parser(format).orElseThrow(() -> unknown(format, parsers.keySet()));
  }

  /**
   * @throws IllegalArgumentException when no renderer has that name
   */
  public ReleaseRenderer requireRenderer(String format) {
    return renderer(format).orElseThrow(() -> unknown(format, renderers.keySet()));
  }

  private static IllegalArgumentException unknown(String format, Set<String> known) {
    return new IllegalArgumentException(
        "unknown format \""
            + format
            + "\" (known: "
            + String.join(", ", new TreeSet<>(known))
            + ")");
  }

  private static String normalize(String format) {
    return format == null ? null : format.trim().toLowerCase(Locale.ROOT);
  }

  private static boolean hasExtension(String name, String extension) {
    return name.toLowerCase(Locale.ROOT).endsWith("." + extension);
  }

  private Optional<ReleaseParser> parserForName(String name) {
    for (ReleaseParser parser : parsers.values()) {
      for (String extension : parser.extensions()) {
        if (hasExtension(name, extension)) {
          return Optional.of(parser);
        }
      }
    }
    return Optional.empty();
  }

  /** The renderer whose extension the file name has, if any. */
  public Optional<ReleaseRenderer> rendererForName(String name) {
    for (ReleaseRenderer renderer : renderers.values()) {
      if (hasExtension(name, renderer.extension())) {
        return Optional.of(renderer);
      }
    }
    return Optional.empty();
  }

  private byte[] readFile(Path file) throws ParseException {
    try {
      long size = Files.size(file);
      if (size > limits.maxInputBytes()) {
        throw new LimitExceededException(
            null,
            "file is "
                + size
                + " bytes, larger than the limit of "
                + limits.maxInputBytes()
                + " (raise Limits.maxInputBytes to read it)");
      }
      if (Files.isDirectory(file)) {
        throw new ParseException(null, "is a directory");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ParseException(null, "no such file");
    } catch (IOException e) {
      throw new ParseException(null, "cannot read: " + Inputs.describe(e), e);
    }
  }

  /** Configures a {@link Pressroom}. */
  public static final class Builder {
    private boolean discover = true;
    private Limits limits = Limits.defaults();
    private final List<ReleaseParser> parsers = new ArrayList<>();
    private final List<ReleaseRenderer> renderers = new ArrayList<>();

    private Builder() {}

    /** Whether to load formats through {@link ServiceLoader}; default {@code true}. */
    public Builder discover(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The limits parsers enforce; default {@link Limits#defaults()}. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits);
      return this;
    }

    /** Adds a parser; it wins over a discovered one of the same format name. */
    public Builder register(ReleaseParser parser) {
      parsers.add(parser);
      return this;
    }

    /** Adds a renderer; it wins over a discovered one of the same format name. */
    public Builder register(ReleaseRenderer renderer) {
      renderers.add(renderer);
      return this;
    }

    /** A facade with the formats registered and, unless turned off, the discovered ones. */
    public Pressroom build() {
      return new Pressroom(this);
    }
  }
}
