package dev.pressroom.format.pdf;

import dev.pressroom.ParseException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Text;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.LinkTargets;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
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
 * Reads the PDFs that Pressroom writes, exactly, through their structure tree as the contract in
 * {@code package-info} describes: the breadcrumb from the {@code Breadcrumb}'s {@code Span}s, the
 * title from {@code H1}, the timestamp from the {@code Timestamp}'s display form, one paragraph per
 * {@code P} (however many pages it spans), footer actions from {@code Action}s and their {@code
 * Link} annotations' URIs. An element's text is its {@code /ActualText} when it has one, else the
 * Unicode of its marked content. What the pages show wins; the XMP fills only what they do not
 * show: the language ({@code dc:language}), and the timestamp if its visible form was edited into
 * something unreadable.
 */
final class TaggedPdfReader {
  private static final String PRODUCER = "Pressroom";
  private static final Pattern DISPLAY_TIMESTAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}(?:-\\d{2})?)(?:(?<=-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(?::\\d{2})?))?(?: (UTC|[+-]\\d{2}:\\d{2}))?"
              + "(?: \\(([^()\\s]+)\\))?");

  private final PDDocument document;
  private final Map<COSDictionary, PDPage> pages = new HashMap<>();
  private final Map<COSDictionary, Map<Integer, StringBuilder>> pageTexts = new HashMap<>();
  private final PdfMarkedText marked = new PdfMarkedText();

  private TaggedPdfReader(PDDocument document) {
    this.document = document;
    for (PDPage page : document.getPages()) {
      pages.put(page.getCOSObject(), page);
    }
  }

  /** Whether Pressroom wrote this PDF: its producer and a structure tree say so. */
  static boolean isPressroomPdf(PDDocument document) {
    return PRODUCER.equals(document.getDocumentInformation().getProducer())
        && document.getDocumentCatalog().getStructureTreeRoot() != null;
  }

  /**
   * The release, or {@code null} when the structure is not Pressroom's (edited by another tool):
   * then the layout is read instead.
   */
  static PressRelease read(PDDocument document) throws IOException, ParseException {
    return new TaggedPdfReader(document).read();
  }

  private PressRelease read() throws IOException, ParseException {
    PDStructureElement root = documentElement(document.getDocumentCatalog().getStructureTreeRoot());
    if (root == null) {
      return null;
    }
    PressRelease.Builder builder = PressRelease.builder();
    List<String> paragraphs = new ArrayList<>();
    List<FooterAction> actions = new ArrayList<>();
    String title = null;
    String timestamp = null;
    for (PDStructureElement element : elements(root)) {
      switch (element.getStructureType()) {
        case "Breadcrumb" -> {
          List<String> segments = new ArrayList<>();
          for (PDStructureElement span : elements(element)) {
            segments.add(line(span, "breadcrumb segment " + (segments.size() + 1)));
          }
          builder.breadcrumb(segments);
        }
        case "H1" -> title = line(element, "title");
        case "Timestamp" -> timestamp = text(element);
        case "P" -> paragraphs.add(line(element, "paragraph " + (paragraphs.size() + 1)));
        case "Actions" -> {
          for (PDStructureElement action : elements(element)) {
            actions.add(action(action, actions.size() + 1));
          }
        }
        default -> {
          // not part of the contract: nothing of the model lives there
        }
      }
    }
    if (title == null) {
      return null;
    }
    if (marked.unmapped() > 0) {
      throw new ParseException(
          null, marked.unmapped() + " tagged glyphs have no Unicode value (a damaged font?)");
    }
    PdfXmp xmp = PdfXmp.read(document);
    return builder
        .title(title)
        .timestamp(timestamp(timestamp, xmp))
        .language(xmp.language())
        .paragraphs(paragraphs)
        .footerActions(actions)
        .build();
  }

  private static PDStructureElement documentElement(PDStructureTreeRoot root) {
    if (root == null) {
      return null;
    }
    for (Object kid : root.getKids()) {
      if (kid instanceof PDStructureElement element
          && "Document".equals(element.getStructureType())) {
        return element;
      }
    }
    return null;
  }

  private static List<PDStructureElement> elements(PDStructureNode node) {
    List<PDStructureElement> out = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        out.add(element);
      }
    }
    return out;
  }

  private FooterAction action(PDStructureElement action, int number)
      throws IOException, ParseException {
    String label = line(action, "footer action " + number);
    URI target = null;
    for (PDStructureElement link : elements(action)) {
      if ("Link".equals(link.getStructureType())) {
        target = target(link, number);
      }
    }
    return new FooterAction(label, target);
  }

  private static URI target(PDStructureElement link, int number) throws ParseException {
    for (Object kid : link.getKids()) {
      if (kid instanceof PDObjectReference reference) {
        COSObjectable object = reference.getReferencedObject();
        if (object != null
            && object.getCOSObject() instanceof COSDictionary annotation
            && annotation.getDictionaryObject(COSName.A) instanceof COSDictionary uriAction
            && uriAction.getDictionaryObject(COSName.URI) instanceof COSString uri) {
          String value = new String(uri.getBytes(), StandardCharsets.UTF_8);
          try {
            return LinkTargets.parse(value);
          } catch (IllegalArgumentException e) {
            throw new ParseException("footer action " + number, "link " + e.getMessage());
          }
        }
      }
    }
    return null;
  }

  /** An element's text, checked to be a valid model line. */
  private String line(PDStructureElement element, String what) throws IOException, ParseException {
    String text = text(element);
    String problem = Text.problem(text);
    if (problem != null) {
      throw new ParseException(what, "text " + problem);
    }
    return text;
  }

  private String text(PDStructureElement element) throws IOException {
    String actual = element.getActualText();
    if (actual != null) {
      return actual;
    }
    StringBuilder out = new StringBuilder();
    append(element, element.getCOSObject().getCOSDictionary(COSName.PG), out);
    return out.toString();
  }

  private void append(PDStructureElement element, COSDictionary page, StringBuilder out)
      throws IOException {
    for (Object kid : element.getKids()) {
      if (kid instanceof Integer mcid) {
        out.append(marked(page, mcid));
      } else if (kid instanceof PDMarkedContentReference mcr) {
        COSDictionary own = mcr.getCOSObject().getCOSDictionary(COSName.PG);
        out.append(marked(own != null ? own : page, mcr.getMCID()));
      } else if (kid instanceof PDStructureElement child) {
        String actual = child.getActualText();
        if (actual != null) {
          out.append(actual);
        } else {
          COSDictionary own = child.getCOSObject().getCOSDictionary(COSName.PG);
          append(child, own != null ? own : page, out);
        }
      }
    }
  }

  private CharSequence marked(COSDictionary page, int mcid) throws IOException {
    if (page == null || !pages.containsKey(page)) {
      return "";
    }
    Map<Integer, StringBuilder> texts = pageTexts.get(page);
    if (texts == null) {
      texts = marked.read(pages.get(page));
      pageTexts.put(page, texts);
    }
    StringBuilder text = texts.get(mcid);
    return text == null ? "" : text;
  }

  /** The visible timestamp; the XMP's exact form only when the visible one cannot be read. */
  private static Timestamp timestamp(String visible, PdfXmp xmp) {
    if (visible != null) {
      Matcher m = DISPLAY_TIMESTAMP.matcher(visible);
      if (m.matches()) {
        StringBuilder iso = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
          iso.append('T').append(m.group(2));
          if (m.group(3) != null) {
            iso.append("UTC".equals(m.group(3)) ? "Z" : m.group(3));
          }
          if (m.group(4) != null) {
            iso.append('[').append(m.group(4)).append(']');
          }
        }
        try {
          return Timestamp.parse(iso.toString());
        } catch (IllegalArgumentException e) {
          // edited into something that is no timestamp: fall through
        }
      }
      DateFinder.Found found = PdfDateLine.find(visible);
      if (found != null) {
        return found.timestamp();
      }
    }
    return xmp.timestamp();
  }
}
