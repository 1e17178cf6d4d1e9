package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code main} in a child JVM keeps the libraries' logging off stderr: what the Log4j API
 * (formats added to the CLI), commons-logging (PDFBox) and java.util.logging say appears only with
 * {@code --debug}. The child runs on this test's class path plus a folder whose services file adds
 * {@link NoisyParser}, which logs through all three.
 */
class QuietLoggingTest {
  @TempDir Path dir;

  record Run(int status, List<String> stderr) {}

  @BeforeEach
  void inputs() throws IOException {
    TestFormats.write(
        dir.resolve("services/META-INF/services/dev.pressroom.spi.ReleaseParser"),
        NoisyParser.class.getName() + "\n");
    TestFormats.write(dir.resolve("good.noisy"), "Title\nBody\n");
    TestFormats.write(dir.resolve("bad.noisy"), "");
  }

  @Test
  void printsOnlyItsOwnLinesOnStderr() throws Exception {
    Run run = main("convert", "good.noisy", "bad.noisy", "--to", "json", "-o", "out/");

    assertEquals(1, run.status(), String.join("\n", run.stderr()));
    assertEquals(2, run.stderr().size(), String.join("\n", run.stderr()));
    assertEquals("pressroom: bad.noisy: empty input", run.stderr().get(0));
    assertTrue(
        run.stderr().get(1).matches("converted 1 of 2 inputs \\(1 failed\\) in \\d+\\.\\d s"),
        run.stderr().get(1));
    assertTrue(Files.isRegularFile(dir.resolve("out/good.json")));
  }

  @Test
  void sendsEveryLoggingApiThroughJavaUtilLoggingWithDebug() throws Exception {
    Run run = main("convert", "--debug", "good.noisy", "--to", "json", "-o", "-");

    assertEquals(0, run.status(), String.join("\n", run.stderr()));
    assertTrue(
        run.stderr().contains("pressroom: debug: SEVERE noisy.log4j: log4j-api says hello"),
        String.join("\n", run.stderr()));
    assertTrue(
        run.stderr().contains("pressroom: debug: SEVERE noisy.commons: commons-logging says hello"),
        String.join("\n", run.stderr()));
    assertTrue(
        run.stderr().contains("pressroom: debug: SEVERE noisy.jul: java.util.logging says hello"),
        String.join("\n", run.stderr()));
  }

  @Test
  void pointsCommonsLoggingStraightAtJavaUtilLogging() {
    // Left to itself, commons-logging 1.3 finds the Log4j API and starts it: a tenth of a second
    // of every run that writes a PDF. The CLI names the factory and the logger instead.
    Logging.configure(false);
    org.apache.commons.logging.LogFactory.releaseAll(); // forget a factory found before
    assertEquals(
        "org.apache.commons.logging.impl.Jdk14Logger",
        org.apache.commons.logging.LogFactory.getLog("pressroom.test").getClass().getName());
  }

  private Run main(String... args) throws Exception {
    Path err = dir.resolve("stderr.txt");
    Process process = ChildCli.start(dir, dir.resolve("services"), err, args);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the CLI did not finish in 60 s");
    }
    return new Run(process.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
  }
}
