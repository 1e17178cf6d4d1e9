package dev.pressroom.format.pdf;

import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.nio.charset.StandardCharsets;

/**
 * The document metadata: the XMP packet (written by hand so that its bytes are fixed) and the
 * matching Info values. See the package documentation for the keys.
 */
final class Metadata {
  static final String PRODUCER = "Pressroom";
  static final String NAMESPACE = "https://pressroom.dev/ns/pdf/1.0/";
  static final String ACTION_NAMESPACE = "https://pressroom.dev/ns/pdf/1.0/action/";

  private Metadata() {}

  /** The timestamp as shown on the page, e.g. {@code 2023-10-28 13:25 +08:00 (Asia/Shanghai)}. */
  static String display(Timestamp t) {
    if (t.time() == null) {
      return t.toString();
    }
    StringBuilder out = new StringBuilder(t.date().toString());
    String iso = t.toString();
    if (t.time() != null) {
      int tee = iso.indexOf('T');
      int timeEnd = tee + (t.precision() == Timestamp.Precision.SECOND ? 9 : 6);
      out.append(' ').append(iso, tee + 1, timeEnd);
    }
    if (t.offset() != null) {
      out.append(' ').append(t.offset().getTotalSeconds() == 0 ? "UTC" : t.offset().getId());
    }
    if (t.zone() != null) {
      out.append(" (").append(t.zone().getId()).append(')');
    }
    return out.toString();
  }

  /** The timestamp as an XMP date (ISO without the zone name). */
  static String xmpDate(Timestamp t) {
    String iso = t.toString();
    int zone = iso.indexOf('[');
    return zone < 0 ? iso : iso.substring(0, zone);
  }

  /** The timestamp as a PDF date string {@code D:YYYYMMDDHHmmSSOHH'mm'}. */
  static String pdfDate(Timestamp t) {
    StringBuilder out = new StringBuilder("D:");
    out.append(t.toString(), 0, t.time() == null ? t.toString().length() : 10);
    for (int dash; (dash = out.indexOf("-")) >= 0; ) {
      out.deleteCharAt(dash);
    }
    if (t.time() != null) {
      out.append(
          String.format(
              java.util.Locale.ROOT, "%02d%02d", t.time().getHour(), t.time().getMinute()));
      if (t.precision() == Timestamp.Precision.SECOND) {
        out.append(String.format(java.util.Locale.ROOT, "%02d", t.time().getSecond()));
      }
      if (t.offset() != null) {
        int seconds = t.offset().getTotalSeconds();
        if (seconds == 0) {
          out.append('Z');
        } else {
          int abs = Math.abs(seconds) / 60;
          out.append(seconds < 0 ? '-' : '+')
              .append(String.format(java.util.Locale.ROOT, "%02d'%02d'", abs / 60, abs % 60));
        }
      }
    }
    return out.toString();
  }

