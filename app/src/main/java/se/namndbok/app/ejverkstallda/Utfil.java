package se.namndbok.app.ejverkstallda;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import se.namndbok.core.shared.TempFiles;
import se.namndbok.core.shared.ValidationException;

/**
 * Writes an output file the way cli.md asks: to a temporary name in the target folder, renamed when complete.
 * A failure on the way deletes the temporary file, so no half-written file is ever left under either name.
 */
final class Utfil {
  private Utfil() {}

  static void skriv(Path target, Consumer<OutputStream> writer) {
    Path dir = target.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw ValidationException.of("-o", "mappen " + dir + " finns inte");
    }
    Path tmp;
    try {
      tmp = TempFiles.beside(target);
    } catch (IOException e) {
      throw ValidationException.of("-o", "kan inte skriva i mappen " + dir + ": " + e.getMessage());
    }
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
        writer.accept(out);
      }
      Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("Kunde inte skriva " + target, e);
    } catch (RuntimeException | Error e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  /** Writes to stdout without closing it. */
  static void stdout(Consumer<OutputStream> writer) {
    OutputStream out = System.out;
    writer.accept(out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: a leftover has a hidden temporary name, never the target's
    }
  }
}
