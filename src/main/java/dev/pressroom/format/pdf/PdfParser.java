package dev.pressroom.format.pdf;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.internal.Inputs;
import dev.pressroom.internal.TextRepair;
import dev.pressroom.model.PressRelease;
import dev.pressroom.reading.Assembler;
import dev.pressroom.reading.ForeignDocument;
import dev.pressroom.spi.ParseContext;
import dev.pressroom.spi.ReleaseParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * ({@link TaggedPdfReader}), and PDFs made by other tools by their layout: their lines and metadata
 * in the neutral form ({@link PdfForeignDocument}), made a release by the shared reading pipeline
 * ({@link Assembler}), where title, timestamp, banners, bylines, contact blocks and the language
 * are decided as for every foreign format.
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
 * dev.pressroom.Limits#maxPages()}. A PDF encrypted for certificate holders ({@code /Adobe.PubSec})
 * is an {@link EncryptedInputException} too: it needs a certificate's private key, which Pressroom
 * does not take (and PDFBox would need BouncyCastle, which Pressroom does not bring). The PDF is
 * held in memory only, and what its streams unpack to is capped by {@link
 * dev.pressroom.Limits#maxUnpackedBytes()} (a decompression bomb is a {@link
 * LimitExceededException}). No exception of PDFBox escapes.
 */
public final class PdfParser implements ReleaseParser {
  private static final byte[] PUBSEC = "/Adobe.PubSec".getBytes(StandardCharsets.US_ASCII);
  private static final Pattern OFFSET = Pattern.compile("offset:? (\\d+)");

  /** Share of visible glyphs without a Unicode value above which the text is refused. */
  private static final double MAX_UNMAPPED = 0.02;

