package dev.pressroom.cli;

import dev.pressroom.ParseException;
import dev.pressroom.ParseWarning;
import dev.pressroom.Pressroom;
import dev.pressroom.RenderException;
import dev.pressroom.cli.OutputPlan.Job;
import dev.pressroom.cli.OutputPlan.Target;
import dev.pressroom.internal.AtomicFiles;
import dev.pressroom.model.PressRelease;
import dev.pressroom.spi.ReleaseRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Converts the planned jobs, on {@code threads} threads, and reports each failed input in one line
 * in input order, whatever order the threads finish in: the outputs and the messages of {@code -j
 * N} are those of {@code -j 1}.
 */
final class Batch {
  private final Context context;
  private final Pressroom pressroom;
  private final String from;

  /** What became of one input: {@code error} is {@code null} when it was converted. */
  private record Outcome(String error, Throwable cause, byte[] stdout) {
    static Outcome failed(String error, Throwable cause) {
      return new Outcome(error, cause, null);
    }
  }

  /** Each input's warnings, kept until the input is reported (with {@code --verbose}). */
  private final Map<Job, List<ParseWarning>> warnings =
      Collections.synchronizedMap(new IdentityHashMap<>());

  Batch(Context context, String from) {
    this.context = context;
    this.pressroom = context.pressroom();
    this.from = from;
  }

  /** Runs the jobs; returns how many inputs failed. */
  int run(List<Job> jobs, int threads) {
    Progress progress = new Progress(context.err, jobs.size(), context.terminal);
    AtomicInteger done = new AtomicInteger();
    int failed = 0;
    if (threads == 1 || jobs.size() == 1) {
      for (Job job : jobs) {
        Outcome outcome = convert(job);
        failed += report(job, outcome, progress);
        progress.update(done.incrementAndGet());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, jobs.size()));
      try {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Job job : jobs) {
          futures.add(
              pool.submit(
                  () -> {
                    try {
                      return convert(job);
                    } finally {
                      done.incrementAndGet();
                    }
                  }));
        }
        for (int i = 0; i < jobs.size(); i++) {
          failed += report(jobs.get(i), await(futures.get(i), progress, done), progress);
          progress.update(done.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    progress.clear();
    return failed;
  }

  /** Waits for one input, redrawing the progress bar while the others finish. */
  private static Outcome await(Future<Outcome> future, Progress progress, AtomicInteger done) {
    while (true) {
      try {
        return future.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        progress.update(done.get());
      } catch (ExecutionException e) {
        return Outcome.failed(Messages.internalError(e.getCause()), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Outcome.failed("interrupted", e);
      }
    }
  }

  private int report(Job job, Outcome outcome, Progress progress) {
    List<ParseWarning> found = warnings.remove(job);
    if (found != null && !found.isEmpty()) {
      progress.clear();
      context.warnings(job.input().shown().toString(), found);
    }
    if (outcome.stdout() != null) {
      context.writeRaw(outcome.stdout());
    }
    if (outcome.error() == null) {
      return 0;
    }
    progress.clear();
    context.fail(job.input().shown().toString(), outcome.error(), outcome.cause());
    return 1;
  }

  private Outcome convert(Job job) {
    if (job.problem() != null) {
      return Outcome.failed(job.problem(), null);
    }
    PressRelease release;
    try {
      List<ParseWarning> found = new ArrayList<>();
      warnings.put(job, found);
      release = pressroom.parse(context.resolve(job.input().shown()), from, found::add);
    } catch (ParseException e) {
      return Outcome.failed(Messages.parse(e), e);
    } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
      return Outcome.failed(Messages.internalError(e), e);
    }
    List<String> errors = new ArrayList<>();
    Throwable cause = null;
    byte[] stdout = null;
    // Every format is tried even when one fails: the others are still written.
    for (Target target : job.targets()) {
      String format = target.renderer().format();
      if (target.clash() != null) {
        errors.add(format + ": " + target.clash());
        continue;
      }
      // The target's own renderer: the one --page-size, --font and --justify configured.
      ReleaseRenderer renderer = target.renderer();
      try {
        if (target.file() == null) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
          renderer.render(release, bytes);
          stdout = bytes.toByteArray();
        } else {
          AtomicFiles.<RenderException>write(
              context.resolve(target.file()), out -> renderer.render(release, out));
        }
      } catch (RenderException e) {
        errors.add(format + ": " + e.getMessage());
        cause = cause == null ? e : cause;
      } catch (IOException e) {
        errors.add("cannot write " + target.file() + ": " + Messages.io(e));
        cause = cause == null ? e : cause;
      } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
        errors.add(format + ": " + Messages.internalError(e));
        cause = cause == null ? e : cause;
      }
    }
    return errors.isEmpty()
        ? new Outcome(null, null, stdout)
        : Outcome.failed(String.join("; ", errors), cause);
  }
}
