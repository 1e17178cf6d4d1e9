package dev.pressroom.format.pdf;

import dev.pressroom.internal.Text;
import dev.pressroom.reading.Block;
import dev.pressroom.reading.Block.Kind;
import dev.pressroom.reading.Layout;
import dev.pressroom.reading.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The blocks of a tagged PDF another tool made (LibreOffice's tagged export, Word's, InDesign's),
 * read from its structure tree rather than its layout, when the tree says what the layout can only
 * guess: it has headings ({@code H1}–{@code H6}), lists ({@code L}) or quotations ({@code
 * BlockQuote}, or a paragraph type named as a quotation style such as {@code Quote} or {@code Block
 * Text}), after following the {@code /RoleMap}. Then headings keep their levels, list items their
 * nesting (a nested {@code L}, or a deeper {@code StartIndent} than the list's first items) and
 * whether they are numbered (the {@code Lbl}, the list's {@code ListNumbering}, or a marker at the
 * item's start), quotations are quotes, a {@code Title} paragraph is the top heading, and {@code
 * Link} elements are links to their annotations' URIs. An element's text is the Unicode of its
 * marked content, a line break where the glyphs move to another line. Everything else is left to
 * the layout reading.
 *
 * <p>Only LibreOffice's tags are read so for now: Word's tagged export, for one, tags a headline
 * wrapped over lines as separate paragraphs and leaves list numbers in the text, which the layout
 * reading (font sizes, gaps, markers) already gets right and the tags alone would not.
 */
final class PdfTaggedForeign {
  private static final Set<String> QUOTE_STYLES =
      Set.of("blockquote", "quote", "quotations", "block text", "intense quote", "quotation");
  private static final Set<String> GROUPS =
      Set.of(
          "Document",
          "Part",
          "Art",
          "Sect",
          "Div",
          "NonStruct",
          "Private",
          "TOC",
          "TOCI",
          "Index",
          "Table",
          "THead",
          "TBody",
          "TFoot",
          "TR");
  private static final Set<String> INLINE =
      Set.of(
          "Span",
          "Quote",
          "Note",
          "Reference",
          "BibEntry",
          "Code",
          "Link",
          "Annot",
          "Ruby",
          "Warichu",
          "RB",
          "RT",
          "RP",
          "WT",
          "WP",
          "Em",
          "Strong");

  private final PDDocument document;
  private final Map<String, Object> roles;
  private final Map<COSDictionary, PDPage> pages = new HashMap<>();
  private final Map<COSDictionary, Integer> pageNumbers = new HashMap<>();
  private final Map<COSDictionary, Map<Integer, StringBuilder>> pageTexts = new HashMap<>();
  private final PdfMarkedText marked = new PdfMarkedText(true);
  private final List<Block> blocks = new ArrayList<>();
  private float listIndent = -1; // StartIndent of the first items of the current run of lists

  private PdfTaggedForeign(PDDocument document, PDStructureTreeRoot root) {
    this.document = document;
    Map<String, Object> map = root.getRoleMap();
    this.roles = map == null ? Map.of() : map;
    int n = 0;
    for (PDPage page : document.getPages()) {
      pages.put(page.getCOSObject(), page);
      pageNumbers.put(page.getCOSObject(), ++n);
    }
  }

  /**
   * The blocks from the tags, or {@code null} when the tags say nothing the layout would not, or
   * come from a producer whose tags are not read (below).
   */
  static List<Block> blocks(PDDocument document) throws IOException {
    PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
    String producer = document.getDocumentInformation().getProducer();
    if (root == null || producer == null || !producer.startsWith("LibreOffice")) {
      return null;
    }
    PdfTaggedForeign reader = new PdfTaggedForeign(document, root);
    if (!reader.structured(root, 0)) {
      return null;
    }
    reader.group(root, null, 0);
    return reader.blocks.stream().anyMatch(b -> !Text.isBlank(b.text())) ? reader.blocks : null;
  }

  /** The standard type an element's type stands for, through the role map. */
  private String standard(String type) {
    String at = type;
    for (int i = 0; i < 8 && at != null && roles.containsKey(at); i++) {
      Object mapped = roles.get(at);
      String next =
          mapped instanceof String s ? s : mapped instanceof COSName n ? n.getName() : null;
      if (next == null || next.equals(at)) {
        break;
      }
      at = next;
    }
    return at == null ? "" : at;
  }

  private boolean isQuoteStyle(String type) {
    return type != null && QUOTE_STYLES.contains(type.toLowerCase(Locale.ROOT));
  }

  private boolean structured(PDStructureNode node, int depth) {
    if (depth > 64) {
      return false;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String type = element.getStructureType();
        String std = standard(type);
        if (std.matches("H[1-6]")
            || std.equals("L")
            || std.equals("BlockQuote")
            || isQuoteStyle(type)) {
          return true;
        }
        if (structured(element, depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads the children of a grouping element; {@code quote} when inside a BlockQuote. */
  private void group(PDStructureNode node, String context, int depth) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        element(element, context, depth + 1);
      }
    }
  }

  private void element(PDStructureElement element, String context, int depth) throws IOException {
    if (depth > 64) {
      return;
    }
    String type = element.getStructureType();
    String std = standard(type);
    if (!std.equals("L")) {
      listIndent = std.equals("LI") ? listIndent : -1;
    }
    if (GROUPS.contains(std)) {
      group(element, context, depth);
    } else if (std.equals("BlockQuote")) {
      if (hasContent(element)) {
        paragraph(element, Kind.QUOTE, 0, null);
      } else {
        group(element, "quote", depth);
      }
    } else if (std.equals("L")) {
      list(element, 0);
    } else if (std.matches("H[1-6]")) {
      paragraph(element, Kind.HEADING, std.charAt(1) - '0', null);
    } else if (std.equals("H")) {
      paragraph(element, Kind.HEADING, 2, null);
    } else if (std.equals("Figure") || std.equals("Formula") || std.equals("Form")) {
      // figure text (a chart's labels) is no prose
    } else if ("Title".equals(type)) {
      paragraph(element, Kind.HEADING, 1, null);
    } else if (std.equals("TD") || std.equals("TH")) {
      paragraph(element, Kind.TABLE_CELL, 0, null);
    } else if (std.equals("Caption")) {
      paragraph(element, Kind.CAPTION, 0, null);
    } else {
      boolean quote = "quote".equals(context) || isQuoteStyle(type);
      paragraph(element, quote ? Kind.QUOTE : Kind.PARAGRAPH, 0, null);
    }
  }

  private static boolean hasContent(PDStructureElement element) {
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer || kid instanceof PDMarkedContentReference) {
        return true;
      }
    }
    return false;
  }

  private void list(PDStructureElement list, int depth) throws IOException {
    if (depth > 8) {
      return; // deeper than any list a reader follows (or a cycle)
    }
    boolean numbered = false;
    if (list.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary attributes) {
      String numbering = attributes.getNameAsString("ListNumbering");
      numbered =
          numbering != null && !Set.of("None", "Disc", "Circle", "Square").contains(numbering);
    }
    int number = 0;
    for (Object kid : list.getKids()) {
      if (!(kid instanceof PDStructureElement li)) {
        continue;
      }
      String std = standard(li.getStructureType());
      if (std.equals("L")) {
        list(li, depth + 1);
        continue;
      }
      number++;
      String label = null;
      List<PDStructureElement> nested = new ArrayList<>();
      Inline body = new Inline();
      float indent = -1;
      for (Object part : li.getKids()) {
        if (part instanceof PDStructureElement e) {
          String partType = standard(e.getStructureType());
          if (partType.equals("Lbl")) {
            label = Text.collapse(text(e).text.toString());
          } else if (partType.equals("L")) {
            nested.add(e);
          } else {
            for (Object inner : e.getKids()) {
              if (inner instanceof PDStructureElement n
                  && standard(n.getStructureType()).equals("L")) {
                nested.add(n);
              } else if (inner instanceof PDStructureElement p) {
                indent = indent < 0 ? startIndent(p) : indent;
                inline(p, body);
              } else {
                content(inner, e, body);
              }
            }
            indent = indent < 0 ? startIndent(e) : indent;
          }
        } else {
          content(part, li, body);
        }
      }
      int level = depth;
      if (depth == 0 && indent >= 0) {
        if (listIndent < 0) {
          listIndent = indent;
        } else if (indent > listIndent + 0.05f) {
          level = 1;
        }
      }
      String text = body.text.toString().strip();
      if (label == null || label.isEmpty()) {
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile(
                    "(\\d{1,3}[.)]|[•◦▪‣●○■□–*-])\\s+(.*)", java.util.regex.Pattern.DOTALL)
                .matcher(text);
        if (m.matches()) {
          label = m.group(1);
          body.shift(text.length() - m.group(2).length());
          text = m.group(2);
        } else {
          label = numbered ? number + "." : "•";
        }
      }
      if (!Text.isBlank(text)) {
        blocks.add(
            new Block(
                Kind.LIST_ITEM,
                text,
                level,
                label,
                body.spans(text.length()),
                Layout.NONE,
                "page " + body.page));
      }
      for (PDStructureElement n : nested) {
        list(n, depth + 1);
      }
    }
  }

  private static float startIndent(PDStructureElement element) {
    if (element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary a
        && a.getDictionaryObject(COSName.getPDFName("StartIndent")) instanceof COSNumber n) {
      return n.floatValue();
    }
    return -1;
  }

  private void paragraph(PDStructureElement element, Kind kind, int level, String marker)
      throws IOException {
    Inline text = text(element);
    String value = text.text.toString();
    int lead = value.length() - value.stripLeading().length();
    String stripped = value.strip();
    if (Text.isBlank(stripped)) {
      return;
    }
    text.shift(lead);
    blocks.add(
        new Block(
            kind,
            stripped,
            level,
            marker,
            text.spans(stripped.length()),
            Layout.NONE,
            "page " + text.page));
  }

  /** Text and links gathered from an element's content. */
  private static final class Inline {
    final StringBuilder text = new StringBuilder();
    final List<Span> spans = new ArrayList<>();
    float lastY = Float.NaN;
    float lastEnd;
    COSDictionary lastPage;
    int page;

    void shift(int by) {
      for (int i = 0; i < spans.size(); i++) {
        Span s = spans.get(i);
        spans.set(i, new Span(s.start() - by, s.end() - by, s.kind(), s.target()));
      }
    }

    List<Span> spans(int length) {
      List<Span> out = new ArrayList<>();
      for (Span s : spans) {
        int start = Math.max(0, s.start());
        int end = Math.min(length, s.end());
        if (start < end) {
          out.add(new Span(start, end, s.kind(), s.target()));
        }
      }
      return out;
    }
  }

  private Inline text(PDStructureElement element) throws IOException {
    Inline out = new Inline();
    inline(element, out);
    return out;
  }

  private void inline(PDStructureElement element, Inline out) throws IOException {
    String actual = element.getActualText();
    if (actual != null) {
      out.text.append(actual);
      return;
    }
    String std = standard(element.getStructureType());
    boolean link = std.equals("Link");
    int start = out.text.length();
    for (Object kid : element.getKids()) {
      content(kid, element, out);
    }
    Span.Kind style =
        "Em".equals(element.getStructureType())
            ? Span.Kind.EMPHASIS
            : "Strong".equals(element.getStructureType()) ? Span.Kind.STRONG : null;
    if (style != null && out.text.length() > start) {
      out.spans.add(new Span(start, out.text.length(), style, null));
    }
    if (link) {
      String target = target(element);
      if (target != null && out.text.length() > start) {
        out.spans.add(new Span(start, out.text.length(), Span.Kind.LINK, target));
      }
    }
  }

  private void content(Object kid, PDStructureElement element, Inline out) throws IOException {
    COSDictionary page = element.getCOSObject().getCOSDictionary(COSName.PG);
    if (kid instanceof Integer mcid) {
      marked(page, mcid, out);
    } else if (kid instanceof PDMarkedContentReference mcr) {
      COSDictionary own = mcr.getCOSObject().getCOSDictionary(COSName.PG);
      marked(own != null ? own : page, mcr.getMCID(), out);
    } else if (kid instanceof PDStructureElement child) {
      String std = standard(child.getStructureType());
      if (!INLINE.contains(std)
          && out.text.length() > 0
          && out.text.charAt(out.text.length() - 1) != '\n') {
        out.text.append('\n'); // a block inside a block: its own line
      }
      inline(child, out);
    }
  }

  private void marked(COSDictionary page, int mcid, Inline out) throws IOException {
    if (page == null || !pages.containsKey(page)) {
      return;
    }
    Map<Integer, StringBuilder> texts = pageTexts.get(page);
    if (texts == null) {
      texts = marked.read(pages.get(page));
      pageTexts.put(page, texts);
      baselines.put(page, marked.baselines());
    }
    StringBuilder text = texts.get(mcid);
    if (text == null || text.length() == 0) {
      return;
    }
    float[] y = baselines.get(page).get(mcid);
    if (out.text.length() > 0
        && y != null
        && !Character.isWhitespace(out.text.charAt(out.text.length() - 1))) {
      if (page != out.lastPage || Math.abs(y[0] - out.lastY) > 1) {
        out.text.append('\n');
      } else if (y[2] - out.lastEnd > 0.25f * y[4]) {
        out.text.append(' '); // a gap drawn by positioning (after a list label), not a space
      }
    }
    if (out.page == 0) {
      out.page = pageNumbers.getOrDefault(page, 0);
    }
    out.text.append(text);
    if (y != null) {
      out.lastY = y[1];
      out.lastEnd = y[3];
      out.lastPage = page;
    }
  }

  private final Map<COSDictionary, Map<Integer, float[]>> baselines = new HashMap<>();

  private static String target(PDStructureElement link) {
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference reference) {
        COSObjectable object = reference.getReferencedObject();
        if (object != null
            && object.getCOSObject() instanceof COSDictionary annotation
            && annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action
            && action.getDictionaryObject(COSName.URI) instanceof COSString uri) {
          return new String(uri.getBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }
}
