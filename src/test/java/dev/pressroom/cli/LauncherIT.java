package dev.pressroom.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pressroom.Pressroom;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, {@code target/pressroom}, run as people run it (after {@code package}, by
 * failsafe): it starts the jar beside it, honours {@code JAVA_HOME} and {@code JAVA_OPTS}, works
 * through a link on {@code PATH}, and every example in {@code --help} and in the README runs as
 * written. It chooses C1 only and keeps a class-data-sharing archive in {@code
 * PRESSROOM_CACHE_DIR}, made on first use, without a word on stdout or stderr, and works the same
 * without one.
 */
class LauncherIT {
  private static final Path SEED = Path.of("seeds/000_ef7c4c50acd32147.txt");

  @TempDir Path dir;

  private Path target;
  private Path launcher;

  /** What one run gave. */
  private record Run(int status, String stdout, String stderr) {}

  @BeforeEach
  void launcher() {
    target = Path.of(System.getProperty("pressroom.target", "target")).toAbsolutePath();
    launcher = target.resolve("pressroom");
    assertTrue(Files.isExecutable(launcher), launcher + " is not an executable file");
  }

  @Test
  void runsTheJarBesideIt() throws Exception {
    Run run = run(dir, Map.of(), launcher.toString(), "formats");

    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stdout().startsWith("FORMAT "), run.stdout());
    assertTrue(run.stdout().contains("\npdf "), run.stdout());
  }

  @Test
  void honoursJavaHomeAndJavaOpts() throws Exception {
    // A JAVA_HOME whose java says it was used, then runs this test's java.
    Path home = Files.createDirectories(dir.resolve("jdk/bin"));
    Path real = Path.of(System.getProperty("java.home"), "bin", "java");
    Files.writeString(
        home.resolve("java"), "#!/bin/sh\necho via JAVA_HOME >&2\nexec '" + real + "' \"$@\"\n");
    home.resolve("java").toFile().setExecutable(true);

    Run run =
        run(
            dir,
            Map.of(
                "JAVA_HOME",
                dir.resolve("jdk").toString(),
                "JAVA_OPTS",
                "-XshowSettings:properties -Dx=*"),
            launcher.toString(),
            "--version");

    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stdout().startsWith("pressroom "), run.stdout());
    assertTrue(run.stderr().startsWith("via JAVA_HOME\n"), run.stderr());
    assertTrue(run.stderr().contains("    x = *\n"), run.stderr());
  }

  @Test
  void refusesAJavaHomeWithoutJava() throws Exception {
    Run run = run(dir, Map.of("JAVA_HOME", dir.toString()), launcher.toString(), "formats");

    assertEquals(2, run.status());
    assertEquals(
        "pressroom: JAVA_HOME is " + dir + ", but " + dir + "/bin/java is not a program\n",
        run.stderr());
  }

  @Test
  void passesArgumentsUnchanged() throws Exception {
    Files.copy(SEED, dir.resolve("a b*.txt"));

    Run run = run(dir, Map.of(), launcher.toString(), "convert", "a b*.txt", "--to", "json");

    assertEquals(0, run.status(), run.stderr());
    assertTrue(Files.isRegularFile(dir.resolve("a b*.json")));
  }

  @Test
  void worksThroughALinkOnPath() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path link = Files.createSymbolicLink(bin.resolve("pressroom"), launcher);

    Run run;
    try {
      run = shell(dir, bin, "pressroom --version");
    } finally {
      Files.delete(link); // before @TempDir cleanup, which warns about links leaving it
    }

    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stdout().startsWith("pressroom "), run.stdout());
  }

  @Test
  void makesAClassArchiveOnTheFirstConversionAndSaysNothing() throws Exception {
    Files.copy(SEED, dir.resolve("a.txt"));
    Path cache = dir.resolve("cache");
    Map<String, String> env = Map.of("PRESSROOM_CACHE_DIR", cache.toString());

    Run first = run(dir, env, launcher.toString(), "convert", "a.txt", "--to", "pdf", "-o", "one/");
    Run second =
        run(dir, env, launcher.toString(), "convert", "a.txt", "--to", "pdf", "-o", "two/");

    assertEquals(0, first.status(), first.stderr());
    assertEquals("", first.stderr() + first.stdout());
    assertEquals(0, second.status(), second.stderr());
    assertEquals("", second.stderr() + second.stdout());
    List<String> archives;
    try (var files = Files.list(cache)) {
      archives =
          files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsa")).toList();
    }
    assertEquals(1, archives.size(), archives.toString());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("one/a.pdf")), Files.readAllBytes(dir.resolve("two/a.pdf")));
  }

  @Test
  void writesOnlyTheOutputOnStdoutWhileMakingTheArchive() throws Exception {
    Files.copy(SEED, dir.resolve("a.txt"));
    Map<String, String> env = Map.of("PRESSROOM_CACHE_DIR", dir.resolve("fresh").toString());

    Run run = run(dir, env, launcher.toString(), "convert", "a.txt", "--to", "json", "-o", "-");

    assertEquals(0, run.status(), run.stderr());
    assertEquals("", run.stderr());
    assertEquals(
        new String(
            Pressroom.standard().render(Pressroom.read(SEED), "json"), StandardCharsets.UTF_8),
        run.stdout());
  }

  @Test
  void worksQuietlyWhenTheCacheFolderCannotBeMade() throws Exception {
    Files.copy(SEED, dir.resolve("a.txt"));
    Files.writeString(dir.resolve("file"), "not a folder");
    for (String cache : List.of(dir.resolve("file/cache").toString(), "")) {
      Run run =
          run(
              dir,
              Map.of("PRESSROOM_CACHE_DIR", cache),
              launcher.toString(),
              "convert",
              "a.txt",
              "--to",
              "md",
              "-o",
              "out/");

      assertEquals(0, run.status(), run.stderr());
      assertEquals("", run.stderr() + run.stdout());
      assertTrue(Files.isRegularFile(dir.resolve("out/a.md")));
    }
  }

  @Test
  void choosesC1OnlyUnlessJavaOptsSaysOtherwise() throws Exception {
    Run chosen =
        run(dir, Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal"), launcher.toString(), "--version");
    Run overridden =
        run(
            dir,
            Map.of("JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"),
            launcher.toString(),
            "--version");

    assertEquals(0, chosen.status(), chosen.stderr());
    assertTrue(chosen.stdout().matches("(?s).*TieredStopAtLevel += 1 .*"), chosen.stdout());
    assertEquals(0, overridden.status(), overridden.stderr());
    assertTrue(overridden.stdout().matches("(?s).*TieredStopAtLevel += 4 .*"), overridden.stdout());
  }

  @Test
  void trainsAnAheadOfTimeCacheOnJdk25() throws Exception {
    Path jdk = jdk(25);
    Assumptions.assumeTrue(jdk != null, "no JDK 25 or later in /usr/lib/jvm");
    Files.copy(SEED, dir.resolve("a.txt"));
    Path cache = dir.resolve("cache25");
    Map<String, String> env =
        Map.of("PRESSROOM_CACHE_DIR", cache.toString(), "JAVA_HOME", jdk.toString());

    for (int i = 0; i < 2; i++) { // the first makes the CDS archive, the second trains
      Run run = run(dir, env, launcher.toString(), "convert", "a.txt", "--to", "pdf", "-o", "o/");
      assertEquals(0, run.status(), run.stderr());
      assertEquals("", run.stderr() + run.stdout());
    }
    // The training runs in the background; wait for it (bounded), then convert with its cache.
    for (int i = 0; i < 600 && (!hasAotCache(cache) || training(cache)); i++) {
      Thread.sleep(200);
    }
    assertTrue(hasAotCache(cache), "no AOT cache in " + cache);
    Run run =
        run(
            dir,
            Map.of(
                "PRESSROOM_CACHE_DIR",
                cache.toString(),
                "JAVA_HOME",
                jdk.toString(),
                "JAVA_OPTS",
                "-XX:+PrintFlagsFinal"),
            launcher.toString(),
            "--version");
    assertEquals(0, run.status(), run.stderr());
    assertTrue(run.stdout().matches("(?s).*AOTCache += \\S+\\.aot .*"), run.stdout());
  }

  /** Whether a training still holds its lock (a folder), and so may still write. */
  private static boolean training(Path cache) throws IOException {
    try (var files = Files.list(cache)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".lock"));
    }
  }

  private static boolean hasAotCache(Path cache) throws IOException {
    try (var files = Files.list(cache)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".aot"));
    }
  }

  /** A JDK of at least {@code feature} in /usr/lib/jvm, or {@code null}. */
  private static Path jdk(int feature) throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (var homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
          var version =
              java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)")
                  .matcher(Files.readString(release));
          if (version.find() && Integer.parseInt(version.group(1)) >= feature) {
            return home;
          }
        }
      }
    }
    return null;
  }

  @Test
  void runsEveryExampleOfTheHelp() throws Exception {
    Run help = run(dir, Map.of(), launcher.toString(), "--help");
    assertEquals(0, help.status(), help.stderr());
    List<String> examples = new ArrayList<>();
    boolean in = false;
    for (String line : help.stdout().lines().toList()) {
      if (line.equals("Examples:")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      } else if (in) {
        examples.add(line.trim());
      }
    }
    assertTrue(examples.size() >= 4, help.stdout());

    // The files the examples name.
    Files.copy(SEED, dir.resolve("release.txt"));
    Files.createDirectories(dir.resolve("releases/2024"));
    Files.copy(SEED, dir.resolve("releases/a.txt"));
    Files.copy(SEED, dir.resolve("releases/2024/b.txt"));
    Pressroom.write(Pressroom.read(SEED), dir.resolve("release.docx"));
    for (String example : examples) {
      assertTrue(example.startsWith("pressroom "), example);
      Run run = shell(dir, target, example);
      assertEquals(0, run.status(), example + "\n" + run.stderr());
    }
    assertTrue(Files.isRegularFile(dir.resolve("out/release.pdf")));
    assertTrue(Files.isRegularFile(dir.resolve("out/2024/b.docx")));
  }

  @Test
  void runsEveryPressroomCommandOfTheReadme() throws Exception {
    List<String> commands = new ArrayList<>();
    boolean code = false;
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        code = !code;
      } else if (code && runnable(line)) {
        commands.add(line);
      }
    }
    assertTrue(commands.size() >= 5, commands.toString());

    // The README's commands run in the repository: give them its seeds, its sample letterhead
    // and its target folder.
    Files.createDirectories(dir.resolve("seeds"));
    Files.copy(SEED, dir.resolve(SEED));
    Path letterhead = Path.of("src/samples/letterhead");
    Files.createDirectories(dir.resolve(letterhead));
    for (String file : List.of("style.yaml", "logo.png")) {
      Files.copy(letterhead.resolve(file), dir.resolve(letterhead).resolve(file));
    }
    Path link = Files.createSymbolicLink(dir.resolve("target"), target);
    try {
      runAll(commands);
    } finally {
      Files.delete(link); // before @TempDir cleanup, which warns about links leaving it
    }
  }

  private void runAll(List<String> commands) throws Exception {
    for (String command : commands) {
      if (command.contains("-XX:AOTCache") && Runtime.version().feature() < 25) {
        System.out.println("LauncherIT: JDK " + Runtime.version() + ", not running: " + command);
        continue; // the README gives this one for JDK 25
      }
      Run run = shell(dir, target, command);
      assertEquals(0, run.status(), command + "\n" + run.stderr());
    }
  }

  /**
   * A README line that runs pressroom: it starts with {@code pressroom}, {@code target/pressroom}
   * or variable assignments before them; synopsis lines ({@code [--from F]}) are not commands.
   */
  private static boolean runnable(String line) {
    String command = line.replaceFirst("^(\\w+=(\"[^\"]*\"|\\S*) )*", "");
    return (command.startsWith("pressroom ") || command.startsWith("target/pressroom "))
        && !line.contains("[");
  }

  private Run shell(Path workDir, Path pathFolder, String command)
      throws IOException, InterruptedException {
    String path = pathFolder + File.pathSeparator + System.getenv("PATH");
    return run(workDir, Map.of("PATH", path), "sh", "-c", command);
  }

  private static Run run(Path workDir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir.getParent(), "stdout", ".txt");
    Path err = Files.createTempFile(workDir.getParent(), "stderr", ".txt");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(workDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().remove("JAVA_OPTS");
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      // Archives go to a folder of the test's, never to the user's cache.
      builder.environment().put("PRESSROOM_CACHE_DIR", workDir.resolve(".cache").toString());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + String.join(" ", command));
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
