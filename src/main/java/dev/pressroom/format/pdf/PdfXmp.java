package dev.pressroom.format.pdf;

import dev.pressroom.internal.Text;
import dev.pressroom.internal.XmlBytes;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What a Pressroom PDF's XMP says that its pages do not show: {@code dc:language}, the exact {@code
 * pressroom:timestamp}, and the web furniture that paper leaves off, {@code pressroom:breadcrumb}
 * and {@code pressroom:actions}. Read with a streaming XML reader (no DTDs, no external entities)
 * rather than xmpbox's DOM parser, which costs more than the rest of reading the PDF; unreadable
 * XMP counts as absent.
 *
 * @param language the release language, or {@code null}
 * @param timestamp the exact timestamp, or {@code null}
 * @param breadcrumb the breadcrumb's segments as written, or {@code null} when the XMP has none
 * @param actions the footer actions as written, or {@code null} when the XMP has none
 */
record PdfXmp(String language, Timestamp timestamp, List<String> breadcrumb, List<Action> actions) {

  /** A footer action as the XMP holds it: its label and its target, {@code null} without one. */
  record Action(String label, String target) {}

  static final String NAMESPACE = Metadata.NAMESPACE;
  private static final String ACTION = Metadata.ACTION_NAMESPACE;
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final PdfXmp NONE = new PdfXmp(null, null, null, null);
  // A factory per thread: the JDK's may keep a reader it hands out in a field.
  private static final ThreadLocal<XMLInputFactory> FACTORY =
      ThreadLocal.withInitial(PdfXmp::factory);

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return factory;
  }

  static PdfXmp read(PDDocument document) {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return NONE;
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      XMLStreamReader xml =
          FACTORY.get().createXMLStreamReader(new StringReader(XmlBytes.decode(in.readAllBytes())));
      try {
        return read(xml);
      } finally {
        xml.close();
      }
    } catch (IOException | XMLStreamException | XmlBytes.MalformedException | RuntimeException e) {
      return NONE; // unreadable metadata is no metadata: what the page shows is read anyway
    }
  }

  private static PdfXmp read(XMLStreamReader xml) throws XMLStreamException {
    String language = null;
    String timestamp = null;
    List<String> breadcrumb = null;
    List<Action> actions = null;
    boolean inLanguage = false;
    String in = null; // the list property being read: "breadcrumb" or "actions"
    String label = null;
    String target = null;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        String ns = xml.getNamespaceURI();
        if ("actions".equals(in) && RDF.equals(ns) && "li".equals(xml.getLocalName())) {
          if (label != null) {
            actions.add(new Action(label, target));
          }
          label = null;
          target = null;
        } else if (NAMESPACE.equals(ns) && xml.getLocalName().equals(in)) {
          in = null;
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String ns = xml.getNamespaceURI();
      String name = xml.getLocalName();
      if ("breadcrumb".equals(in)) {
        if (RDF.equals(ns) && "li".equals(name)) {
          breadcrumb.add(xml.getElementText());
        }
      } else if ("actions".equals(in)) {
        if (ACTION.equals(ns) && "label".equals(name)) {
          label = xml.getElementText();
        } else if (ACTION.equals(ns) && "target".equals(name)) {
          target = xml.getElementText().strip();
        }
      } else if (RDF.equals(ns) && "Description".equals(name)) {
        String attribute = xml.getAttributeValue(NAMESPACE, "timestamp");
        timestamp = attribute != null ? attribute : timestamp;
      } else if (DC.equals(ns) && "language".equals(name)) {
        inLanguage = true;
      } else if (inLanguage && RDF.equals(ns) && "li".equals(name)) {
        language = language == null ? xml.getElementText().strip() : language;
        inLanguage = false;
      } else if (NAMESPACE.equals(ns) && "timestamp".equals(name)) {
        timestamp = xml.getElementText().strip();
      } else if (NAMESPACE.equals(ns) && "breadcrumb".equals(name)) {
        in = name;
        breadcrumb = new ArrayList<>();
      } else if (NAMESPACE.equals(ns) && "actions".equals(name)) {
        in = name;
        actions = new ArrayList<>();
      }
    }
    return new PdfXmp(
        Text.isLanguageTag(language) ? language : null, parse(timestamp), breadcrumb, actions);
  }

  private static Timestamp parse(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Timestamp.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
