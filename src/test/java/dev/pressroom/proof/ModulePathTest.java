package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pressroom.testing.LibraryJvm;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pressroom is a real module: {@link LibraryApp}, as a named module of its own that requires only
 * {@code dev.pressroom}, runs on the module path with the library and the jars a library user
 * receives, and writes and reads every format through {@code Pressroom}. The formats are found
 * through the module's {@code provides}, with no {@code --add-modules}.
 */
class ModulePathTest {
  @TempDir Path dir;

  @Test
  void readsAndWritesEveryFormatOnTheModulePath() throws IOException {
    List<Path> modulePath = new ArrayList<>();
    modulePath.add(LibraryJvm.libraryClasses());
    modulePath.addAll(LibraryJvm.libraryJars());
    Path app = LibraryJvm.copyClass(LibraryApp.class, dir.resolve("app"));
    compileModuleInfo(app, modulePath);
    modulePath.add(0, app);
    Files.createDirectories(dir.resolve("work"));

    LibraryJvm.Result run =
        LibraryJvm.java(
            dir,
            120,
            List.of(
                "--module-path",
                LibraryJvm.path(modulePath),
                "--module",
                "dev.pressroom.app/" + LibraryApp.class.getName(),
                dir.resolve("report.txt").toString(),
                dir.resolve("work").toString()));

    assertEquals("", run.stderr());
    assertEquals("", run.stdout());
    assertEquals(0, run.exitCode());
    LibrarySilenceTest.checkReport(
        Files.readAllLines(dir.resolve("report.txt"), StandardCharsets.UTF_8), "dev.pressroom");
  }

  /** Makes {@code classes} the module {@code dev.pressroom.app}, which requires Pressroom only. */
  private static void compileModuleInfo(Path classes, List<Path> modulePath) throws IOException {
    Path source = classes.getParent().resolve("src/module-info.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "module dev.pressroom.app {\n  requires dev.pressroom;\n  exports "
            + LibraryApp.class.getPackageName()
            + ";\n}\n");
    StringWriter messages = new StringWriter();
    PrintWriter out = new PrintWriter(messages);
    int status =
        ToolProvider.findFirst("javac")
            .orElseThrow()
            .run(
                out,
                out,
                "-d",
                classes.toString(),
                "--module-path",
                LibraryJvm.path(modulePath),
                "--patch-module",
                "dev.pressroom.app=" + classes,
                source.toString());
    assertEquals(0, status, "javac could not compile " + source + ": " + messages);
  }
}
