package dev.pressroom.internal;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Keeps SLF4J's start-up notice off stderr in an application that has no SLF4J provider.
 *
 * <p>The SLF4J API reaches the class path with OpenNLP (language detection), and commons-logging
 * (through which PDFBox logs) then asks it whether a provider is bound. With none, SLF4J prints
 * three lines on stderr when it first starts: text a library user never asked for. So before the
 * first use, and only when the application has no provider and has not set it itself, the system
 * property {@code slf4j.internal.verbosity} is set to {@code ERROR}. An application with a provider
 * (Logback, slf4j-simple, ...) is left exactly as it is.
 */
public final class Slf4jNotice {
  private static final String PROPERTY = "slf4j.internal.verbosity";

  private Slf4jNotice() {}

  private static final class Once {
    static {
      quieten();
    }

    static void run() {}
  }

  /** Quietens SLF4J's notice once per JVM, as described above; cheap after the first call. */
  public static void quietenIfUnbound() {
    Once.run();
  }

  private static void quieten() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
      ClassLoader loader = Slf4jNotice.class.getClassLoader();
      if (ServiceLoader.load(provider, loader).findFirst().isEmpty()) {
        System.setProperty(PROPERTY, "ERROR");
      }
    } catch (ClassNotFoundException | ServiceConfigurationError | LinkageError e) {
      // no SLF4J 2 on the path: nothing prints
    }
  }
}
