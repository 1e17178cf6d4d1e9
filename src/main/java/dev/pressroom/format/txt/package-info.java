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
 * <h2>Escape rule</h2>
 *
 * <p>A title or paragraph line that would be misread is written with one leading backslash {@code
 * \}. That is a line that begins with a backslash; one that reads as a footer action ({@code
 * <Print>}), as a timestamp in any accepted shape, as a banner ({@code FOR IMMEDIATE RELEASE},
 * {@code PRESS RELEASE}, {@code Media Release}, {@code Embargoed until ...}), as an end mark
 * ({@code ###}, {@code -END-}, {@code -30-}) or as the head of a contact block ({@code Media
 * contact:}, {@code Contact:}, {@code Further information:}); a title that opens with a dateline
 * ({@code WASHINGTON, Oct. 27, 2023 --}) or looks like a breadcrumb; and one of the first three
 * paragraphs that opens with a dated dateline when the release has no timestamp. The parser removes
 * exactly one leading backslash from any content line and applies no heuristic to an escaped line.
 * Breadcrumb segments and action labels escape {@code >}, {@code <} and {@code \} inside them with
 * a backslash. The renderer decides by asking the parser's own classifier, so the two cannot drift.
 *
 * <h2>Reading other people's text</h2>
 *
 * <ul>
 *   <li>Line ends LF, CRLF, CR (and NEL, U+2028, U+2029); a BOM; U+00A0, U+3000 and other odd
 *       spaces and indentation at line ends are stripped, inner text is kept exactly.
 *   <li>Before the title: blank lines, banners, end marks, stray action lines and contact blocks
 *       are skipped, and a timestamp line gives the timestamp ({@code 2023-10-28 13:25}, {@code
 *       2023/10/28}, {@code October 28, 2023}, {@code Oct. 28, 2023}, {@code 28 October 2023},
 *       {@code 10.11.2021} as day.month.year, {@code 2023年10月28日}, with an optional time, offset
 *       and zone). A line with a spaced {@code >} is the breadcrumb when the title follows it.
 *   <li>After a banner, issuer lines may precede the headline: a line in capitals among the next
 *       few one-line blocks is the title, and the lines passed over become the first paragraphs.
 *   <li>Right after the title, a timestamp line (when none was read yet) and banners are taken.
 *   <li>A text that opens with a dateline ({@code Washington, D.C. -- Senator ...}) has no
 *       headline: the title is the lede's first sentence (cut at a word after 240 characters, with
 *       {@code …}) and the whole line stays the first paragraph.
 *   <li>When there is no timestamp line, a dated dateline opening one of the first three paragraphs
 *       gives the timestamp (at day precision); the dateline text stays in the paragraph, as the
 *       reader sees it.
 *   <li>Paragraphs end at blank lines and at lines indented more than the text's least indented
 *       line. When at least four in five body lines are at most 120 columns wide, the text is taken
 *       as hard-wrapped and consecutive lines are joined with one space (none between CJK
 *       characters); otherwise each line is a paragraph, as scrapes with one paragraph per line.
 *   <li>An end mark ({@code ###}, {@code # # #}, {@code -END-}, {@code -30-}) ends the body; what
 *       follows it is dropped, except the footer actions at the very end.
 *   <li>Contact blocks ({@code Media contact:}, {@code Contact:}, {@code Press contacts:}, {@code
 *       Further information:}, {@code For more information:} up to the next blank line; a bare
 *       header line takes the next block with it) are dropped: the model has no place for them.
 *   <li>The trailing run of {@code <Label>} lines are the footer actions.
 * </ul>
 *
 * <p>Errors: empty or blank input is "empty input: no title"; invalid UTF-8 names its line, column
 * and byte offset; a control character names its line and column; a line or paragraph over {@link
 * dev.pressroom.Limits#maxParagraphChars} or more than {@link dev.pressroom.Limits#maxParagraphs}
 * paragraphs is a {@link dev.pressroom.LimitExceededException}.
 */
package dev.pressroom.format.txt;