  /** A parser; {@link java.util.ServiceLoader} finds the format through this constructor. */
  public PdfParser() {}

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
    PdfLogging.quietUnlessConfigured();
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
      return withinLimits(
          release != null
              ? release
              : Assembler.assemble(foreignDocument(document, context), context),
          context);
    } catch (InvalidPasswordException e) {
      throw new EncryptedInputException(
          null, "encrypted PDF: it needs a password to open, which Pressroom does not take", e);
    } catch (IOException e) {
      if (needsCertificate(bytes)) {
        throw certificate(e);
      }
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("decrypt") || message.contains("keystore")) {
        throw new EncryptedInputException(
            null,
            "encrypted PDF: it cannot be decrypted (its encryption is damaged or unknown)",
            e);
      }
      if (message.contains("maximum allowed")) {
        throw new LimitExceededException(
            null,
            "PDF streams unpack to more than "
                + context.limits().maxUnpackedBytes()
                + " bytes (raise Limits.maxUnpackedBytes to read it)",
            e);
      }
      throw damaged(e);
    } catch (RuntimeException | StackOverflowError e) {
      throw damaged(e);
    } catch (LinkageError e) {
      // PDFBox reads certificate encryption with BouncyCastle, which Pressroom does not bring.
      throw needsCertificate(bytes) ? certificate(e) : Inputs.missingLibrary("PDF", e);
    }
  }

  /**
   * Whether the PDF is encrypted for the holders of certificates (public-key security, {@code
   * /Filter /Adobe.PubSec}) rather than with a password. The encryption dictionary is never inside
   * a compressed object stream, so its filter name is in the file's bytes as written.
   */
  private static boolean needsCertificate(byte[] bytes) {
    return indexOf(bytes, PUBSEC, 0) >= 0;
  }

  private static EncryptedInputException certificate(Throwable cause) {
    return new EncryptedInputException(
        null,
        "encrypted PDF: it is encrypted for certificate holders (Adobe.PubSec) and needs a"
            + " certificate and its private key to open, which Pressroom does not take",
        cause);
  }

  /**
   * A PDF that PDFBox cannot parse, in words of our own: PDFBox's messages name its classes and
   * parser states. The byte offset it reports, if any, is kept.
   */
  private static ParseException damaged(Throwable e) {
    Matcher offset =
        e instanceof IOException
            ? OFFSET.matcher(String.valueOf(e.getMessage()))
            : OFFSET.matcher("");
    return new ParseException(
        offset.find() ? "byte " + offset.group(1) : null,
        "damaged PDF: its objects cannot be read as the PDF format defines them",
        e);
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
    List<String> paragraphs = release.paragraphs();
    if (paragraphs.size() > max) {
      throw new LimitExceededException(
          null,
          paragraphs.size()
              + " paragraphs exceed the limit of "
              + max
              + " (raise Limits.maxParagraphs)");
    }
    for (int i = 0; i < paragraphs.size(); i++) {
      int length = paragraphs.get(i).length();
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

  /**
   * The neutral form of a PDF read by its layout, for the shared reading pipeline ({@link
   * PdfForeignDocument}).
   *
   * @throws ParseException when the document has no text layer or its fonts give no text
   */
  static ForeignDocument foreignDocument(PDDocument document, ParseContext context)
      throws IOException, ParseException {
    List<PdfTextLine> lines = textLines(document, context);
    PDDocumentInformation info = document.getDocumentInformation();
    String producer = info.getProducer() != null ? info.getProducer() : info.getCreator();
    return PdfForeignDocument.of(
        lines,
        new PdfForeignDocument.Info(
            info.getTitle(),
            info.getCustomMetadataValue("CreationDate"),
            info.getCustomMetadataValue("ModDate"),
            document.getDocumentCatalog().getLanguage(),
            producer,
            autoHyphenates(info)),
        taggedBlocks(document));
  }

  /** The blocks a tagged PDF's structure gives, or {@code null} to read the layout instead. */
  private static List<dev.pressroom.reading.Block> taggedBlocks(PDDocument document) {
    try {
      return PdfTaggedForeign.blocks(document);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return null; // a structure tree that cannot be followed: the layout still can be read
    }
  }

  private static boolean autoHyphenates(PDDocumentInformation info) {
    String producer = (info.getProducer() + " " + info.getCreator()).toLowerCase(Locale.ROOT);
    return producer.contains("tex") || producer.contains("indesign");
  }

  private static List<PdfTextLine> textLines(PDDocument document, ParseContext context)
      throws IOException, ParseException {
    PdfLineStripper stripper = new PdfLineStripper();
    List<PdfTextLine> lines = repaired(stripper.read(document), context);
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
    return lines;
  }

  /**
   * The lines with damaged text repaired ({@link TextRepair#repairDamage}: mojibake, C1 controls,
   * noncharacters), each kind of repair warned once, at the page where it was first made.
   */
  private static List<PdfTextLine> repaired(List<PdfTextLine> lines, ParseContext context) {
    Map<TextRepair.Repair, Integer> firstPage = new EnumMap<>(TextRepair.Repair.class);
    List<PdfTextLine> out = new ArrayList<>(lines.size());
    for (PdfTextLine line : lines) {
      TextRepair.Repaired r = TextRepair.repairDamage(line.text());
      for (TextRepair.Repair repair : r.repairs()) {
        firstPage.putIfAbsent(repair, line.page());
      }
      out.add(
          r.text() == line.text()
              ? line
              : new PdfTextLine(
                  line.page(),
                  r.text().replace('\n', ' '),
                  line.left(),
                  line.right(),
                  line.baseline(),
                  line.fontSize(),
                  line.bold(),
                  line.pageHeight()));
    }
    firstPage.forEach(
        (repair, page) ->
            context
                .warnings()
                .accept(new ParseWarning(context.sourceName(), "page " + page, repair.message())));
    return out;
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

  private static int indexOf(byte[] bytes, byte[] what, int from) {
    for (int i = from; i + what.length <= bytes.length; i++) {
      if (bytes[i] == what[0] && matches(bytes, i, what)) {
        return i;
      }
    }
    return -1;
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