  /** The XMP packet. */
  static byte[] xmp(PressRelease release, boolean pdfA) {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">")
        .append(escape(release.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (release.language() != null) {
      x.append("<dc:language><rdf:Bag><rdf:li>")
          .append(escape(release.language()))
          .append("</rdf:li></rdf:Bag></dc:language>\n");
    }
    x.append("</rdf:Description>\n");
    x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Producer>" + PRODUCER + "</pdf:Producer>\n</rdf:Description>\n");
    Timestamp t = release.timestamp();
    if (t != null) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
          .append("<xmp:CreateDate>")
          .append(xmpDate(t))
          .append("</xmp:CreateDate>\n<xmp:ModifyDate>")
          .append(xmpDate(t))
          .append("</xmp:ModifyDate>\n</rdf:Description>\n");
    }
    if (t != null || !release.breadcrumb().isEmpty() || !release.footerActions().isEmpty()) {
      x.append("<rdf:Description rdf:about=\"\" xmlns:pressroom=\"" + NAMESPACE + "\"");
      if (!release.footerActions().isEmpty()) {
        x.append(" xmlns:pressroomAction=\"" + ACTION_NAMESPACE + "\"");
      }
      x.append(">\n");
      if (t != null) {
        x.append("<pressroom:timestamp>")
            .append(escape(t.toString()))
            .append("</pressroom:timestamp>\n");
      }
      if (!release.breadcrumb().isEmpty()) {
        x.append("<pressroom:breadcrumb><rdf:Seq>");
        for (String segment : release.breadcrumb()) {
          x.append("<rdf:li>").append(escape(segment)).append("</rdf:li>");
        }
        x.append("</rdf:Seq></pressroom:breadcrumb>\n");
      }
      if (!release.footerActions().isEmpty()) {
        x.append("<pressroom:actions><rdf:Seq>\n");
        for (FooterAction action : release.footerActions()) {
          x.append("<rdf:li rdf:parseType=\"Resource\"><pressroomAction:label>")
              .append(escape(action.label()))
              .append("</pressroomAction:label>");
          if (action.target() != null) {
            x.append("<pressroomAction:target>")
                .append(escape(action.target().toString()))
                .append("</pressroomAction:target>");
          }
          x.append("</rdf:li>\n");
        }
        x.append("</rdf:Seq></pressroom:actions>\n");
      }
      x.append("</rdf:Description>\n");
    }
    if (pdfA) {
      x.append(
              "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
          .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
          .append("</rdf:Description>\n");
    }
    x.append(
            "<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n</rdf:Description>\n");
    x.append(EXTENSION_SCHEMAS);
    x.append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** PDF/A needs schemas outside its predefined set described in the packet itself. */
  private static final String EXTENSION_SCHEMAS =
      "<rdf:Description rdf:about=\"\""
          + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
          + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
          + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\""
          + " xmlns:pdfaType=\"http://www.aiim.org/pdfa/ns/type#\""
          + " xmlns:pdfaField=\"http://www.aiim.org/pdfa/ns/field#\">\n"
          + "<pdfaExtension:schemas><rdf:Bag>\n"
          + schema(
              "PDF/UA Universal Accessibility Schema",
              "http://www.aiim.org/pdfua/ns/id/",
              "pdfuaid",
              "part",
              "Integer",
              "internal",
              "Indicates, which part of ISO 14289 standard is followed")
          + "<rdf:li rdf:parseType=\"Resource\">\n"
          + "<pdfaSchema:schema>Pressroom release schema</pdfaSchema:schema>\n"
          + "<pdfaSchema:namespaceURI>"
          + NAMESPACE
          + "</pdfaSchema:namespaceURI>\n"
          + "<pdfaSchema:prefix>pressroom</pdfaSchema:prefix>\n"
          + "<pdfaSchema:property><rdf:Seq>\n"
          + property(
              "timestamp", "Text", "When the release was published, ISO-8601 at its own precision")
          + property("breadcrumb", "Seq Text", "The navigation trail of the release, in order")
          + property("actions", "Seq FooterAction", "The footer actions of the release, in order")
          + "</rdf:Seq></pdfaSchema:property>\n"
          + "<pdfaSchema:valueType><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
          + "<pdfaType:type>FooterAction</pdfaType:type>\n"
          + "<pdfaType:namespaceURI>"
          + ACTION_NAMESPACE
          + "</pdfaType:namespaceURI>\n"
          + "<pdfaType:prefix>pressroomAction</pdfaType:prefix>\n"
          + "<pdfaType:description>A footer action: its label and, optionally, its target"
          + "</pdfaType:description>\n"
          + "<pdfaType:field><rdf:Seq>\n"
          + field("label", "The label of the action")
          + field("target", "The target URI of the action, absent without one")
          + "</rdf:Seq></pdfaType:field>\n"
          + "</rdf:li></rdf:Seq></pdfaSchema:valueType>\n"
          + "</rdf:li>\n"
          + "</rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";

  private static String schema(
      String name,
      String uri,
      String prefix,
      String property,
      String type,
      String category,
      String description) {
    return "<rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaSchema:schema>"
        + name
        + "</pdfaSchema:schema>\n"
        + "<pdfaSchema:namespaceURI>"
        + uri
        + "</pdfaSchema:namespaceURI>\n"
        + "<pdfaSchema:prefix>"
        + prefix
        + "</pdfaSchema:prefix>\n"
        + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        + "<pdfaProperty:name>"
        + property
        + "</pdfaProperty:name>\n"
        + "<pdfaProperty:valueType>"
        + type
        + "</pdfaProperty:valueType>\n"
        + "<pdfaProperty:category>"
        + category
        + "</pdfaProperty:category>\n"
        + "<pdfaProperty:description>"
        + description
        + "</pdfaProperty:description>\n"
        + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
        + "</rdf:li>\n";
  }

  private static String property(String name, String type, String description) {
    return "<rdf:li rdf:parseType=\"Resource\">\n<pdfaProperty:name>"
        + name
        + "</pdfaProperty:name>\n<pdfaProperty:valueType>"
        + type
        + "</pdfaProperty:valueType>\n<pdfaProperty:category>external</pdfaProperty:category>\n"
        + "<pdfaProperty:description>"
        + description
        + "</pdfaProperty:description>\n</rdf:li>\n";
  }

  private static String field(String name, String description) {
    return "<rdf:li rdf:parseType=\"Resource\">\n<pdfaField:name>"
        + name
        + "</pdfaField:name>\n<pdfaField:valueType>Text</pdfaField:valueType>\n"
        + "<pdfaField:description>"
        + description
        + "</pdfaField:description>\n</rdf:li>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
