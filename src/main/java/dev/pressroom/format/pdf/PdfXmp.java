package dev.pressroom.format.pdf;

import dev.pressroom.internal.Text;
import dev.pressroom.model.Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.AbstractField;
import org.apache.xmpbox.type.TextType;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * What a Pressroom PDF's XMP says that its pages do not show: {@code dc:language} and the exact
 * {@code pressroom:timestamp}. Unreadable XMP counts as absent.
 *
 * @param language the release language, or {@code null}
 * @param timestamp the exact timestamp, or {@code null}
 */
record PdfXmp(String language, Timestamp timestamp) {
  static final String NAMESPACE = "https://pressroom.dev/ns/pdf/1.0/";
  private static final PdfXmp NONE = new PdfXmp(null, null);

  static PdfXmp read(PDDocument document) {
    PDMetadata metadata = document.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return NONE;
    }
    try (InputStream in = metadata.exportXMPMetadata()) {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(in);
      return new PdfXmp(language(xmp), timestamp(xmp));
    } catch (IOException | XmpParsingException | RuntimeException e) {
      return NONE;
    }
  }

  private static String language(XMPMetadata xmp) {
    DublinCoreSchema dc = xmp.getDublinCoreSchema();
    List<String> languages = dc == null ? null : dc.getLanguages();
    if (languages == null || languages.isEmpty() || !Text.isLanguageTag(languages.get(0))) {
      return null;
    }
    return languages.get(0);
  }

  private static Timestamp timestamp(XMPMetadata xmp) {
    XMPSchema schema = xmp.getSchema(NAMESPACE);
    if (schema == null) {
      return null;
    }
    AbstractField field = schema.getProperty("timestamp");
    if (!(field instanceof TextType text)) {
      return null;
    }
    try {
      return Timestamp.parse(text.getStringValue());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
