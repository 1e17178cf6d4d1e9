package dev.pressroom.proof;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pressroom.spi.ReleaseParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input that once broke a parser (found by {@link FuzzTest}), kept under {@code
 * src/test/resources/dev/pressroom/proof/crashes/FORMAT/}: each must now give a release or a {@code
 * ParseException}.
 */
class CrashRegressionTest {

  @TestFactory
  Stream<DynamicTest> keptCrashesStayFixed() throws IOException, URISyntaxException {
    Path root =
        Path.of(CrashRegressionTest.class.getResource("/dev/pressroom/proof/crashes").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile).filter(p -> !p.endsWith("README")).sorted().toList();
    }
    ExecutorService executor = Executors.newSingleThreadExecutor();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    root.relativize(file).toString(),
                    () -> {
                      String format = file.getParent().getFileName().toString();
                      ReleaseParser parser = Formats.PRESSROOM.requireParser(format);
                      assertNull(FuzzTest.check(executor, parser, Files.readAllBytes(file)));
                    }))
        .onClose(executor::shutdownNow);
  }
}
