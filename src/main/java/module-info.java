/**
 * Pressroom: press releases read from plain text, Markdown, DOCX, PDF, HTML and JSON into one
 * validated model ({@link dev.pressroom.model.PressRelease}) and written back to each of them.
 *
 * <p>Start at {@link dev.pressroom.Pressroom}. The formats are services: this module provides one
 * {@link dev.pressroom.spi.ReleaseParser} and one {@link dev.pressroom.spi.ReleaseRenderer} per
 * format, and {@code Pressroom} also finds those of other modules and of jars on the class path.
 *
 * <p>{@code dev.pressroom.internal} and the command line ({@code dev.pressroom.cli}) are not
 * exported. The command line needs picocli, which library users do not: it is a static requirement,
 * present when the command line runs and not otherwise.
 */
module dev.pressroom {
  exports dev.pressroom;
  exports dev.pressroom.model;
  exports dev.pressroom.print;
  exports dev.pressroom.spi;
  exports dev.pressroom.format.docx;
  exports dev.pressroom.format.html;
  exports dev.pressroom.format.json;
  exports dev.pressroom.format.md;
  exports dev.pressroom.format.pdf;
  exports dev.pressroom.format.txt;

  requires java.desktop; // the PDF renderer's sRGB output intent (java.awt.color)
  requires java.logging;
  requires java.xml;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires flexmark;
  requires flexmark.util.ast;
  requires flexmark.util.data;
  requires flexmark.util.sequence;
  requires org.apache.commons.logging;
  requires org.apache.fontbox;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires org.jsoup;
  // Language detection: OpenNLP, its model (a jar without a module name), and the SLF4J API that
  // OpenNLP logs through but, as an automatic module, cannot require itself.
  requires org.apache.opennlp.tools;
  requires opennlp.models.langdetect;
  requires org.slf4j;
  requires org.snakeyaml.engine;
  // PDF hyphenation: the Liang hyphenator, and the jar whose TeX patterns it reads (resources
  // only).
  requires nianna.hyphenator;
  requires org.daisy.dotify.hyphenator;
  requires static info.picocli;

  // picocli reads and sets the command classes' annotated fields by reflection.
  opens dev.pressroom.cli to
      info.picocli;

  // Asked whether the application has an SLF4J provider, before OpenNLP first logs.
  uses org.slf4j.spi.SLF4JServiceProvider;
  uses dev.pressroom.spi.ReleaseParser;
  uses dev.pressroom.spi.ReleaseRenderer;

  provides dev.pressroom.spi.ReleaseParser with
      dev.pressroom.format.docx.DocxParser,
      dev.pressroom.format.html.HtmlParser,
      dev.pressroom.format.json.JsonParser,
      dev.pressroom.format.md.MarkdownParser,
      dev.pressroom.format.pdf.PdfParser,
      dev.pressroom.format.txt.TxtParser;
  provides dev.pressroom.spi.ReleaseRenderer with
      dev.pressroom.format.docx.DocxRenderer,
      dev.pressroom.format.html.HtmlRenderer,
      dev.pressroom.format.json.JsonRenderer,
      dev.pressroom.format.md.MarkdownRenderer,
      dev.pressroom.format.pdf.PdfRenderer,
      dev.pressroom.format.txt.TxtRenderer;
}
