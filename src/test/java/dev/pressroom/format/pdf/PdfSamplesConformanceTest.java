package dev.pressroom.format.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every PDF in {@code samples/}, with a letterhead or without, is PDF/A-2a and PDF/UA-1. */
class PdfSamplesConformanceTest {
  static Stream<Path> samples() throws IOException {
    List<Path> pdfs;
    try (Stream<Path> files = Files.walk(Path.of("samples"))) {
      pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
    assertTrue(pdfs.size() >= 4, "the seed, the seed on a letterhead and the rich samples");
    return pdfs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void isPdfA2aAndPdfUa1(Path pdf) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf);
    assertEquals(List.of(), VeraPdf.failures(bytes, PDFAFlavour.PDFA_2_A), pdf.toString());
    assertEquals(List.of(), VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1), pdf.toString());
  }
}
