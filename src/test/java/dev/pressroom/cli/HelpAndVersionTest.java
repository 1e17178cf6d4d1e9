package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndVersionTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void printsTheCommandsOnStdout(String option) {
    CliRunner.Result result = new CliRunner(dir).run(option);

    assertEquals(0, result.status());
    assertEquals("", result.stderr());
    assertTrue(result.stdout().startsWith("Usage: pressroom "), result.stdout());
    for (String command : new String[] {"convert", "inspect", "formats"}) {
      assertTrue(result.stdout().contains("  " + command + "  "), result.stdout());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "inspect", "formats"})
  void printsEachCommandsHelp(String command) {
    CliRunner.Result result = new CliRunner(dir).run(command, "--help");

    assertEquals(0, result.status());
    assertEquals("", result.stderr());
    assertTrue(result.stdout().startsWith("Usage: pressroom " + command), result.stdout());
  }

  @Test
  void documentsToAllAndWhereOutputsGo() {
    String help = new CliRunner(dir).run("convert", "--help").stdout().replaceAll("\\s+", " ");

    assertTrue(help.contains("'all' means every format that writes"), help);
    assertTrue(help.contains("(default: the current folder)"), help);
    assertTrue(help.contains("Nothing is overwritten by accident"), help);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void printsTheVersion(String option) {
    CliRunner.Result result = new CliRunner(dir).run(option);

    assertEquals(0, result.status());
    assertEquals("", result.stderr());
    assertTrue(result.stdout().matches("pressroom \\S.*\n"), result.stdout());
  }

  @Test
  void loadsNoFormatForHelpOrVersion() {
    for (String option : new String[] {"--help", "--version", "convert --help"}) {
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      int status =
          new Cli(
                  () -> {
                    throw new AssertionError("formats loaded for " + option);
                  },
                  dir,
                  sink,
                  sink,
                  false)
              .run(option.split(" "));
      assertEquals(0, status, sink.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void runsWithTheDiscoveredFormats() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        new Cli(Pressroom::standard, dir, out, new ByteArrayOutputStream(), false).run("formats");

    assertEquals(0, status);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\njson "));
  }
}
