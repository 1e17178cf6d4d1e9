package dev.pressroom.format.pdf;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.internal.DateFinder;
import dev.pressroom.internal.Inputs;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads PDFs with Apache PDFBox: Pressroom's own tagged PDFs exactly, through their structure tree
 * ({@link TaggedPdfReader}), and PDFs made by other tools by their layout ({@link
 * LayoutPdfReader}).
 *
 * <pre>{@code
 * PressRelease release = new PdfParser().parse(in, ParseContext.of("release.pdf"));
 * }</pre>
 *
 * <p>Bad input fails with its own message: a file that is not a PDF or is cut short, a PDF that
 * needs a password ({@link EncryptedInputException}; one encrypted with an empty user password
 * opens in every viewer and is read like any other, its permission flags aside), one with no text
 * layer such as a scan ({@link UnsupportedInputException}; there is no OCR), one whose fonts give
 * no Unicode for their glyphs (its text would be garbage), and one with more pages than {@link
 * dev.pressroom.Limits#maxPages()}. The PDF is held in memory only, and what its streams unpack to
 * is capped by {@link dev.pressroom.Limits#maxUnpackedBytes()} (a decompression bomb is a {@link
 * LimitExceededException}). No exception of PDFBox escapes.
 */
public final class PdfParser implements ReleaseParser {
  /** Share of visible glyphs without a Unicode value above which the text is refused. */
  private static final double MAX_UNMAPPED = 0.02;

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public List<String> extensions() {
    return List.of("pdf");
  }

  /**
   * 100 when the content starts with {@code %PDF-}; 80 when a line within the first 1024 bytes
   * does, after some leading junk (which readers tolerate); else 0.
   */
  @Override
  public int sniff(byte[] head) {
    int at = headerOffset(head);
    if (at == 0) {
      return 100;
    }
    return at > 0 && (head[at - 1] == '\n' || head[at - 1] == '\r') ? 80 : 0;
  }

