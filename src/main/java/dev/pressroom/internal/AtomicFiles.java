package dev.pressroom.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file completely or not at all: a temporary file beside it, then a move. Temporary files
 * still being written are tracked so that a shutdown hook can remove them ({@link
 * #deleteUnfinished()}) when the process is interrupted.
 */
public final class AtomicFiles {
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /** Deletes every temporary file still being written; for a shutdown hook. */
  public static void deleteUnfinished() {
    for (Path temp : UNFINISHED) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // best effort while the process ends
      }
    }
  }

  /** What writes the content. */
  @FunctionalInterface
  public interface Writer<E extends Exception> {
    void write(OutputStream out) throws IOException, E;
  }

  /** Writes {@code target} through {@code writer}; on any failure the target is untouched. */
  public static <E extends Exception> void write(Path target, Writer<E> writer)
      throws IOException, E {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    String name = target.getFileName().toString();
    Path temp;
    OutputStream file;
    while (true) {
      String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      temp = dir.resolve("." + name + "." + random + ".part");
      UNFINISHED.add(temp); // before it exists, so that an interruption cannot miss it
      try {
        // created and opened in one call, with the permissions any new file gets (the umask's),
        // not the owner-only ones of Files.createTempFile: the finished file is moved into place
        // as it is, and must look like a file written directly
        file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        break;
      } catch (FileAlreadyExistsException e) {
        UNFINISHED.remove(temp); // taken: draw another name
      } catch (IOException | RuntimeException e) {
        UNFINISHED.remove(temp);
        throw e;
      }
    }
    boolean done = false;
    try {
      // buffered: renderers may write a few bytes per call; a larger write passes straight through
      try (OutputStream out = new BufferedOutputStream(file, 8192)) {
        writer.write(out);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      done = true;
    } finally {
      if (!done) {
        try {
          file.close(); // idempotent: it may be closed already
        } catch (IOException e) {
          // the write already failed; removing the temporary file matters more
        }
        Files.deleteIfExists(temp);
      }
      UNFINISHED.remove(temp);
    }
  }
}
