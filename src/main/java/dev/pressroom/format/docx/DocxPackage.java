package dev.pressroom.format.docx;

import dev.pressroom.EncryptedInputException;
import dev.pressroom.Limits;
import dev.pressroom.ParseException;
import dev.pressroom.UnsupportedInputException;
import dev.pressroom.internal.ForeignFormats;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The zip package of a DOCX, opened safely, or a clear {@link ParseException} saying what the bytes
 * are instead: a zip bomb ({@link dev.pressroom.LimitExceededException}), a truncated or damaged
 * zip, a password-protected DOCX ({@link EncryptedInputException}), an old binary {@code .doc} or
 * any other file ({@link UnsupportedInputException}).
 *
 * <p>The zip is read by {@link ZipReader}, which stops a zip bomb while inflating it, per call,
 * with the caller's {@link Limits}. A file that is not a zip is named by its first bytes; an OLE2
 * compound file (an encrypted DOCX or an old {@code .doc}) by the names in its root storage, read
 * by {@link CompoundFile}.
 */
final class DocxPackage {
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
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
      if (CompoundFile.isCompoundFile(bytes)) {
        throw ole2(bytes);
      }
      throw new UnsupportedInputException(null, "not a DOCX file: " + describe(bytes));
    }
    if (bytes[2] == 5 && bytes[3] == 6) {
      throw new ParseException(null, "an empty zip archive, not a DOCX file");
    }
    Map<String, byte[]> entries = new HashMap<>();
    for (Map.Entry<String, byte[]> entry : ZipReader.read(bytes, limits).entrySet()) {
      String name = entry.getKey().startsWith("/") ? entry.getKey().substring(1) : entry.getKey();
      entries.put(name, entry.getValue());
      entries.putIfAbsent(name.toLowerCase(Locale.ROOT), entry.getValue());
    }
    if (entries.isEmpty()) {
      throw new ParseException(null, "truncated or damaged DOCX: the zip archive has no entries");
    }
    byte[] mimetype = entries.get("mimetype");
    String foreign =
        mimetype == null
            ? null
            : ForeignFormats.unsupportedMimetype(
                new String(mimetype, java.nio.charset.StandardCharsets.US_ASCII));
    if (foreign != null) {
      throw new UnsupportedInputException(null, "not a DOCX file: " + foreign);
    }
    return new DocxPackage(entries);
  }

  /** An OLE2 compound file: encrypted OOXML, an old binary .doc, or something else. */
  private static ParseException ole2(byte[] bytes) {
    Set<String> names;
    try {
      names = CompoundFile.rootNames(bytes);
    } catch (CompoundFile.Damaged e) {
      return new UnsupportedInputException(
          null, "a damaged OLE2 compound file, not DOCX: " + e.getMessage());
    }
    if (names.contains("EncryptionInfo")) {
      return new EncryptedInputException(
          null,
          "the DOCX is password-protected (encrypted); remove the password in Word and save again");
    }
    if (names.contains("WordDocument")) {
      return new UnsupportedInputException(
          null, "an old binary Word document (.doc, Word 97-2003), not DOCX: save it as .docx");
    }
    return new UnsupportedInputException(
        null, "an OLE2 compound file (old Office format), not DOCX");
  }

  /** What a file that is neither a zip nor a compound file seems to be, from its first bytes. */
  private static String describe(byte[] bytes) {
    if (bytes.length == 0) {
      return "the input is empty";
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("%pdf")) {
      return "it is a PDF";
    }
    if (head.startsWith("{\\rtf")) {
      return "it is an RTF document (save it as .docx)";
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return "it is HTML";
    }
    if (head.startsWith("<?xml")) {
      return "it is a plain XML file (a Word 2003 XML or flat OpenDocument file?)";
    }
    return "it is not a zip package";
  }
}
