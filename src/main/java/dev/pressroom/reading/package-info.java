/**
 * The shared reading pipeline for documents Pressroom did not write.
 *
 * <p>Every foreign reader (lenient plain text, hand-written Markdown, other tools' DOCX, PDF by
 * layout, other sites' HTML) turns its input into one neutral form, a {@link
 * dev.pressroom.reading.ForeignDocument}: an ordered list of {@link dev.pressroom.reading.Block}s,
 * each with its text and what the source says about it (kind, heading level, emphasis, font size,
 * page and position, indentation, the gap before it), plus the document's {@link
 * dev.pressroom.reading.DocumentInfo} (declared title, dates with their labels, language, producer,
 * a structural breadcrumb and actions).
 *
 * <p>{@link dev.pressroom.reading.Assembler} turns that form into a release in ordered passes, each
 * a {@link dev.pressroom.reading.Pass} over one {@link dev.pressroom.reading.Draft}, which can be
 * tested alone: text repair, page furniture, banners and labels, breadcrumb, title, timestamp, body
 * bounds (end marks, contact blocks, signatures, a second unrelated piece), line joining and
 * de-hyphenation, splitting text that arrived without line breaks, language, limits, build. What a
 * pass repairs or drops is reported as a {@link dev.pressroom.ParseWarning} through the call's
 * {@link dev.pressroom.spi.ParseContext}.
 *
 * <p>Each format keeps its exact path for the files Pressroom wrote; only other documents come
 * here. This package is not API yet: its types may change between releases, and the module does not
 * export it.
 */
package dev.pressroom.reading;
