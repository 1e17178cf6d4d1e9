/**
 * The {@code docx} format: Word documents (Office Open XML) written by {@link
 * dev.pressroom.format.docx.DocxRenderer} and read by {@link dev.pressroom.format.docx.DocxParser}.
 *
 * <p>How a release maps to a document, and back:
 *
 * <table>
 *   <caption>Fields and where they are in the document</caption>
 *   <tr><th>field</th><th>written as</th><th>read from (Pressroom files / others)</th></tr>
 *   <tr><td>breadcrumb</td><td>one {@code Release Breadcrumb} paragraph {@code HOME > News},
 *       segments and {@code " > "} in their own character styles</td>
 *       <td>the runs between separator runs / none</td></tr>
 *   <tr><td>title</td><td>a paragraph in Word's {@code Title} style; core {@code dc:title}</td>
 *       <td>{@code Title} / {@code Heading 1}, a short bold or large paragraph, the first one</td>
 *       </tr>
 *   <tr><td>timestamp</td><td>a {@code Release Timestamp} paragraph, e.g. {@code 2023-10-28
 *       13:25 UTC+08:00 (Asia/Shanghai)}; core {@code created}</td>
 *       <td>that paragraph / a date line near the top or a dateline; else core created or
 *       modified</td></tr>
 *   <tr><td>language</td><td>core {@code dc:language} and {@code w:lang} of the defaults</td>
 *       <td>the same</td></tr>
 *   <tr><td>subtitle</td><td>a {@code Subtitle} paragraph right after the title</td>
 *       <td>that paragraph / none (a body paragraph)</td></tr>
 *   <tr><td>body</td><td>paragraphs in {@code Release Body}, headings in {@code Heading 2-4},
 *       lists in {@code List Bullet}/{@code List Number} ({@code ... 2} nested) with
 *       {@code word/numbering.xml}, one {@code w:num} per list, quotes in {@code Quote} (a
 *       paragraph with {@code w:contextualSpacing} continues the quote before it) and {@code
 *       Release Quote Attribution}; strong text bold runs, emphasis italic runs, links
 *       hyperlinks to external relationships</td>
 *       <td>those / every other visible paragraph, table cells included, with headings, lists and
 *       quotes by style or numbering, and bold, italic (run properties or character styles) and
 *       hyperlinks as marks</td></tr>
 *   <tr><td>contacts</td><td>under a {@code Release Contacts Heading} ("Media contacts"), one
 *       {@code Release Contact} paragraph each, every part in a character style of its own
 *       ({@code Release Contact Name}, {@code ... Role}, {@code ... Organization}, {@code ...
 *       Email}, {@code ... Phone}, {@code ... Url}), one part per line</td>
 *       <td>those / a contact block the reading pipeline recognises</td></tr>
 *   <tr><td>boilerplate</td><td>the blocks after a {@code Release About Heading} ("About"),
 *       paragraphs in {@code Release Boilerplate}</td>
 *       <td>those / an "About ..." section the reading pipeline recognises</td></tr>
 *   <tr><td>footer actions</td><td>{@code Release Footer Action} paragraphs, a hyperlink when
 *       there is a target</td><td>those / none</td></tr>
 * </table>
 *
 * <p>The renderer writes the XML parts itself (fast, and byte-for-byte reproducible); the parser
 * reads them with StAX after opening the zip with its own reader, which stops zip bombs while
 * inflating. A file that is not a zip is named by its first bytes, and an OLE2 compound file (an
 * encrypted DOCX or an old {@code .doc}) by the names in its root storage. The format needs no
 * library beyond the JDK.
 */
package dev.pressroom.format.docx;
