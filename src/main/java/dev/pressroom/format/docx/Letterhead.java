package dev.pressroom.format.docx;

import dev.pressroom.internal.HouseStyle;
import dev.pressroom.print.Logo;
import dev.pressroom.print.PrintStyle;

/**
 * The letterhead in the first page's header ({@code word/header1.xml}, a {@code first} header of a
 * section with {@code w:titlePg}): the logo as an inline picture whose description is the
 * organization's name, then the name, in the {@code Release Letterhead} style (bold, accent colour,
 * an accent rule under it). The logo's bytes are stored once per renderer as {@code
 * word/media/logo.png} or {@code .jpeg}.
 */
final class Letterhead {
  private static final int EMU_PER_POINT = 12700;

  final Zip.Packed header;
  final Zip.Packed rels;
  final Zip.Packed media;
  final String extension; // png or jpeg, or null without a logo

  private Letterhead(Zip.Packed header, Zip.Packed rels, Zip.Packed media, String extension) {
    this.header = header;
    this.rels = rels;
    this.media = media;
    this.extension = extension;
  }

  /** The letterhead of {@code style}, or {@code null} when it has none. */
  static Letterhead of(PrintStyle style) {
    if (!style.hasLetterhead()) {
      return null;
    }
    Logo logo = style.logo();
    String extension = logo == null ? null : logo.kind() == Logo.Kind.PNG ? "png" : "jpeg";
    String name = style.organization();
    StringBuilder out = new StringBuilder(2048);
    out.append(Parts.XML_DECLARATION)
        .append("<w:hdr xmlns:w=\"")
        .append(Parts.W)
        .append("\" xmlns:r=\"")
        .append(Parts.R)
        .append(
            "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"")
        .append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
        .append(" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">")
        .append("<w:p><w:pPr><w:pStyle w:val=\"")
        .append(Styles.LETTERHEAD)
        .append("\"/></w:pPr>");
    if (logo != null) {
      float[] size = HouseStyle.logoSize(logo.width(), logo.height());
      long cx = Math.round(size[0] * EMU_PER_POINT);
      long cy = Math.round(size[1] * EMU_PER_POINT);
      String alt = name == null ? "Logo" : name;
      out.append("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">")
          .append("<wp:extent cx=\"")
          .append(cx)
          .append("\" cy=\"")
          .append(cy)
          .append("\"/><wp:docPr id=\"1\" name=\"Logo\" descr=\"");
      WordXml.attr(out, alt)
          .append("\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/>")
          .append("</wp:cNvGraphicFramePr><a:graphic><a:graphicData uri=\"")
          .append("http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>")
          .append("<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"logo.")
          .append(extension)
          .append("\" descr=\"");
      WordXml.attr(out, alt)
          .append("\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdLogo\"/>")
          .append("<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm>")
          .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"")
          .append(cx)
          .append("\" cy=\"")
          .append(cy)
          .append("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>")
          .append("</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
    }
    if (name != null) {
      out.append("<w:r><w:t xml:space=\"preserve\">");
      WordXml.text(out, logo == null ? name : "  " + name).append("</w:t></w:r>");
    }
    out.append("</w:p></w:hdr>");
    Zip.Packed header = Zip.pack("word/header1.xml", out.toString());
    if (logo == null) {
      return new Letterhead(header, null, null, null);
    }
    String rels =
        Parts.XML_DECLARATION
            + "<Relationships xmlns=\""
            + Parts.PACKAGE_RELS_NS
            + "\"><Relationship Id=\"rIdLogo\" Type=\""
            + Parts.R
            + "/image\" Target=\"media/logo."
            + extension
            + "\"/></Relationships>";
    return new Letterhead(
        header,
        Zip.pack("word/_rels/header1.xml.rels", rels),
        Zip.pack("word/media/logo." + extension, logo.bytes()),
        extension);
  }

  /** The content types the letterhead's parts add. */
  String contentTypes() {
    String types =
        "<Override PartName=\"/word/header1.xml\" ContentType=\""
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>";
    if (extension != null) {
      types += "<Default Extension=\"" + extension + "\" ContentType=\"image/" + extension + "\"/>";
    }
    return types;
  }
}
