package se.namndbok.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.PrivateFiles;

/**
 * A private folder for a backup's or restore's intermediate files (table dumps, a decrypted copy): inside the
 * embedded store's work folder (which the next open clears), else a private folder under the system's
 * temporary folder.
 */
final class WorkFolder {
  private WorkFolder() {}

  static Path create(Database db, Path near) {
    try {
      if (db.workFolder() != null) {
        return Files.createTempDirectory(db.workFolder(), "kopia");
      }
      Path dir = Files.createTempDirectory("namndbok-kopia");
      PrivateFiles.restrict(dir);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skapa en arbetsmapp för säkerhetskopian", e);
    }
  }

  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(WorkFolder.class).warn("Kunde inte ta bort arbetsmappen {}", dir, e);
    }
  }
}
