package se.namndbok.app.diarium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ErrorDialog;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.SystemPrograms;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Handling;

/**
 * Opens a handling's stored file with the system's program for its kind: the store keeps files under their
 * sha256, so a read-only copy with the file's own name is written to a private folder of this session first
 * (the program then opens "Yttrande.pdf", and an edit is saved elsewhere, never into the diarium). Decision 0121.
 */
final class StoredFileOpener {
  private final ArendeService arenden;
  private final SystemPrograms programs;
  private final TaskExecutor executor;
  private Path folder;

  StoredFileOpener(ArendeService arenden, SystemPrograms programs, TaskExecutor executor) {
    this.arenden = arenden;
    this.programs = programs;
    this.executor = executor;
  }

  /** Copies and opens, off the JavaFX thread; a missing or changed file is told in Swedish. */
  void open(Handling h) {
    if (h == null || h.fil() == null) {
      return;
    }
    BackgroundTask.wrap(() -> {
      Path copy = copy(h);
      programs.open(copy);
      return copy;
    })
        .titled(Messages.format("diarium.oppnar", h.fil().namn()))
        .onFailure(t -> ErrorDialog.show(Messages.format("diarium.oppna.fel", h.fil().namn()), message(t)))
        .executeWith(executor);
  }

  private synchronized Path copy(Handling h) throws IOException {
    Path dir = folder().resolve(h.handlingsId().toString());
    Files.createDirectories(dir);
    Path file = dir.resolve(Path.of(h.fil().namn()).getFileName().toString());
    if (Files.exists(file)) {
      file.toFile().setWritable(true, true);
      Files.delete(file);
    }
    Files.write(file, arenden.readFile(h.fil()));
    file.toFile().setWritable(false, false);
    return file;
  }

  private Path folder() throws IOException {
    if (folder == null) {
      boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      folder = posix ? Files.createTempDirectory("namndbok-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
          : Files.createTempDirectory("namndbok-");
      Path created = folder;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(created), "namndbok-rensa-oppnade"));
    }
    return folder;
  }

  /** The copies are read-only (Windows then refuses a plain delete): made writable, then deleted. */
  static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        p.toFile().setWritable(true, true);
        p.toFile().delete();
      });
    } catch (IOException | RuntimeException e) {
      // best effort at exit: what is left is in the user's own temporary folder, readable by the user only
    }
  }

  private static String message(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
