/**
 * The {@code txt} format: the plain-text shape of the seed document, scraped page text.
 *
 * <pre>
 * HOME &gt; News &amp; Events                    breadcrumb (optional), right above the title
 * Wang Yi Holds Talks with ...            title
 *
 * 2023-10-28 13:25                        timestamp (optional)
 *
 * From October 26 to 27, 2023 ...         one paragraph per line, a blank line between
 *
 * &lt;Suggest To A Friend&gt;                   footer actions, one per line (optional)
 * &lt;Print&gt; https://example.org/print       ... with the target after the label when set
 * </pre>
 *
 * <p>{@link dev.pressroom.format.txt.TxtRenderer} writes exactly this, UTF-8, {@code \n}, one
 * trailing newline. Plain text has no place for a language: the renderer leaves it out and the
 * parser never sets one, so round trips compare releases without it.
 *
 * <h2>Version 2: the plain shape</h2>
 *
 * <p>The rest of a release has a documented plain shape (the renderer's documentation shows it
 * whole): the subtitle on the line under the title after {@code — }; a heading as its own line
 * underlined with {@code =}, {@code -} or {@code ~} for levels 2, 3 and 4; lists as {@code • } or
 * {@code 1. } lines, a nested item indented to its parent's text; a quote as {@code > } lines with
 * {@code >} between paragraphs and the attribution on a last {@code — Name} line; the contacts
 * after a {@code Media contact:} or {@code Media contacts:} line, one labelled part a line ({@code
 * Name:}, {@code Role:}, {@code Organization:}, {@code Email:}, {@code Phone:}, {@code Web:}) and a
 * blank line between contacts; the boilerplate after an {@code About the organization:} line. A
 * link is {@code [label] <https://...>}, or {@code <https://...>} when its text is its target.
 * Plain text shows no emphasis, so emphasis and strong text are kept as their words and {@link
 * dev.pressroom.format.txt.TxtRenderer#carried} says so; everything else reads back exactly.
 *
 * <h2>Escape rule</h2>
 *
 * <p>A title or paragraph line that would be misread is written with one leading backslash {@code
 * \}. That is a line that begins with a backslash; one that reads as a footer action ({@code
 * <Print>}), as a timestamp in any accepted shape, as a banner ({@code FOR IMMEDIATE RELEASE},
 * {@code PRESS RELEASE}, {@code Media Release}, {@code Embargoed until ...}), as an end mark
 * ({@code ###}, {@code -END-}, {@code -30-}) or as the head of a contact block ({@code Media
 * contact:}, {@code Contact:}, {@code Further information:}); a title that opens with a dateline
 * ({@code WASHINGTON, Oct. 27, 2023 --}), looks like a breadcrumb or begins with {@code — }; a
 * paragraph that begins like a list item or a quote ({@code • }, {@code 1. }, {@code > }) or is the
 * line before the contacts or the boilerplate; and one of the first three paragraphs that opens
 * with a dated dateline when the release has no timestamp. Text that would read as a link escapes
 * its bracket ({@code \[}, {@code \<}). The parser removes exactly one leading backslash from any
 * content line and applies no heuristic to an escaped line. Breadcrumb segments and action labels
 * escape {@code >}, {@code <} and {@code \} inside them with a backslash. The renderer decides by
 * asking the parser's own classifier, so the two cannot drift.
 *
 * <h2>Reading other people's text</h2>
 *
 * <p>A text in exactly the renderer's shape (also with CRLF or CR line ends or a BOM) is read on
 * the exact path, {@link dev.pressroom.format.txt.OwnText}: by position, and accepted only if
 * rendering the result gives the same text. Any other text is turned into blocks by {@link
 * dev.pressroom.format.txt.TxtDocument} (runs of lines between blank lines, a more indented line
 * starting a new block, escaped lines literal, {@code •}, {@code -}, {@code 1.} lines as list
 * items, trailing {@code <Label>} lines as actions) and made a release by the shared {@link
 * dev.pressroom.reading.Assembler}: banners, breadcrumb, title, date lines and datelines, end
 * marks, contact blocks, bylines, references, hard-wrapped or one-paragraph-per-line text, in the
 * conventions of {@link dev.pressroom.reading.Vocabulary}. Line ends LF, CRLF, CR (and NEL, U+2028,
 * U+2029), a BOM, and U+00A0, U+3000 and other odd spaces at line ends are stripped; inner text is
 * kept exactly.
 *
 * <p>Errors: empty or blank input is "empty input: no title"; invalid UTF-8 names its line, column
 * and byte offset; a control character names its line and column; a line or paragraph over {@link
 * dev.pressroom.Limits#maxParagraphChars} or more than {@link dev.pressroom.Limits#maxParagraphs}
 * paragraphs is a {@link dev.pressroom.LimitExceededException}.
 */
package dev.pressroom.format.txt;
