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
 *   <tr><td>paragraphs</td><td>{@code Release Body} paragraphs</td>
 *       <td>those / every other visible paragraph, table cells included</td></tr>
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
