package dev.pressroom.format.docx;

import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.XmlBytes;
import java.io.StringReader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX reading of package parts with a hardened factory (no DTDs, no external entities, so no
 * entity expansion), a nesting-depth limit, and errors that name the part, line and column.
 */
final class Xml {
  private Xml() {}

  private static final XMLInputFactory FACTORY = hardenedFactory();

  private static XMLInputFactory hardenedFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory;
  }

  /** What reads one part. */
  @FunctionalInterface
  interface Body<T> {
    T read(Reader reader) throws XMLStreamException, ParseException;
  }

  /** Reads {@code part} (named {@code name} in messages) with {@code body}. */
  static <T> T read(String name, byte[] part, int maxDepth, Body<T> body) throws ParseException {
    XMLStreamReader stream = null;
    try {
      // decoded here: the JDK parser would print bad bytes on stderr (see XmlBytes)
      stream = FACTORY.createXMLStreamReader(new StringReader(XmlBytes.decode(part)));
      return body.read(new Reader(stream, name, maxDepth));
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String where =
          at == null
              ? name
              : name + ", " + ParseException.position(at.getLineNumber(), at.getColumnNumber());
      throw new ParseException(where, "malformed XML: " + clean(e.getMessage()), e);
    } catch (XmlBytes.MalformedException e) {
      throw new ParseException(name, "malformed XML: " + e.getMessage(), e);
    } catch (RuntimeException e) { // the JDK parser's own failures on hostile input
      throw new ParseException(name, "cannot read XML: " + Inputs.describe(e), e);
    } finally {
      if (stream != null) {
        try {
          stream.close();
        } catch (XMLStreamException ignored) {
          // nothing left to release
        }
      }
    }
  }

  private static String clean(String message) {
    if (message == null) {
      return "unknown error";
    }
    int at = message.lastIndexOf("Message: ");
    return Inputs.describe(new Exception(at < 0 ? message : message.substring(at + 9)));
  }

  /** A StAX reader that counts depth and knows the WordprocessingML namespaces. */
  static final class Reader {
    final XMLStreamReader in;
    private final String part;
    private final int maxDepth;
    private int depth;

    Reader(XMLStreamReader in, String part, int maxDepth) {
      this.in = in;
      this.part = part;
      this.maxDepth = maxDepth;
    }

    /** The next start or end tag (text is read by {@link #text}); END_DOCUMENT at the end. */
    int next() throws XMLStreamException, ParseException {
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (++depth > maxDepth) {
            throw new LimitExceededException(
                part,
                "XML nested deeper than the limit of "
                    + maxDepth
                    + " (raise Limits.maxDepth to read it)");
          }
          return event;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
          return event;
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    }

    int depth() {
      return depth;
    }

    String local() {
      return in.getLocalName();
    }

    /** Whether the current element is WordprocessingML (transitional or strict). */
    boolean isW() {
      String ns = in.getNamespaceURI();
      return ns != null
          && (ns.equals("http://schemas.openxmlformats.org/wordprocessingml/2006/main")
              || ns.equals("http://purl.oclc.org/ooxml/wordprocessingml/main"));
    }

    /** An attribute by local name, whatever its namespace. */
    String attr(String localName) {
      for (int i = 0, n = in.getAttributeCount(); i < n; i++) {
        if (in.getAttributeLocalName(i).equals(localName)) {
          return in.getAttributeValue(i);
        }
      }
      return null;
    }

    /** The text of an element with text only; leaves the reader on its end tag. */
    String text() throws XMLStreamException {
      String text = in.getElementText();
      depth--;
      return text;
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException, ParseException {
      int target = depth - 1;
      while (depth > target) {
        if (next() == XMLStreamConstants.END_DOCUMENT) {
          return;
        }
      }
    }

    /** Whether a {@code w:b}-like toggle at the current element is on. */
    boolean toggle() {
      String val = attr("val");
      return val == null || !(val.equals("0") || val.equals("false") || val.equals("off"));
    }
  }
}
