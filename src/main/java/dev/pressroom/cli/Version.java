package dev.pressroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code pressroom --version}: the version in the jar's manifest or Maven properties. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"pressroom " + version()};
  }

  static String version() {
    String version = Version.class.getPackage().getImplementationVersion();
    if (version != null) {
      return version;
    }
    try (InputStream in =
        Version.class.getResourceAsStream(
            "/META-INF/maven/dev.pressroom/pressroom/pom.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "(development build)");
      }
    } catch (IOException e) {
      // fall through: the version is only informative
    }
    return "(development build)";
  }
}
