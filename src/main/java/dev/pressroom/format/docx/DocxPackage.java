package dev.pressroom.format.docx;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.LimitExceededException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.internal.Inputs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The zip package of a DOCX, opened safely, or a clear {@link ParseException} saying what the bytes
 * are instead: a zip bomb ({@link LimitExceededException}), a truncated or damaged zip, a
 * password-protected DOCX ({@link EncryptedInputException}), an old binary {@code .doc} or any
 * other file ({@link UnsupportedInputException}).
 *
 * <p>Zip bombs are stopped by POI's guard ({@link ZipSecureFile}): while an entry is inflated, its
 * size may not exceed {@code maxCompressionRatio} times its compressed size, nor {@code
 * maxUnpackedBytes}. POI keeps these two settings in static fields for the whole JVM; Pressroom
 * sets them once, when this class loads, from {@link Limits#defaults()} (ratio 100, 256 MiB), and
 * never changes them per call, so concurrent parses cannot race. A {@link Limits} stricter than the
 * defaults is enforced in addition here, per call, on the unpacked sizes; a {@link Limits} looser
 * than the defaults needs {@code ZipSecureFile.setMinInflateRatio}/{@code setMaxEntrySize} raised
 * by the application. XML parts are read with POI's hardened StAX factory: no DTD, no external
 * entities, hence no entity expansion.
 */
final class DocxPackage {
  static {
    Limits defaults = Limits.defaults();
    ZipSecureFile.setMinInflateRatio(1.0 / defaults.maxCompressionRatio());
    ZipSecureFile.setMaxEntrySize(defaults.maxUnpackedBytes());
  }

  /** Entries smaller than this are too small to matter as bombs (as POI's grace size). */
  private static final long GRACE = 1 << 20;

  private final Map<String, byte[]> entries;

  private DocxPackage(Map<String, byte[]> entries) {
    this.entries = entries;
  }

  /** The bytes of a part by zip item name (case-insensitive, as OPC names are), or null. */
  byte[] part(String name) {
    byte[] bytes = entries.get(name);
    return bytes != null ? bytes : entries.get(name.toLowerCase(Locale.ROOT));
  }

  static DocxPackage open(byte[] bytes, Limits limits) throws ParseException {
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      throw ole2(bytes);
    }
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      throw new UnsupportedInputException(null, "not a DOCX file: " + describe(magic, bytes));
    }
    if (bytes[2] == 5 && bytes[3] == 6) {
      throw new ParseException(null, "an empty zip archive, not a DOCX file");
    }
    if (!hasEndOfCentralDirectory(bytes)) {
      throw new ParseException(
          null, "truncated or damaged DOCX: the zip archive has no end (central directory)");
    }
    Map<String, byte[]> entries = new HashMap<>();
    long total = 0;
    try (ZipInputStreamZipEntrySource source =
        new ZipInputStreamZipEntrySource(
            ZipHelper.openZipStream(new ByteArrayInputStream(bytes)))) {
      Enumeration<? extends ZipArchiveEntry> all = source.getEntries();
      while (all.hasMoreElements()) {
        ZipArchiveEntry entry = all.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        byte[] data;
        try (InputStream in = source.getInputStream(entry)) {
          data = in.readAllBytes();
        }
        total += data.length;
        check(entry, data.length, total, limits);
        String name =
            entry.getName().startsWith("/") ? entry.getName().substring(1) : entry.getName();
        entries.put(name, data);
        entries.putIfAbsent(name.toLowerCase(Locale.ROOT), data);
      }
    } catch (IOException | RuntimeException e) {
      throw zipProblem(e);
    }
    if (entries.isEmpty()) {
      throw new ParseException(null, "truncated or damaged DOCX: the zip archive has no entries");
    }
    byte[] mimetype = entries.get("mimetype");
    if (mimetype != null
        && new String(mimetype, java.nio.charset.StandardCharsets.US_ASCII)
            .startsWith("application/vnd.oasis.opendocument")) {
      throw new UnsupportedInputException(
          null, "an OpenDocument file (.odt), not DOCX: save it as .docx");
    }
    return new DocxPackage(entries);
  }

  private static void check(ZipArchiveEntry entry, long size, long total, Limits limits)
      throws LimitExceededException {
    if (total > limits.maxUnpackedBytes()) {
      throw new LimitExceededException(
          entry.getName(),
          "the DOCX unpacks to more than the limit of "
              + limits.maxUnpackedBytes()
              + " bytes (raise Limits.maxUnpackedBytes)");
    }
    long packed = entry.getCompressedSize();
    if (size > GRACE && packed > 0 && size > packed * limits.maxCompressionRatio()) {
      throw bomb(entry.getName(), limits.maxCompressionRatio());
    }
  }

  private static LimitExceededException bomb(String where, long ratio) {
    return new LimitExceededException(
        where,
        "zip bomb: an entry expands more than "
            + ratio
            + " times its packed size (raise Limits.maxCompressionRatio if the file is genuine)");
  }

  private static ParseException zipProblem(Exception e) {
    String message = Inputs.describe(e);
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("zip bomb")) {
      return new LimitExceededException(
          null,
          "zip bomb: an entry expands more than "
              + Math.round(1 / ZipSecureFile.getMinInflateRatio())
              + " times its packed size or beyond "
              + ZipSecureFile.getMaxEntrySize()
              + " bytes",
          e);
    }
    if (lower.contains("exceed") || lower.contains("too large") || lower.contains("max")) {
      return new LimitExceededException(null, "a zip entry is too large: " + message, e);
    }
    return new ParseException(null, "truncated or damaged DOCX (zip): " + message, e);
  }

  private static boolean hasEndOfCentralDirectory(byte[] b) {
    int stop = Math.max(0, b.length - 22 - 65535);
    for (int i = b.length - 22; i >= stop; i--) {
      if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
        return true;
      }
    }
    return false;
  }

  /** An OLE2 compound file: encrypted OOXML, an old binary .doc, or something else. */
  private static ParseException ole2(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        return new EncryptedInputException(
            null,
            "the DOCX is password-protected (encrypted); remove the password in Word and save"
                + " again");
      }
      if (root.hasEntry("WordDocument")) {
        return new UnsupportedInputException(
            null, "an old binary Word document (.doc, Word 97-2003), not DOCX: save it as .docx");
      }
      return new UnsupportedInputException(
          null, "an OLE2 compound file (old Office format), not DOCX");
    } catch (IOException | RuntimeException e) {
      return new UnsupportedInputException(
          null, "a damaged OLE2 compound file, not DOCX: " + Inputs.describe(e));
    }
  }

  private static String describe(FileMagic magic, byte[] bytes) {
    if (bytes.length == 0) {
      return "the input is empty";
    }
    return switch (magic) {
      case PDF -> "it is a PDF";
      case RTF -> "it is an RTF document (save it as .docx)";
      case HTML -> "it is HTML";
      case XML -> "it is a plain XML file (a Word 2003 XML or flat OpenDocument file?)";
      case UNKNOWN -> "it is not a zip package";
      default -> "it is a " + magic.name() + " file";
    };
  }
}
