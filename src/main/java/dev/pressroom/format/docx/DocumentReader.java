package dev.pressroom.format.docx;

import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the paragraphs of {@code word/document.xml} as a person sees them.
 *
 * <ul>
 *   <li>Text: {@code w:t}; {@code w:tab}/{@code w:ptab} a tab; {@code w:br}/{@code w:cr} (manual
 *       line, page and column breaks) one space, since a model paragraph is one line; {@code
 *       w:softHyphen} U+00AD; {@code w:noBreakHyphen} U+2011. Field results are read, field
 *       instructions are not. Hidden ({@code w:vanish}) runs are left out. Runs of spaces and
 *       no-break spaces are kept as typed (the model keeps inner spacing); only a paragraph's ends
 *       are trimmed, and paragraphs with no visible text are skipped.
 *   <li>Tracked changes read as accepted: {@code w:ins}/{@code w:moveTo} kept, {@code w:del}/{@code
 *       w:moveFrom} dropped, a deleted paragraph mark joins two paragraphs.
 *   <li>Tables: every cell paragraph is a paragraph, row by row, cell by cell.
 *   <li>Text boxes, shapes, drawings and their VML fallbacks are left out (sidebars, pull quotes).
 *       Headers, footers, footnotes and comments live in other parts and are never read.
 * </ul>
 */
final class DocumentReader {
  private final StyleSheet styles;
  private final Relationships rels;
  private final Limits limits;
  private final List<Block> blocks = new ArrayList<>();
  private int tables;
  private String link;

  // the run being read
  private String runStyle;
  private Boolean runBold;
  private Boolean runItalic;
  private int runSize;
  private boolean runHidden;
  private final StringBuilder runText = new StringBuilder();

  private DocumentReader(StyleSheet styles, Relationships rels, Limits limits) {
    this.styles = styles;
    this.rels = rels;
    this.limits = limits;
  }

  static List<Block> read(
      String name, byte[] xml, StyleSheet styles, Relationships rels, Limits limits)
      throws ParseException {
    DocumentReader reader = new DocumentReader(styles, rels, limits);
    return Xml.read(name, xml, limits.maxDepth(), r -> reader.read(r, name));
  }

