package dev.pressroom.format.pdf;

import dev.pressroom.ParseException;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ParseContext;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Reads Pressroom's own tagged PDFs through their structure tree. */
final class TaggedPdfReader {
  private TaggedPdfReader() {}

  static boolean isPressroomPdf(PDDocument document) {
    return false;
  }

  static PressRelease read(PDDocument document, ParseContext context) throws ParseException {
    throw new ParseException(null, "not yet");
  }
}
