/**
 * The {@code pdf} format: {@link dev.pressroom.format.pdf.PdfRenderer} writes a release as a
 * printable, tagged PDF/A-2a and PDF/UA-1 file; the parser reads it back.
 *
 * <h2>Structure contract of the PDFs that {@code PdfRenderer} writes</h2>
 *
 * <p>This is what a reader can rely on to recover the model exactly. Every model text is
 * recoverable from the <em>visible text</em> of its structure element; nothing is hidden. A
 * reference reader that follows only this contract for the version-1 fields, and is proven by
 * property tests to recover every generated plain model exactly, is {@code ContractReader} in the
 * tests of this package; the parser's own reader ({@code TaggedPdfReader}) recovers every generated
 * version-2 model exactly ({@code PdfRichRoundTripTest}).
 *
 * <h3>Text of a structure element</h3>
 *
 * <ul>
 *   <li>Every text glyph is shown from a Type0 font ({@code /Encoding /Identity-H}, CIDFontType2,
 *       embedded subset TrueType) with a {@code /ToUnicode} for every CID (CID 0 unused). Text that
 *       needs no shaping (Latin, Greek, Cyrillic, CJK, … without combining marks, set left to
 *       right) has one CID per distinct code point per font and document, each mapping to
 *       <em>exactly one</em> code point, so its glyph-by-glyph Unicode is the exact model text:
 *       NBSP stays U+00A0, a tab is drawn with the space glyph but maps to U+0009, soft hyphens and
 *       ZWJ map to themselves. Kerning moves glyphs by {@code TJ} numbers, never by added
 *       characters.
 *   <li>Shaped text (right-to-left text, combining marks, Indic, Thai and other complex scripts) is
 *       drawn as HarfBuzz shapes it: one CID per glyph and the characters it stands for, glyphs
 *       placed by {@code TJ} numbers and raised by {@code Ts}. Its left-to-right runs sit inside a
 *       nested marked-content sequence {@code /Span <</ActualText (…)>> BDC … EMC}, without an
 *       MCID, inside the element's sequence: its {@code /ActualText} is the exact text of those
 *       glyphs and replaces them. Right-to-left runs are drawn in visual order, each glyph's {@code
 *       /ToUnicode} giving its characters in visual order (what text extractors reverse); the
 *       element that holds them carries {@code /ActualText} with its exact model text.
 *   <li>The text of an element is its {@code /ActualText} when it has one; else the concatenation,
 *       in content-stream order, of the Unicode of the glyphs (or the replacing {@code
 *       /ActualText}) in its marked-content sequences (its MCIDs, in {@code /K} order). Nothing is
 *       inserted between lines or pages and nothing is normalised: where a line breaks at a space,
 *       that space (and any further spaces) is drawn at the end of the line; where a line breaks
 *       inside a word no character is added to the text. A line that breaks a word at a hyphenation
 *       point of the release's language, or a word wider than the line between two grapheme
 *       clusters, ends with a hyphen glyph (U+2010 HYPHEN, else {@code -}, in the font of the
 *       character before it, if it has either) drawn as {@code /Artifact} marked content after the
 *       element's sequence closes: it is on the page and text extractors show it, but it is no
 *       element's text. CJK, Thai and other scripts written without hyphens break between
 *       characters with no hyphen, as do right-to-left paragraphs. A soft hyphen (U+00AD) of the
 *       model is drawn with its font's glyph wherever it is and, at a line end, is the line's
 *       hyphen. Note that zero-advance glyphs (combining marks, ZWJ) may sit at the same position
 *       as the glyph before them: do not drop "overlapping duplicate" glyphs (PDFBox's {@code
 *       PDFMarkedContentExtractor} and {@code PDFTextStripper} do; read the {@code TextPosition}
 *       Unicode yourself, without ligature normalisation).
 *   <li>A format character (Unicode category Cf, e.g. U+E0001) that no available font can draw, and
 *       U+FEFF always (PDF/A forbids it in {@code /ToUnicode}), is not drawn; then the element
 *       carries {@code /ActualText} with its exact model text.
 *   <li>An element has one marked-content sequence per page it appears on; page furniture and
 *       decoration are {@code /Artifact} marked content, never inside a tagged sequence.
 * </ul>
 *
 * <h3>Structure tree</h3>
 *
 * <pre>
 * StructTreeRoot  /RoleMap: the custom types below that the file uses, each to its standard type
 *                 (Breadcrumb, Timestamp, Actions, Action always)
 *                 /ParentTree (number tree; pages by /StructParents, link annotations by
 *                 /StructParent)
 *  └ Document
 *     ├ Figure              only with a letterhead logo: the logo image; /Alt = the
 *     │                       organization (or "Logo"); /A &lt;&lt;/O /Layout /BBox […]&gt;&gt;. Not model
 *     │                       text.
 *     ├ Breadcrumb (→P)       only when the breadcrumb is non-empty and the web furniture is
 *     │                       printed (PdfRenderer.Builder.printWebFurniture; off by default)
 *     │  └ Span               one per segment, in order; text = the segment. The " &gt; "
 *     │                       separators between segments are artifacts.
 *     ├ H1                    text = the title
 *     ├ Subtitle (→P)         only when there is a subtitle; text = the subtitle
 *     ├ Timestamp (→P)        only when there is a timestamp; text = the date in words (below)
 *     ├ body blocks           in order, each one of:
 *     │  ├ P                  a paragraph: inline content (below). A paragraph split across
 *     │  │                    pages is ONE P with one marked-content reference per page.
 *     │  ├ H2, H3, H4         a heading: inline content. PDF/UA forbids skipping a level going
 *     │  │                    down, so the tag is the release's level or, if that would skip, one
 *     │  │                    below the heading before it (the title is H1, section heads H2);
 *     │  │                    then /A &lt;&lt;/O /UserProperties /P [&lt;&lt;/N (Level) /V n&gt;&gt;]&gt;&gt;
 *     │  │                    gives the release's level n.
 *     │  ├ L                  a list; /A &lt;&lt;/O /List /ListNumbering /Decimal&gt;&gt; when ordered,
 *     │  │  │                 /Disc when not
 *     │  │  └ LI              one per item
 *     │  │     ├ Lbl          the label ("•", "–" nested, or "1.", "2." …); not model text
 *     │  │     └ LBody        the item's inline content, then its nested L, if any
 *     │  └ BlockQuote         a quote
 *     │     ├ P               one per paragraph: inline content
 *     │     └ Attribution (→P)  only when there is one; text = the attribution (the "— " before
 *     │                       it is an artifact)
 *     ├ Contacts (→Sect)      only when there are contacts (here, or after the timestamp when
 *     │                       the print style puts them on top)
 *     │  ├ SectionHead (→H2)  "Media contacts"; not model text
 *     │  └ Contact (→Div)     one per contact, in order, holding one element per part present,
 *     │                       in this order: ContactName, ContactRole, ContactOrganization,
 *     │                       ContactEmail, ContactPhone, ContactUrl (all →P); text = the part.
 *     │                       ContactUrl holds a Link (as below) to the URL.
 *     ├ Boilerplate (→Sect)   only when there is boilerplate
 *     │  ├ SectionHead (→H2)  "About"; not model text
 *     │  └ blocks             as in the body
 *     ├ MoreAt (→P)           only when the web furniture is not printed, the "More at" line is
 *     │  │                    asked for (PdfRenderer.Builder.moreAtLine) and some footer action
 *     │  │                    has a target: "More at: " and the ", " between labels are
 *     │  │                    artifacts; not model text (the actions are read from the XMP)
 *     │  └ Link              one per footer action with a target, in order, as below
 *     └ Actions (→Div)        only when there are footer actions and the web furniture is printed
 *        └ Action (→P)        one per footer action, in order; text = the label
 *           └ Link            only when the action has a target: kids are the label's
 *                             marked-content reference(s) and one OBJR per line the label
 *                             occupies, each to a /Link annotation with
 *                             /A &lt;&lt; /S /URI /URI (target) &gt;&gt; and /Contents (label).
 *                             Without a target, the Action holds the label text directly.
 * </pre>
 *
 * <p><b>Inline content</b> of an element is its kids in order: marked content is text; an {@code
 * Em} (→Span) child is emphasis and a {@code Strong} (→Span) child strong emphasis over its own
 * inline content; a {@code Link} child is a link over its inline content, its target the URI of its
 * annotations (one per line it occupies, as for actions; /Contents is the whole link text); a
 * {@code Span} child is plain text (it appears only to carry {@code /ActualText}). Emphasis is
 * drawn in the italic face, strong emphasis in the bold one, links in blue and underlined. A link
 * whose target the model would reject is written as its text alone.
 *
 * <p>Element types are the names above ({@code /S}); the custom ones are mapped to standard types
 * only through the {@code /RoleMap}. Kids of an element are either integers (MCIDs on the element's
 * {@code /Pg}) or {@code /MCR} dictionaries with their own {@code /Pg}; readers should accept both.
 * The target URI is the annotation's {@code /URI} string: the bytes of {@code URI.toString()} in
 * UTF-8 (plain ASCII for ASCII URIs).
 *
 * <h3>Timestamp display form</h3>
 *
 * <p>The {@code Timestamp} element shows the date in words in the release's language, by the one
 * rule of {@code dev.pressroom.internal.DateWords} that DOCX and HTML share: {@code 28 October
 * 2023, 13:25} ({@code en-GB}, and a release without a language), {@code October 28, 2023, 13:25}
 * ({@code en}), {@code 28. Oktober 2023, 13:25 MESZ} ({@code de}, with a region zone), {@code
 * 2023年10月28日 13:25} ({@code ja}), {@code Oktober 2023} (a month). When no available font can draw
 * the words of the release's language, they are those of a release without a language. The words
 * are not the exact timestamp (they may drop the offset, and depend on the JDK's CLDR version):
 * that is XMP {@code pressroom:timestamp} (below), which a reader takes when the words still show
 * its date and time. When they show another date (edited by hand), the words win. Files written
 * before dates were in words show {@code date [" " time] [" " offset] [" (" zone ")"]} ({@code
 * 2023-10-28 13:25 +08:00 (Asia/Shanghai)}, {@code UTC} for offset zero), which maps one to one to
 * {@link dev.pressroom.model.Timestamp#toString()} and is still read.
 *
 * <h3>Web furniture</h3>
 *
 * <p>Paper shows what paper needs: by default the breadcrumb and the footer actions are not drawn.
 * They are kept in the XMP either way, in order: {@code pressroom:breadcrumb}, a {@code rdf:Seq} of
 * the segments' text, and {@code pressroom:actions}, a {@code rdf:Seq} of {@code
 * rdf:parseType="Resource"} items with {@code pressroomAction:label} and, when the action has one,
 * {@code pressroomAction:target} (namespace {@code https://pressroom.dev/ns/pdf/1.0/action/}; the
 * value type {@code FooterAction} is declared in the {@code pdfaExtension} schema). A reader takes
 * the breadcrumb from the {@code Breadcrumb} element and the actions from the {@code Actions}
 * element when the file has them (printed), else from the XMP.
 *
 * <h3>Document-level metadata</h3>
 *
 * <ul>
 *   <li>Catalog {@code /Lang}: the release language; {@code und} when the release has none (PDF/UA
 *       needs a language). {@code /Lang} appears nowhere else.
 *   <li>XMP (uncompressed metadata stream), agreeing with the Info dictionary:
 *       <ul>
 *         <li>{@code dc:title} (x-default) = Info {@code /Title} = the title;
 *         <li>{@code dc:language} (bag of one) = the release language, absent when it has none —
 *             this, not {@code /Lang}, says whether the model has a language;
 *         <li>{@code pressroom:timestamp} (namespace {@code https://pressroom.dev/ns/pdf/1.0/},
 *             declared in a {@code pdfaExtension} schema) = the exact ISO form of the timestamp
 *             ({@code Timestamp.toString()}, precision, offset and zone kept); absent without one;
 *         <li>{@code pressroom:breadcrumb} and {@code pressroom:actions}, as "Web furniture" says;
 *             absent when the release has none;
 *         <li>{@code xmp:CreateDate} = {@code xmp:ModifyDate} = Info {@code /CreationDate} = {@code
 *             /ModDate}: the timestamp as a PDF/XMP date (lossy: no zone name), absent without a
 *             timestamp — never the wall clock;
 *         <li>{@code pdf:Producer} = Info {@code /Producer} = {@code Pressroom};
 *         <li>{@code pdfaid:part} 2 / {@code pdfaid:conformance} A (when PDF/A is on) and {@code
 *             pdfuaid:part} 1.
 *       </ul>
 *   <li>Trailer {@code /ID}: two equal strings, a 128-bit hash of every object of the file (same
 *       model and options, same bytes, same ID).
 *   <li>Page furniture: the running footer ({@code Page N of M} in the release's language, see
 *       {@code HouseStyle.pageFooter}) is an {@code /Artifact} of {@code /Type /Pagination};
 *       breadcrumb separators, the rule above the actions, link underlines, the letterhead's
 *       organization name and rule, the {@code FOR IMMEDIATE RELEASE} line and the {@code ###} end
 *       mark are {@code /Artifact}s.
 *   <li>Layout (not part of the model): a tab is the space glyph followed by a {@code TJ} shift to
 *       four spaces' width; justification is done by {@code TJ} shifts after U+0020 glyphs. Neither
 *       adds characters. Hyphenation ({@code PdfRenderer.Builder.hyphenate}, on by default) uses
 *       the TeX patterns of the release's language; its hyphens are the artifacts above, their
 *       width within the measure.
 * </ul>
 */
package dev.pressroom.format.pdf;