  @Override
  public PressRelease parse(InputStream in, ParseContext context) throws ParseException {
    byte[] bytes = Inputs.readAll(in, context);
    if (bytes.length == 0) {
      throw new UnsupportedInputException(null, "empty input, not a PDF");
    }
    if (headerOffset(bytes) < 0) {
      throw new UnsupportedInputException(null, "not a PDF: no %PDF- header at the start");
    }
    if (!hasEndMarker(bytes)) {
      throw new ParseException(
          null, "truncated PDF: no %%EOF marker at the end (the file was cut short)");
    }
    try (PDDocument document = load(bytes, context)) {
      int pages = document.getNumberOfPages();
      if (pages > context.limits().maxPages()) {
        throw new LimitExceededException(
            null,
            "PDF has "
                + pages
                + " pages, more than the limit of "
                + context.limits().maxPages()
                + " (raise Limits.maxPages to read it)");
      }
      if (pages == 0) {
        throw new ParseException(null, "PDF has no pages");
      }
      checkUnpackedSize(document, context);
      PressRelease release =
          TaggedPdfReader.isPressroomPdf(document) ? TaggedPdfReader.read(document) : null;
      return withinLimits(release != null ? release : readLayout(document), context);
    } catch (InvalidPasswordException e) {
      throw new EncryptedInputException(
          null, "encrypted PDF: it needs a password to open, which Pressroom does not take", e);
    } catch (IOException e) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("decrypt") || message.contains("keystore")) {
        throw new EncryptedInputException(
            null, "encrypted PDF: it cannot be decrypted (" + Inputs.describe(e) + ")", e);
      }
      if (message.contains("maximum allowed")) {
        throw new LimitExceededException(
            null,
            "PDF streams unpack to more than "
                + context.limits().maxUnpackedBytes()
                + " bytes (raise Limits.maxUnpackedBytes to read it)",
            e);
      }
      throw new ParseException(null, "damaged PDF: " + Inputs.describe(e), e);
    } catch (RuntimeException | StackOverflowError e) {
      throw new ParseException(null, "damaged PDF: " + Inputs.describe(e), e);
    }
  }

  /**
   * Fails fast on a decompression bomb: the pages' content streams, decoded, may hold at most
   * {@link dev.pressroom.Limits#maxUnpackedBytes()} bytes in all (they are counted, not kept).
   */
  private static void checkUnpackedSize(PDDocument document, ParseContext context)
      throws IOException, LimitExceededException {
    long max = context.limits().maxUnpackedBytes();
    long total = 0;
    byte[] buffer = new byte[8192];
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      Iterator<PDStream> streams = page.getContentStreams();
      while (streams.hasNext()) {
        try (InputStream in = streams.next().createInputStream()) {
          for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > max) {
              throw new LimitExceededException(
                  "page " + number,
                  "page contents unpack to more than "
                      + max
                      + " bytes (raise Limits.maxUnpackedBytes to read it)");
            }
          }
        }
      }
    }
  }

  private static PressRelease withinLimits(PressRelease release, ParseContext context)
      throws LimitExceededException {
    int max = context.limits().maxParagraphs();
    if (release.paragraphs().size() > max) {
      throw new LimitExceededException(
          null,
          release.paragraphs().size()
              + " paragraphs exceed the limit of "
              + max
              + " (raise Limits.maxParagraphs)");
    }
    for (int i = 0; i < release.paragraphs().size(); i++) {
      int length = release.paragraphs().get(i).length();
      if (length > context.limits().maxParagraphChars()) {
        throw new LimitExceededException(
            "paragraph " + (i + 1),
            length
                + " characters exceed the limit of "
                + context.limits().maxParagraphChars()
                + " (raise Limits.maxParagraphChars)");
      }
    }
    return release;
  }

  private static PDDocument load(byte[] bytes, ParseContext context) throws IOException {
    return Loader.loadPDF(
        new RandomAccessReadBuffer(bytes),
        "",
        null,
        null,
        MemoryUsageSetting.setupMainMemoryOnly(context.limits().maxUnpackedBytes()).streamCache);
  }

  private static PressRelease readLayout(PDDocument document) throws IOException, ParseException {
    PdfLineStripper stripper = new PdfLineStripper();
    List<PdfTextLine> lines = stripper.read(document);
    if (lines.stream().allMatch(line -> line.text().isBlank())) {
      throw new UnsupportedInputException(
          null,
          "no text layer (scanned?): none of the "
              + document.getNumberOfPages()
              + " pages has text, and Pressroom does not do OCR");
    }
    if (stripper.unmapped() > MAX_UNMAPPED * stripper.glyphs()) {
      throw new UnsupportedInputException(
          "page " + stripper.firstUnmappedPage(),
          "the fonts give no Unicode text for "
              + stripper.unmapped()
              + " of "
              + stripper.glyphs()
              + " glyphs (no ToUnicode map), so the text cannot be read without OCR");
    }
    PDDocumentInformation info = document.getDocumentInformation();
    String producer = (info.getProducer() + " " + info.getCreator()).toLowerCase(Locale.ROOT);
    LayoutPdfReader.Hints hints =
        new LayoutPdfReader.Hints(
            document.getDocumentCatalog().getLanguage(),
            creationDay(info.getCustomMetadataValue("CreationDate")),
            producer.contains("tex") || producer.contains("indesign"));
    return LayoutPdfReader.read(lines, hints);
  }

  /** The day (or month) of the Info {@code CreationDate}, read by the one date grammar. */
  private static Timestamp creationDay(String created) {
    Timestamp at = DateFinder.value(created);
    return at == null || at.time() == null ? at : Timestamp.ofDate(at.date());
  }

  /** Where {@code %PDF-} starts within the first 1024 bytes, as readers allow; -1 if not. */
  private static int headerOffset(byte[] bytes) {
    byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    int end = Math.min(bytes.length, 1024) - magic.length;
    for (int i = 0; i <= end; i++) {
      if (matches(bytes, i, magic)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code %%EOF} appears in the last 1024 bytes, where a complete file has it. */
  private static boolean hasEndMarker(byte[] bytes) {
    byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - 1024); i--) {
      if (matches(bytes, i, marker)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(byte[] bytes, int at, byte[] what) {
    for (int j = 0; j < what.length; j++) {
      if (bytes[at + j] != what[j]) {
        return false;
      }
    }
    return true;
  }
}
