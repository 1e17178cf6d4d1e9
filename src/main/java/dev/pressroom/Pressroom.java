package dev.pressroom;

import dev.pressroom.internal.AtomicFiles;
import dev.pressroom.internal.ForeignFormats;
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
import java.nio.file.AccessDeniedException;
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
import java.util.function.Consumer;

/**
 * The entry point: reads releases in any known format and writes them in any other.
 *
 * <pre>{@code
 * PressRelease release = Pressroom.read(Path.of("release.txt"));
 * Pressroom.write(release, Path.of("release.pdf"));
 *
 * // or, with a configured instance:
 * Pressroom pressroom =
 *     Pressroom.builder().limits(Limits.defaults()).warnings(w -> log.info(w.toString())).build();
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
  private final Consumer<ParseWarning> warnings;

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
    this.warnings = builder.warnings;
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

  /**
   * Writes a file with {@link #standard()} in the format its extension names, atomically.
   *
   * @throws RenderException when no format writes files with that extension (nothing is written),
   *     or the release cannot be written in that format
   */
  public static void write(PressRelease release, Path file) throws IOException, RenderException {
    Pressroom pressroom = standard();
    Path name = file.getFileName();
    Optional<ReleaseRenderer> renderer =
        name == null ? Optional.empty() : pressroom.rendererForName(name.toString());
    if (renderer.isEmpty()) {
      TreeSet<String> extensions = new TreeSet<>();
      for (ReleaseRenderer r : pressroom.renderers.values()) {
        extensions.add("." + r.extension());
      }
      throw new RenderException(
          file
              + ": no format writes files with this extension (known: "
              + String.join(", ", extensions)
              + ")");
    }
    pressroom.render(release, renderer.get().format(), file);
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
    return parse(file, format, warnings);
  }

  /**
   * Reads a file as {@link #parse(Path, String)} does, sending what the parser repaired or left out
   * (mojibake repaired, control characters dropped, a language tag corrected) to {@code warnings}
   * instead of this instance's {@linkplain Builder#warnings sink}.
   */
  public PressRelease parse(Path file, String format, Consumer<ParseWarning> warnings)
      throws ParseException {
    String source = file.toString();
    try {
      byte[] bytes = readFile(file);
      ReleaseParser parser =
          format != null ? requireParser(format) : detect(file.getFileName().toString(), bytes);
      return parser.parse(
          new ByteArrayInputStream(bytes), new ParseContext(source, limits, warnings));
    } catch (ParseException e) {
      throw e.withSourceName(source);
    }
  }

  /** Reads a stream in the named format; a {@link ParseException} names {@code sourceName}. */
  public PressRelease parse(InputStream in, String format, String sourceName)
      throws ParseException {
    ReleaseParser parser = requireParser(format);
    try {
      return parser.parse(in, new ParseContext(sourceName, limits, warnings));
    } catch (ParseException e) {
      throw e.withSourceName(sourceName);
    }
  }

  /**
   * Reads bytes whose format is given by name, by {@code sourceName}'s extension, or sniffed; a
   * {@link ParseException} names {@code sourceName}.
   */
  public PressRelease parse(byte[] content, String format, String sourceName)
      throws ParseException {
    return parse(content, format, new ParseContext(sourceName, limits, warnings));
  }

  /**
   * Reads bytes whose format is given by name, by the context's source name, or sniffed, with the
   * context's limits and warning sink (this instance's limits and sink are not used); a {@link
   * ParseException} names the context's source.
   */
  public PressRelease parse(byte[] content, String format, ParseContext context)
      throws ParseException {
    try {
      ReleaseParser parser =
          format != null ? requireParser(format) : detect(context.sourceName(), content);
      return parser.parse(new ByteArrayInputStream(content), context);
    } catch (ParseException e) {
      throw e.withSourceName(context.sourceName());
    }
  }

  /**
   * The parser for an input: by the extension of {@code name}, else the highest {@link
   * ReleaseParser#sniff} of its first bytes (UTF-16 and UTF-32 text is sniffed as UTF-8). Content
   * of a known format that Pressroom does not read (RTF, an old binary {@code .doc}, OpenDocument,
   * EPUB, PostScript) is refused by name before any parser is asked.
   *
   * @throws UnsupportedInputException when the content is of such a format, or, as an {@link
   *     UnrecognisedInputException}, when no parser recognises it
   */
  public ReleaseParser detect(String name, byte[] content) throws UnsupportedInputException {
    Optional<ReleaseParser> byExtension = name == null ? Optional.empty() : parserForName(name);
    if (byExtension.isPresent()) {
      return byExtension.get();
    }
    byte[] head = Arrays.copyOf(content, Math.min(content.length, SNIFF_BYTES));
    String foreign = ForeignFormats.unsupported(head);
    if (foreign != null) {
      throw new UnsupportedInputException(null, foreign);
    }
    byte[] utf8 = Inputs.utf8Head(head);
    ReleaseParser best = null;
    int bestScore = 0;
    for (ReleaseParser parser : parsers.values()) {
      int score = parser.sniff(head);
      if (utf8 != null) {
        score = Math.max(score, parser.sniff(utf8));
      }
      if (score > bestScore) {
        best = parser;
        bestScore = score;
      }
    }
    if (best == null) {
      throw new UnrecognisedInputException(null, "no format recognises this content");
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
      if (!Files.isRegularFile(file)) {
        // A named pipe or a device would block or never end: only regular files are read.
        throw new UnsupportedInputException(null, "not a regular file (a named pipe or device?)");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ParseException(null, "no such file");
    } catch (AccessDeniedException e) {
      throw new ParseException(null, "cannot read: permission denied", e);
    } catch (IOException e) {
      throw new ParseException(null, "cannot read: " + Inputs.describe(e), e);
    }
  }

  /** Configures a {@link Pressroom}. */
  public static final class Builder {
    private boolean discover = true;
    private Limits limits = Limits.defaults();
    private Consumer<ParseWarning> warnings = w -> {};
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

    /**
     * Where parses report what they repaired or left out in documents Pressroom did not write
     * (mojibake repaired, control characters dropped, an invalid language tag dropped): one {@link
     * ParseWarning} each, on the parsing thread, in input order; default: ignored. The release is
     * valid either way. The sink must be thread-safe if the instance parses on several threads.
     */
    public Builder warnings(Consumer<ParseWarning> warnings) {
      this.warnings = Objects.requireNonNull(warnings);
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
