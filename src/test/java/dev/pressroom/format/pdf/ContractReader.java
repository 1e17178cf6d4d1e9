package dev.pressroom.format.pdf;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads a PDF that {@link PdfRenderer} wrote back into a release, by nothing but the structure
 * contract in {@code package-info.java}: a reference for the parser and a check that the contract
 * is enough to recover the model exactly.
 */
final class ContractReader {
  private static final Pattern DISPLAY =
      Pattern.compile(
          "(\\d{4}-\\d{2}(?:-\\d{2})?)(?:(?<=-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(?::\\d{2})?))?(?: (UTC|[+-]\\d{2}:\\d{2}))?(?: \\((.+)\\))?");

  private final Map<String, StringBuilder> texts = new HashMap<>();
  private final Map<COSDictionary, Integer> pages = new HashMap<>();

  private ContractReader() {}

  static PressRelease read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new ContractReader().read(doc);
    }
  }

  /** The exact ISO timestamp stored in XMP, or null. */
  static String xmpTimestamp(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return xmp(doc, "<pressroom:timestamp>(.*?)</pressroom:timestamp>");
    }
  }

  private PressRelease read(PDDocument doc) throws IOException {
    int index = 0;
    for (PDPage page : doc.getPages()) {
      pages.put(page.getCOSObject(), index);
      new Glyphs(index++).processPage(page);
    }
    COSDictionary root =
        (COSDictionary)
            doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.STRUCT_TREE_ROOT);
    COSDictionary document = (COSDictionary) root.getDictionaryObject(COSName.K);
    PressRelease.Builder release = PressRelease.builder();
    List<String> paragraphs = new ArrayList<>();
    List<FooterAction> actions = new ArrayList<>();
    boolean crumbs = false;
    boolean printedActions = false;
    String words = null;
    for (COSDictionary element : elements(document)) {
      switch (element.getNameAsString(COSName.S)) {
        case "Breadcrumb" -> {
          release.breadcrumb(elements(element).stream().map(this::text).toList());
          crumbs = true;
        }
        case "H1" -> release.title(text(element));
        case "Timestamp" -> words = text(element);
        case "P" -> paragraphs.add(text(element));
        case "MoreAt" -> {
          // links to the actions with a target; not model text
        }
        case "Actions" -> {
          printedActions = true;
          for (COSDictionary action : elements(element)) {
            List<COSDictionary> link = elements(action);
            actions.add(
                link.isEmpty()
                    ? FooterAction.of(text(action))
                    : new FooterAction(text(link.get(0)), target(link.get(0))));
          }
        }
        default ->
            throw new IOException("unexpected element " + element.getNameAsString(COSName.S));
      }
    }
    String language = xmp(doc, "<dc:language><rdf:Bag><rdf:li>(.*?)</rdf:li>");
    // The page shows the date in words; the exact timestamp is the XMP's.
    String exact = xmp(doc, "<pressroom:timestamp>(.*?)</pressroom:timestamp>");
    if (words != null) {
      if (words.isEmpty() || exact == null) {
        throw new IOException("a Timestamp element without words or XMP: " + words);
      }
      release.timestamp(Timestamp.parse(exact));
    }
    if (!crumbs) {
      String seq = xmp(doc, "<pressroom:breadcrumb><rdf:Seq>(.*?)</rdf:Seq>");
      if (seq != null) {
        List<String> segments = new ArrayList<>();
        Matcher li = Pattern.compile("<rdf:li>(.*?)</rdf:li>", Pattern.DOTALL).matcher(seq);
        while (li.find()) {
          segments.add(unescape(li.group(1)));
        }
        release.breadcrumb(segments);
      }
    }
    if (!printedActions) {
      String seq = xmp(doc, "<pressroom:actions><rdf:Seq>(.*?)</rdf:Seq>");
      if (seq != null) {
        Matcher li =
            Pattern.compile(
                    "<pressroomAction:label>(.*?)</pressroomAction:label>"
                        + "(?:<pressroomAction:target>(.*?)</pressroomAction:target>)?",
                    Pattern.DOTALL)
                .matcher(seq);
        while (li.find()) {
          actions.add(
              new FooterAction(
                  unescape(li.group(1)),
                  li.group(2) == null ? null : URI.create(unescape(li.group(2)))));
        }
      }
    }
    return release.language(language).paragraphs(paragraphs).footerActions(actions).build();
  }

  private static String xmp(PDDocument doc, String regex) throws IOException {
    try (var in = doc.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
      Matcher m =
          Pattern.compile(regex, Pattern.DOTALL)
              .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return m.find() ? (regex.contains("rdf:Seq") ? m.group(1) : unescape(m.group(1))) : null;
    }
  }

  private static String unescape(String xml) {
    return xml.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  static Timestamp timestamp(String display) {
    Matcher m = DISPLAY.matcher(display);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a timestamp display form: " + display);
    }
    StringBuilder iso = new StringBuilder(m.group(1));
    if (m.group(2) != null) {
      iso.append('T').append(m.group(2));
    }
    if (m.group(3) != null) {
      iso.append(m.group(3).equals("UTC") ? "Z" : m.group(3));
    }
    if (m.group(4) != null) {
      iso.append('[').append(m.group(4)).append(']');
    }
    return Timestamp.parse(iso.toString());
  }

  private static List<COSDictionary> elements(COSDictionary element) {
    List<COSDictionary> out = new ArrayList<>();
    for (COSBase kid : kids(element)) {
      if (kid instanceof COSDictionary d
          && COSName.getPDFName("StructElem").equals(d.getCOSName(COSName.TYPE))) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<COSBase> kids(COSDictionary element) {
    COSBase k = element.getDictionaryObject(COSName.K);
    List<COSBase> out = new ArrayList<>();
    if (k instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        out.add(array.getObject(i));
      }
    } else if (k != null) {
      out.add(k);
    }
    return out;
  }

  private String text(COSDictionary element) {
    COSBase actual = element.getDictionaryObject(COSName.ACTUAL_TEXT);
    if (actual instanceof COSString s) {
      return s.getString();
    }
    StringBuilder out = new StringBuilder();
    COSDictionary page = (COSDictionary) element.getDictionaryObject(COSName.PG);
    for (COSBase kid : kids(element)) {
      if (kid instanceof COSInteger mcid) {
        out.append(
            texts.getOrDefault(pages.get(page) + ":" + mcid.intValue(), new StringBuilder()));
      } else if (kid instanceof COSDictionary d
          && COSName.getPDFName("MCR").equals(d.getCOSName(COSName.TYPE))) {
        COSDictionary pg = (COSDictionary) d.getDictionaryObject(COSName.PG);
        out.append(
            texts.getOrDefault(pages.get(pg) + ":" + d.getInt(COSName.MCID), new StringBuilder()));
      }
    }
    return out.toString();
  }

  private static URI target(COSDictionary link) {
    for (COSBase kid : kids(link)) {
      if (kid instanceof COSDictionary d
          && COSName.getPDFName("OBJR").equals(d.getCOSName(COSName.TYPE))) {
        COSDictionary annot = (COSDictionary) d.getDictionaryObject(COSName.OBJ);
        COSDictionary action = (COSDictionary) annot.getDictionaryObject(COSName.A);
        byte[] uri = ((COSString) action.getDictionaryObject(COSName.URI)).getBytes();
        return URI.create(new String(uri, StandardCharsets.UTF_8));
      }
    }
    return null;
  }

  /** Collects the Unicode of every glyph per (page, MCID), unnormalised, nothing dropped. */
  private final class Glyphs extends PDFStreamEngine {
    private final int page;
    private final Deque<Integer> mcids = new ArrayDeque<>();
    private final Deque<Boolean> replacing = new ArrayDeque<>();

    Glyphs(int page) {
      this.page = page;
      addOperator(new BeginText(this));
      addOperator(new EndText(this));
      addOperator(new SetFontAndSize(this));
      addOperator(new SetMatrix(this));
      addOperator(new ShowText(this));
      addOperator(new ShowTextAdjusted(this));
      addOperator(new BeginMarkedContentSequence(this));
      addOperator(new BeginMarkedContentSequenceWithProperties(this));
      addOperator(new EndMarkedContentSequence(this));
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
      int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
      String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
      if (mcid < 0 && actual != null && !mcids.isEmpty() && mcids.peek() >= 0) {
        // a nested /ActualText sequence: its text replaces its glyphs in the enclosing element
        mcid = mcids.peek();
        texts.computeIfAbsent(page + ":" + mcid, k -> new StringBuilder()).append(actual);
        replacing.push(true);
      } else {
        replacing.push(false);
      }
      mcids.push(mcid);
    }

    @Override
    public void endMarkedContentSequence() {
      mcids.pop();
      replacing.pop();
    }

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
        throws IOException {
      if (!mcids.isEmpty() && mcids.peek() >= 0 && !replacing.contains(true)) {
        texts
            .computeIfAbsent(page + ":" + mcids.peek(), k -> new StringBuilder())
            .append(font.toUnicode(code));
      }
    }
  }
}
