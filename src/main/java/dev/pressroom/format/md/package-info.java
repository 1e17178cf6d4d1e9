/**
 * The {@code md} format: CommonMark with YAML front matter, both ways.
 *
 * <p>{@link dev.pressroom.format.md.MarkdownRenderer} writes the front matter (keys {@code title},
 * {@code date}, {@code breadcrumb}, {@code lang}, {@code footer}), the headline as {@code # ...}
 * and one paragraph per line of the model, escaped exactly and minimally. {@link
 * dev.pressroom.format.md.MarkdownParser} reads those files back exactly (a fast path checks that a
 * file is byte for byte the renderer's output; everything else goes through flexmark and
 * snakeyaml-engine) and reads hand-written Markdown by the documented rules of its helpers.
 */
package dev.pressroom.format.md;
