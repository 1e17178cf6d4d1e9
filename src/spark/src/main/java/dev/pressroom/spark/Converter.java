package dev.pressroom.spark;

import dev.pressroom.ParseException;
import dev.pressroom.Pressroom;
import dev.pressroom.RenderException;
import dev.pressroom.UnrecognisedInputException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseParser;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;

/**
 * Converts one input as {@code pressroom convert} does: reads it (by {@code --from}, else its
 * extension, else its content), renders every format, writes each output beside the others under
 * the output folder at the input's relative path with the format's extension, and says what became
 * of it. A bad input or a failed render is a result, never an exception; every format is tried even
 * when one fails.
 */
final class Converter {
  private final ConvertSettings settings;
  private final OutputFiles files;
  private final Pressroom pressroom = PerExecutor.pressroom();
  private final List<ReleaseRenderer> renderers;

  Converter(ConvertSettings settings, OutputFiles files) {
    this.settings = settings;
    this.files = files;
    this.renderers = PerExecutor.renderers(settings);
  }

  /**
   * One input.
   *
   * @param path the input as Spark lists it
   * @param relative where its outputs go below the output folder, with the input's extension
   * @param content its bytes
   * @param clashes the outputs that may not be written, by format, with the reason
   */
  ConversionResult convert(
      String path,
      String relative,
      byte[] content,
      Map<String, String> clashes,
      OutputFiles.Attempt attempt) {
    String name = relativePath(relative).getName();
    ReleaseParser parser;
    PressRelease release;
    try {
      parser = parser(name, content);
    } catch (ParseException e) {
      return ConversionResult.failed(path, null, message(e));
    }
    try {
      release = pressroom.parse(content, parser.format(), path);
    } catch (ParseException e) {
      return ConversionResult.failed(path, parser.format(), message(e));
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      return ConversionResult.failed(path, parser.format(), internalError(e));
    }
    List<String> errors = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    for (ReleaseRenderer renderer : renderers) {
      String format = renderer.format();
      Path target = target(new Path(settings.output()), relative, renderer.extension());
      String clash = clashes.get(format);
      if (clash != null) {
        errors.add(format + ": " + clash);
        continue;
      }
      try {
        files.write(target, render(renderer, release), attempt, name);
        outputs.add(target.toString());
      } catch (RenderException e) {
        errors.add(format + ": " + e.getMessage());
      } catch (IOException e) {
        errors.add("cannot write " + target + ": " + e.getMessage());
      } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
        errors.add(format + ": " + internalError(e));
      }
    }
    return new ConversionResult(
        path,
        parser.format(),
        errors.isEmpty() ? ConversionResult.CONVERTED : ConversionResult.FAILED,
        errors.isEmpty() ? null : String.join("; ", errors),
        release.title(),
        release.timestamp() == null ? null : release.timestamp().toString(),
        release.language(),
        bodySize(release),
        outputs);
  }

  /** One input read into its JSON form, for {@link SparkPressroom#releases}. */
  static ReleaseJson read(String path, String from, byte[] content) {
    Pressroom pressroom = PerExecutor.pressroom();
    ReleaseParser parser;
    try {
      parser =
          from != null ? pressroom.requireParser(from) : pressroom.detect(fileName(path), content);
    } catch (ParseException e) {
      return new ReleaseJson(path, null, null, message(e));
    }
    try {
      PressRelease release = pressroom.parse(content, parser.format(), path);
      return new ReleaseJson(
          path,
          parser.format(),
          new String(pressroom.render(release, "json"), StandardCharsets.UTF_8),
          null);
    } catch (ParseException e) {
      return new ReleaseJson(path, parser.format(), null, message(e));
    } catch (RenderException e) {
      return new ReleaseJson(path, parser.format(), null, "json: " + e.getMessage());
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      return new ReleaseJson(path, parser.format(), null, internalError(e));
    }
  }

  private ReleaseParser parser(String name, byte[] content) throws ParseException {
    return settings.from() != null
        ? pressroom.requireParser(settings.from())
        : pressroom.detect(name, content);
  }

  private static byte[] render(ReleaseRenderer renderer, PressRelease release)
      throws RenderException, IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(32 * 1024);
    renderer.render(release, out);
    return out.toByteArray();
  }

  /**
   * Where an output goes: {@code relative} below {@code folder}, its extension replaced ({@code
   * 2023/a.txt} gives {@code 2023/a.pdf}), as {@code convert} names it.
   */
  static Path target(Path folder, String relative, String extension) {
    Path input = relativePath(relative);
    String name = input.getName();
    int dot = name.lastIndexOf('.');
    String stem = dot <= 0 ? name : name.substring(0, dot);
    Path parent = input.getParent();
    Path below = parent == null ? folder : new Path(folder, parent);
    return new Path(below, stem + "." + extension);
  }

  /** A relative path as a Hadoop path, read as a path only (a colon in it is no scheme). */
  static Path relativePath(String relative) {
    return new Path(null, null, relative);
  }

  /** The last segment of a path or URI as Spark lists it. */
  static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The characters of the release's paragraphs. */
  static int bodySize(PressRelease release) {
    int size = 0;
    for (String paragraph : release.paragraphs()) {
      size += paragraph.length();
    }
    return size;
  }

  /** The message {@code convert} prints for a parse failure, without the input's name. */
  static String message(ParseException e) {
    String message = e.messageWithoutSource();
    return e instanceof UnrecognisedInputException ? message + " (name one with --from)" : message;
  }

  /** {@code internal error: ...}: one line for an exception that is a bug. */
  static String internalError(Throwable e) {
    String message = e.getMessage();
    return "internal error: "
        + e.getClass().getName()
        + (message == null || message.isBlank()
            ? ""
            : ": " + message.lines().findFirst().orElse(""));
  }
}
