package dev.pressroom.proof;

import dev.pressroom.ParseException;
import dev.pressroom.Pressroom;
import dev.pressroom.model.FooterAction;
import dev.pressroom.model.PressRelease;
import dev.pressroom.model.Timestamp;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A plain application that uses Pressroom as a library, run in a JVM of its own by {@link
 * LibrarySilenceTest} (on the class path) and {@link ModulePathTest} (as a module on the module
 * path). It writes and reads every format through {@link Pressroom}, then parses damaged files, and
 * writes what happened to the report file named by its first argument, one line per step. It prints
 * nothing itself, so whatever appears on its stdout or stderr comes from the library.
 */
public final class LibraryApp {
  private LibraryApp() {}

  /** {@code LibraryApp REPORT-FILE WORK-FOLDER}. */
  public static void main(String[] args) throws Exception {
    Path report = Path.of(args[0]);
    Path work = Path.of(args[1]);
    List<String> lines = new ArrayList<>();
    lines.add("module " + Pressroom.class.getModule().getName());
    Pressroom pressroom = Pressroom.standard();
    lines.add("formats " + String.join(",", pressroom.formats()));

    PressRelease release =
        PressRelease.builder()
            .breadcrumb("HOME", "News & Events")
            .title("Harbour Authority Opens the New Ferry Terminal")
            .timestamp(Timestamp.parse("2023-10-28T13:25"))
            .language("en")
            .paragraph("The terminal serves 4,000 passengers a day from Monday.")
            .paragraph("Tickets are sold at the gate and online.")
            // shaped in PDF by the JDK's text layout: right to left, and a combining mark
            .paragraph("The sign reads \u05e9\u05dc\u05d5\u05dd, and the cafe\u0301 opens at 7.")
            .footerAction(FooterAction.of("Print"))
            .footerAction(new FooterAction("Share", URI.create("https://example.org/share?id=7")))
            .build();
    Map<String, byte[]> rendered = new LinkedHashMap<>();
    for (String format : pressroom.formats()) {
      String extension = pressroom.requireRenderer(format).extension();
      Path file = work.resolve("release." + extension);
      Pressroom.write(release, file);
      PressRelease back = Pressroom.read(file);
      PressRelease expected = pressroom.requireRenderer(format).carried(release);
      lines.add(format + (back.equals(expected) ? " same" : " differs: " + back));
      rendered.put(format, Files.readAllBytes(file));
    }

    for (Map.Entry<String, byte[]> damaged : damaged(rendered).entrySet()) {
      String name = damaged.getKey();
      String format = name.substring(name.indexOf('.') + 1);
      String outcome;
      try {
        pressroom.parse(damaged.getValue(), format, name);
        outcome = "read";
      } catch (ParseException e) {
        outcome = "ParseException";
      } catch (RuntimeException e) {
        outcome = "crash " + e;
      }
      lines.add("damaged " + name + " " + outcome);
    }
    Files.write(report, lines, StandardCharsets.UTF_8);
  }

  /** Damaged inputs, named {@code what.FORMAT}. */
  private static Map<String, byte[]> damaged(Map<String, byte[]> rendered) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    byte[] pdf = rendered.get("pdf");
    out.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));
    byte[] flipped = pdf.clone();
    for (int i = 9; i < flipped.length; i += 97) {
      flipped[i] ^= 0x5a;
    }
    out.put("flipped.pdf", flipped);
    byte[] tail = pdf.clone();
    Arrays.fill(tail, tail.length - 200, tail.length - 30, (byte) 'x');
    out.put("brokentail.pdf", tail);
    byte[] zeroed = pdf.clone();
    Arrays.fill(zeroed, zeroed.length / 3, zeroed.length / 3 + 400, (byte) 0);
    out.put("zeroed.pdf", zeroed);
    byte[] docx = rendered.get("docx");
    out.put("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
    byte[] flippedDocx = docx.clone();
    for (int i = 40; i < flippedDocx.length; i += 53) {
      flippedDocx[i] ^= 0x21;
    }
    out.put("flipped.docx", flippedDocx);
    out.put("notword.docx", zip("word/document.xml", "<w:document><w:body><w:p>"));
    byte[] ole2 = new byte[1536];
    byte[] signature = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(signature, 0, ole2, 0, signature.length);
    out.put("ole2.docx", ole2);
    out.put("brokenyaml.md", ascii("---\ntitle: [unclosed\n---\n# Title\n"));
    out.put("brokentags.html", ascii("<html><body><h1>Title<p>text<div></span></td>&#xZZ;"));
    out.put("broken.json", ascii("{\"title\": \"x\", \"paragraphs\": [1, }"));
    out.put("controls.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, 3});
    byte[] garbage = new byte[4096];
    long seed = 42;
    for (int i = 0; i < garbage.length; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      garbage[i] = (byte) (seed >>> 56);
    }
    for (String format : rendered.keySet()) {
      out.put("garbage." + format, garbage);
      out.put("empty." + format, new byte[0]);
    }
    return out;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] zip(String name, String content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
