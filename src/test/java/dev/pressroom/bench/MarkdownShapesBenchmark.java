package dev.pressroom.bench;

import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.format.md.MarkdownParser;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.testing.MarkdownShapes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading the Markdown shapes that once made flexmark quadratic ({@link MarkdownShapes}) at 100 KB,
 * 1 MB and 10 MB: divided by the size, the time should stay flat. Paragraph limits are raised so
 * that every shape is read to the end; {@code NESTED_LIST} is refused at {@code maxDepth}, which is
 * the point.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.openjdk.jmh.Main MarkdownShapes -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkdownShapesBenchmark {
  @Param({
    "DEFINITIONS",
    "UNCLOSED_LINKS",
    "ENTITIES",
    "LINKS_IN_A_WORD",
    "UNCLOSED_INSTRUCTIONS",
    "UNCLOSED_CDATA",
    "DIGIT_LINES",
    "NESTED_LIST",
    "DEEP_LISTS"
  })
  public String shape;

  @Param({"100000", "1000000", "10000000"})
  public int bytes;

  private final MarkdownParser parser = new MarkdownParser();
  private final ParseContext context =
      new ParseContext(
          "shape.md",
          Limits.builder().maxParagraphChars(64 << 20).maxParagraphs(10_000_000).build());
  private byte[] input;

  @Setup
  public void setUp() {
    input = MarkdownShapes.valueOf(shape).of(bytes).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public Object parse() {
    try {
      return parser.parse(new ByteArrayInputStream(input), context);
    } catch (ParseException e) {
      return e;
    }
  }
}
