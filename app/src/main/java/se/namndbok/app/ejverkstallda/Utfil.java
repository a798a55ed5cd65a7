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

  /**
   * The format a command writes: {@code format} as given (checked by {@code parse}), or when it is not given the
   * one of {@code kanda} that {@code output}'s name ends with, else {@code standard}. A given format and a known
   * ending that disagree are refused (exit 2): a file named .pdf holding JSON helps nobody.
   */
  static String format(String format, Path output, java.util.List<String> kanda, String standard,
      java.util.function.UnaryOperator<String> parse) {
    String avFil = output == null || !kanda.contains(filandelse(output)) ? null : filandelse(output);
    if (format == null) {
      return avFil == null ? standard : avFil;
    }
    String f = parse.apply(format);
    if (avFil != null && !avFil.equals(f)) {
      throw ValidationException.of("--format", "formatet " + f + " stämmer inte med filen " + output.getFileName()
          + " (-o); ange --format " + avFil + ", eller en fil som slutar på ." + f);
    }
    return f;
  }

  /** "pdf" for {@code rapport.PDF}; "" for a name without an ending. */
  static String filandelse(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
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
