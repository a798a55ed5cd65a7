package se.namndbok.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.FolderFileStore;
import se.namndbok.core.shared.Clock;

/**
 * A real embedded H2 store built by the real migrations, in a fresh folder under target/. Tests of every
 * module use it; close it after use.
 */
public final class TestStore implements AutoCloseable {
  /** The tests' "today": after every date of the demo board. */
  public static final Clock CLOCK = new Clock(
      java.time.Clock.fixed(Instant.parse("2025-11-03T09:00:00Z"), ZoneId.of("Europe/Stockholm")), "testare");

  private final Path folder;
  private final Database database;

  private TestStore(Path folder) {
    this.folder = folder;
    this.database = Database.openEmbedded(folder);
  }

  public static TestStore create() {
    try {
      Path base = Path.of("target", "test-stores");
      Files.createDirectories(base);
      return new TestStore(Files.createTempDirectory(base, "store"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Database db() {
    return database;
  }

  /** The embedded store's file folder. */
  public FolderFileStore folderFiles() {
    return (FolderFileStore) database.files();
  }

  public Path folder() {
    return folder;
  }

  public Clock clock() {
    return CLOCK;
  }

  @Override
  public void close() {
    database.close();
  }
}
