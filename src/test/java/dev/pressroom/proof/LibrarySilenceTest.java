package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.testing.LibraryJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Inside an application Pressroom prints nothing, whatever the input: {@link LibraryApp} runs in a
 * JVM with only the library and the jars a library user receives on its class path, writes and
 * reads every format, parses damaged PDF, DOCX, Markdown, HTML, JSON and text files, and its stdout
 * and stderr stay empty. An application that gives PDFBox's logger a level of its own gets PDFBox's
 * warnings about the same files, so the silence is Pressroom's doing and not a lack of anything to
 * say.
 */
class LibrarySilenceTest {
  private static final Set<String> FORMATS = Set.of("docx", "html", "json", "md", "pdf", "txt");

  @TempDir Path dir;

  @Test
  void printsNothingInAPlainApplication() throws IOException {
    LibraryJvm.Result run = runApp(List.of());

    assertEquals("", run.stderr());
    assertEquals("", run.stdout());
    assertEquals(0, run.exitCode());
    checkReport(report(), "null");
  }

  /**
   * PDFBox logs through commons-logging, which goes to SLF4J when the SLF4J API is there (OpenNLP
   * brings it): an application that binds SLF4J to {@code java.util.logging} and gives PDFBox a
   * level sees its warnings.
   */
  @Test
  void leavesTheLevelAnApplicationGivesPdfboxAlone() throws IOException {
    Path config = dir.resolve("logging.properties");
    Files.writeString(
        config,
        "handlers = java.util.logging.ConsoleHandler\n"
            + "java.util.logging.ConsoleHandler.level = ALL\n"
            + "org.apache.pdfbox.level = WARNING\n");

    LibraryJvm.Result run =
        runApp(List.of("-Djava.util.logging.config.file=" + config), List.of(slf4jToJul()));

    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(run.stderr().contains("org.apache.pdfbox"), run.stderr());
    assertTrue(run.stderr().contains("WARNING"), run.stderr());
    checkReport(report(), "null");
  }

  @Test
  void theChildGetsWhatALibraryUserGets() throws Exception {
    List<String> jars =
        LibraryJvm.libraryJars().stream().map(p -> p.getFileName().toString()).toList();
    assertFalse(jars.isEmpty());
    for (String artifact : optionalDependencies()) {
      assertTrue(
          jars.stream().noneMatch(jar -> jar.startsWith(artifact + "-")),
          artifact + " is optional (command line only) but a library user would get it: " + jars);
    }
    for (String jar : jars) {
      assertFalse(jar.startsWith("poi") || jar.startsWith("log4j"), jar);
    }
  }

  /** The artifactIds of the pom's optional dependencies. */
  private static Set<String> optionalDependencies() throws Exception {
    var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse("pom.xml");
    NodeList dependencies = pom.getElementsByTagName("dependency");
    Set<String> optional = new TreeSet<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      NodeList flag = dependency.getElementsByTagName("optional");
      if (flag.getLength() > 0 && flag.item(0).getTextContent().strip().equals("true")) {
        optional.add(dependency.getElementsByTagName("artifactId").item(0).getTextContent());
      }
    }
    assertFalse(optional.isEmpty(), "the pom has no optional dependency");
    return optional;
  }

  private static Path slf4jToJul() {
    String jar = System.getProperty("pressroom.slf4jJdk14");
    assertNotNull(jar, "pressroom.slf4jJdk14 is not set: run the tests with mvn");
    assertTrue(Files.isRegularFile(Path.of(jar)), jar);
    return Path.of(jar);
  }

  private LibraryJvm.Result runApp(List<String> options) throws IOException {
    return runApp(options, List.of());
  }

  private LibraryJvm.Result runApp(List<String> options, List<Path> extra) throws IOException {
    Path app = LibraryJvm.copyClass(LibraryApp.class, dir.resolve("app"));
    Files.createDirectories(dir.resolve("work"));
    List<Path> classPath = new ArrayList<>();
    classPath.add(app);
    classPath.add(LibraryJvm.libraryClasses());
    classPath.addAll(LibraryJvm.libraryJars());
    classPath.addAll(extra);
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(
        List.of(
            "-cp",
            LibraryJvm.path(classPath),
            LibraryApp.class.getName(),
            dir.resolve("report.txt").toString(),
            dir.resolve("work").toString()));
    return LibraryJvm.java(dir, 120, arguments);
  }

  private List<String> report() throws IOException {
    return Files.readAllLines(dir.resolve("report.txt"), StandardCharsets.UTF_8);
  }

  /**
   * What {@link LibraryApp} must report: its module, all six formats written and read back to the
   * same release, and every damaged file read or refused with a {@code ParseException}, the PDFs
   * and DOCX cut in half refused.
   */
  static void checkReport(List<String> report, String module) {
    String all = String.join("\n", report);
    assertEquals("module " + module, report.get(0), all);
    assertEquals(
        new TreeSet<>(FORMATS),
        new TreeSet<>(List.of(report.get(1).substring("formats ".length()).split(","))),
        all);
    for (String format : FORMATS) {
      assertTrue(report.contains(format + " same"), format + ":\n" + all);
    }
    List<String> damaged = report.stream().filter(l -> l.startsWith("damaged ")).toList();
    assertEquals(12 + 2 * FORMATS.size(), damaged.size(), all);
    for (String line : damaged) {
      assertTrue(line.endsWith(" read") || line.endsWith(" ParseException"), line);
    }
    assertTrue(report.contains("damaged truncated.pdf ParseException"), all);
    assertTrue(report.contains("damaged truncated.docx ParseException"), all);
    assertTrue(report.contains("damaged ole2.docx ParseException"), all);
  }
}
