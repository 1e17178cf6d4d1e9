package dev.pressroom;

/**
 * Resource limits every parser enforces, so that hostile input fails fast with a {@link
 * LimitExceededException} instead of exhausting memory or time. The defaults are generous for any
 * real press release; raise them through the builder.
 *
 * <pre>{@code
 * Limits limits = Limits.builder().maxInputBytes(200L << 20).build();
 * }</pre>
 *
 * @param maxInputBytes largest input read, in bytes (default 64 MiB)
 * @param maxParagraphs most paragraphs in one release (default 100,000)
 * @param maxParagraphChars longest paragraph, in chars (default 1,000,000)
 * @param maxUnpackedBytes most bytes unpacked from a zip container such as DOCX (default 256 MiB)
 * @param maxCompressionRatio largest ratio of unpacked to packed size of one zip entry (default
 *     100); above it the entry is taken for a zip bomb
 * @param maxPages most pages read from a PDF (default 2,000)
 * @param maxDepth deepest nesting of markup (HTML, XML, JSON, Markdown) (default 512)
 */
public record Limits(
    long maxInputBytes,
    int maxParagraphs,
    int maxParagraphChars,
    long maxUnpackedBytes,
    int maxCompressionRatio,
    int maxPages,
    int maxDepth) {

  private static final Limits DEFAULTS =
      new Limits(64L << 20, 100_000, 1_000_000, 256L << 20, 100, 2_000, 512);

  /** Limits as given; each must be positive. */
  public Limits {
    if (maxInputBytes <= 0
        || maxParagraphs <= 0
        || maxParagraphChars <= 0
        || maxUnpackedBytes <= 0
        || maxCompressionRatio <= 0
        || maxPages <= 0
        || maxDepth <= 0) {
      throw new IllegalArgumentException("every limit must be positive");
    }
  }

  /** The documented defaults. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these limits. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link Limits}; every value starts at its default. */
  public static final class Builder {
    private long maxInputBytes;
    private int maxParagraphs;
    private int maxParagraphChars;
    private long maxUnpackedBytes;
    private int maxCompressionRatio;
    private int maxPages;
    private int maxDepth;

    private Builder(Limits from) {
      maxInputBytes = from.maxInputBytes;
      maxParagraphs = from.maxParagraphs;
      maxParagraphChars = from.maxParagraphChars;
      maxUnpackedBytes = from.maxUnpackedBytes;
      maxCompressionRatio = from.maxCompressionRatio;
      maxPages = from.maxPages;
      maxDepth = from.maxDepth;
    }

    /** Sets {@link Limits#maxInputBytes()}. */
    public Builder maxInputBytes(long value) {
      maxInputBytes = value;
      return this;
    }

    /** Sets {@link Limits#maxParagraphs()}. */
    public Builder maxParagraphs(int value) {
      maxParagraphs = value;
      return this;
    }

    /** Sets {@link Limits#maxParagraphChars()}. */
    public Builder maxParagraphChars(int value) {
      maxParagraphChars = value;
      return this;
    }

    /** Sets {@link Limits#maxUnpackedBytes()}. */
    public Builder maxUnpackedBytes(long value) {
      maxUnpackedBytes = value;
      return this;
    }

    /** Sets {@link Limits#maxCompressionRatio()}. */
    public Builder maxCompressionRatio(int value) {
      maxCompressionRatio = value;
      return this;
    }

    /** Sets {@link Limits#maxPages()}. */
    public Builder maxPages(int value) {
      maxPages = value;
      return this;
    }

    /** Sets {@link Limits#maxDepth()}. */
    public Builder maxDepth(int value) {
      maxDepth = value;
      return this;
    }

    /** The limits set so far, the defaults for the others. */
    public Limits build() {
      return new Limits(
          maxInputBytes,
          maxParagraphs,
          maxParagraphChars,
          maxUnpackedBytes,
          maxCompressionRatio,
          maxPages,
          maxDepth);
    }
  }
}
