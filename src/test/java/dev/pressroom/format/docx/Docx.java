package dev.pressroom.format.docx;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test helpers: render and parse in memory, and build small DOCX files by hand. */
final class Docx {
  private Docx() {}

  static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * A renderer that prints the web furniture (breadcrumb, footer actions), which paper leaves off.
   */
  static final DocxRenderer PRINTED = DocxRenderer.builder().printWebFurniture(true).build();

  static byte[] render(PressRelease release) {
    return render(new DocxRenderer(), release);
  }

  static byte[] render(DocxRenderer renderer, PressRelease release) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(release, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static PressRelease parse(byte[] docx) throws ParseException {
    return new DocxParser().parse(new ByteArrayInputStream(docx), ParseContext.of("test.docx"));
  }

  /** The bytes of one part of a zip. */
  static byte[] bytes(byte[] zip, String name) {
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no part " + name);
  }

  /** The text of one part of a zip. */
  static String part(byte[] zip, String name) {
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no part " + name);
  }

  /**
   * A hand-made package as other tools write them: a {@code document.xml} body (the inside of
   * {@code <w:body>}), and optional styles, core properties and document relationships.
   */
  static final class Builder {
    private String body = "";
    private String styles;
    private String core;
    private String documentRels;
    private final Map<String, String> extra = new LinkedHashMap<>();

    Builder body(String xml) {
      body = xml;
      return this;
    }

    /** {@code <w:style>} elements; {@code defaults} is the inside of the docDefaults rPr. */
    Builder styles(String defaults, String styleElements) {
      styles =
          "<w:styles xmlns:w=\""
              + W_NS
              + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
              + defaults
              + "</w:rPr></w:rPrDefault></w:docDefaults>"
              + styleElements
              + "</w:styles>";
      return this;
    }

    /** The inside of {@code cp:coreProperties}. */
    Builder core(String inner) {
      core =
          "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
              + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms="
              + "\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance"
              + "\">"
              + inner
              + "</cp:coreProperties>";
      return this;
    }

    /** Extra {@code <Relationship>} elements of the document part. */
    Builder documentRels(String relationships) {
      documentRels = relationships;
      return this;
    }

    /** Any other part, such as a header or footnotes. */
    Builder part(String name, String xml) {
      extra.put(name, xml);
      return this;
    }

    byte[] build() {
      Map<String, String> parts = new LinkedHashMap<>();
      parts.put(
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
              + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
              + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
      parts.put(
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
              + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + (core == null
                  ? ""
                  : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/"
                      + "2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
              + "</Relationships>");
      parts.put(
          "word/document.xml",
          "<w:document xmlns:w=\""
              + W_NS
              + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
              + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
              + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
              + " xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:body>"
              + body
              + "</w:body></w:document>");
      parts.put(
          "word/_rels/document.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + (styles == null
                  ? ""
                  : "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/"
                      + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
              + (documentRels == null ? "" : documentRels)
              + "</Relationships>");
      if (styles != null) {
        parts.put("word/styles.xml", styles);
      }
      if (core != null) {
        parts.put("docProps/core.xml", core);
      }
      parts.putAll(extra);
      return zip(parts);
    }
  }

  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A paragraph of plain runs, with an optional paragraph style id. */
  static String p(String style, String... runs) {
    StringBuilder out = new StringBuilder("<w:p>");
    if (style != null) {
      out.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    }
    for (String run : runs) {
      out.append("<w:r><w:t xml:space=\"preserve\">").append(run).append("</w:t></w:r>");
    }
    return out.append("</w:p>").toString();
  }
}
