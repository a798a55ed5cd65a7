package se.namndbok.app.ejverkstallda;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    TempFiles.write(target, writer);
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
}
