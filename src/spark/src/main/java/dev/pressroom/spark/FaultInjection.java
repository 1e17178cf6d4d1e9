package dev.pressroom.spark;

import java.util.Locale;

/**
 * A test hook: with the system property {@value #PROPERTY} set to an input's file name, the first
 * attempt of the task that converts it writes half of that input's first output to its temporary
 * file and then dies as a lost executor would, leaving the temporary file behind. Spark retries the
 * task (given a master that allows retries, such as {@code local[2,2]}); the retry must leave
 * exactly the files a run without the failure leaves. Unset, it does nothing.
 */
final class FaultInjection {
  private FaultInjection() {}

  /** The system property that arms the hook. */
  static final String PROPERTY = "pressroom.spark.failFirstAttempt";

  private static final java.util.concurrent.atomic.AtomicInteger FAILED =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How many attempts this JVM failed on purpose. */
  static int failed() {
    return FAILED.get();
  }

  /** Whether the hook fails this attempt of writing an output of the input named {@code name}. */
  static boolean fails(String name, int attempt) {
    String armed = System.getProperty(PROPERTY);
    return armed != null
        && attempt == 0
        && name.toLowerCase(Locale.ROOT).equals(armed.toLowerCase(Locale.ROOT));
  }

  /** The failure: an {@link Error}, so that no handler of bad inputs turns it into a row. */
  static final class InjectedFailure extends Error {
    private static final long serialVersionUID = 1L;

    InjectedFailure(String message) {
      super(message);
      FAILED.incrementAndGet();
    }
  }
}
