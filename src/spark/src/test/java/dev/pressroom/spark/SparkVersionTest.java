package dev.pressroom.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** This project is built against the library beside it, at the library's version. */
class SparkVersionTest {
  private static final Pattern VERSION =
      Pattern.compile(
          "<artifactId>(pressroom(?:-spark)?)</artifactId>\\s*<version>([^<]+)</version>");

  @Test
  void theVersionIsTheLibrarysVersion() throws Exception {
    String library = version(Path.of(System.getProperty("pressroom.libraryPom", "../../pom.xml")));
    String spark = version(Path.of("pom.xml"));

    assertEquals(library, spark, "src/spark/pom.xml's version must be the library's");
  }

  private static String version(Path pom) throws Exception {
    Matcher matcher = VERSION.matcher(Files.readString(pom));
    if (!matcher.find()) {
      throw new AssertionError("no version in " + pom);
    }
    return matcher.group(2);
  }
}