  private List<Block> read(Xml.Reader r, String name) throws XMLStreamException, ParseException {
    if (r.next() != XMLStreamConstants.START_ELEMENT || !r.isW() || !r.local().equals("document")) {
      throw new dev.pressroom.UnsupportedInputException(
          name, "not a Word document body (the main part is not a w:document)");
    }
    Block block = null;
    int event;
    while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT) {
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (r.isW()) {
          switch (r.local()) {
            case "p" -> {
              if (block != null) {
                blocks.add(block);
                if (blocks.size() > limits.maxParagraphs()) {
                  throw new LimitExceededException(
                      name,
                      "more paragraphs than the limit of "
                          + limits.maxParagraphs()
                          + " (raise Limits.maxParagraphs)");
                }
              }
              block = null;
            }
            case "r" -> endRun(block, name);
            case "hyperlink" -> link = null;
            case "tbl" -> tables--;
            default -> {
              // nothing to close
            }
          }
        }
        continue;
      }
      if (!r.isW()) {
        if (r.local().equals("Fallback")) {
          r.skip(); // mc:Fallback repeats mc:Choice in older markup
        }
        continue;
      }
      switch (r.local()) {
        case "p" -> {
          block = new Block();
          block.inTable = tables > 0;
          block.style = styles.defaultParagraph();
        }
        case "pPr" -> paragraphProperties(r, block);
        case "r" -> startRun();
        case "rPr" -> runProperties(r);
        case "t" -> append(r.text());
        case "tab", "ptab" -> append("\t");
        case "br", "cr" -> append(" ");
        case "softHyphen" -> append("\u00AD");
        case "noBreakHyphen" -> append("\u2011");
        case "hyperlink" -> link = target(r.attr("id"));
        case "tbl" -> tables++;
        case "del",
            "moveFrom",
            "delText",
            "instrText",
            "delInstrText",
            "txbxContent",
            "drawing",
            "pict",
            "object",
            "sdtPr",
            "sdtEndPr",
            "sectPr",
            "tblPr",
            "tblGrid",
            "trPr",
            "tcPr",
            "sym",
            "fldData",
            "customXmlPr",
            "smartTagPr" ->
            r.skip();
        default -> {
          // containers (w:body, w:ins, w:sdt, w:fldSimple, w:tc ...) are read through
        }
      }
    }
    return blocks;
  }

  private String target(String id) {
    Relationships.Rel rel = id == null ? null : rels.byId(id);
    return rel != null && rel.external() ? rel.target() : null;
  }

  private void paragraphProperties(Xml.Reader r, Block block)
      throws XMLStreamException, ParseException {
    int depth = r.depth();
    int event;
    while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT && r.depth() >= depth) {
      if (event != XMLStreamConstants.START_ELEMENT || !r.isW()) {
        continue;
      }
      switch (r.local()) {
        case "pStyle" -> {
          if (block != null) {
            block.style = r.attr("val");
          }
        }
        case "outlineLvl" -> {
          if (block != null) {
            block.outline = StyleSheet.number(r.attr("val"), -1);
          }
        }
        case "del", "moveFrom" -> {
          if (block != null) {
            block.markDeleted = true; // inside w:rPr: the paragraph mark was deleted
          }
          r.skip();
        }
        case "numPr" -> {
          if (block != null) {
            block.numbered = true; // a list item, numbered or bulleted
          }
        }
        case "ilvl" -> {
          if (block != null) {
            block.listLevel = Math.max(0, StyleSheet.number(r.attr("val"), 0));
          }
        }
        case "numId" -> {
          if (block != null) {
            block.numId = r.attr("val");
          }
        }
        case "contextualSpacing" -> {
          if (block != null) {
            block.contextual = r.toggle();
          }
        }
        case "jc" -> {
          if (block != null) {
            block.centered = "center".equals(r.attr("val"));
          }
        }
        case "pPrChange", "sectPr", "rPrChange" -> r.skip();
        default -> {
          // other paragraph formatting does not matter for reading
        }
      }
    }
  }

  private void startRun() {
    runStyle = null;
    runBold = null;
    runItalic = null;
    runSize = 0;
    runHidden = false;
    runText.setLength(0);
  }

  private void runProperties(Xml.Reader r) throws XMLStreamException, ParseException {
    int depth = r.depth();
    int event;
    while ((event = r.next()) != XMLStreamConstants.END_DOCUMENT && r.depth() >= depth) {
      if (event != XMLStreamConstants.START_ELEMENT || !r.isW()) {
        continue;
      }
      switch (r.local()) {
        case "rStyle" -> runStyle = r.attr("val");
        case "b" -> runBold = r.toggle();
        case "i" -> runItalic = r.toggle();
        case "sz" -> runSize = StyleSheet.number(r.attr("val"), 0);
        case "vanish", "specVanish" -> runHidden = r.toggle();
        case "rPrChange" -> r.skip();
        default -> {
          // other run formatting does not matter for reading
        }
      }
    }
  }

  private void append(String s) {
    if (!runHidden) {
      runText.append(s);
    }
  }

  private void endRun(Block block, String name) throws ParseException {
    if (block == null || runText.length() == 0) {
      runText.setLength(0);
      return;
    }
    String text = runText.toString();
    runText.setLength(0);
    boolean bold = bold(block);
    boolean italic =
        runItalic != null ? runItalic : runStyle != null && styles.italic(runStyle) == Boolean.TRUE;
    block.pieces.add(
        new Block.Piece(
            runStyle,
            text,
            bold,
            italic,
            link,
            Boolean.TRUE.equals(runBold),
            Boolean.TRUE.equals(runItalic)));
    block.text.append(text);
    if (block.text.length() > limits.maxParagraphChars()) {
      throw new LimitExceededException(
          name,
          "a paragraph is longer than the limit of "
              + limits.maxParagraphChars()
              + " characters (raise Limits.maxParagraphChars)");
    }
    if (block.link == null) {
      block.link = link;
    }
    if (!text.isBlank()) {
      block.anyText = true;
      block.allBold &= bold;
      int size = runSize > 0 ? runSize : styles.size(runStyle);
      if (size == 0) {
        size = styles.size(block.style);
      }
      block.maxSize = Math.max(block.maxSize, size == 0 ? styles.defaultSize() : size);
    }
  }

  private boolean bold(Block block) {
    if (runBold != null) {
      return runBold;
    }
    Boolean b = runStyle == null ? null : styles.bold(runStyle);
    if (b == null && block.style != null) {
      b = styles.bold(block.style);
    }
    return b != null ? b : styles.defaultBold();
  }
}
