package se.namndbok.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import se.namndbok.core.CoreServices;
import se.namndbok.core.Renderers;
import se.namndbok.core.db.Database;
import se.namndbok.core.demo.DemoResultat;
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
  private final Renderers renderers;
  private CoreServices core;

  private TestStore(Path folder, Renderers renderers) {
    this.folder = folder;
    this.database = Database.openEmbedded(folder);
    this.renderers = renderers;
  }

  /** A store whose kept documents are made by {@link TextRenderers} (plain text). */
  public static TestStore create() {
    return create(TextRenderers.create());
  }

  /** A store whose kept documents are made by {@code renderers} (the real PDFs in reports and app). */
  public static TestStore create(Renderers renderers) {
    try {
      Path base = Path.of("target", "test-stores");
      Files.createDirectories(base);
      return new TestStore(Files.createTempDirectory(base, "store"), renderers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The store in {@code folder}, made there by the real migrations when the folder is new and opened as it is
   * when not (a benchmark keeps its large generated store between runs); close it after use, the folder stays.
   */
  public static TestStore open(Path folder) {
    return open(folder, TextRenderers.create());
  }

  /** The store in {@code folder} (e.g. a copy of a prepared one), its kept documents made by {@code renderers}. */
  public static TestStore open(Path folder, Renderers renderers) {
    try {
      Files.createDirectories(folder);
      return new TestStore(folder, renderers);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Renderers renderers() {
    return renderers;
  }

  public Database db() {
    return database;
  }

  /** The store's services, built once, as the program builds them. */
  public synchronized CoreServices core() {
    if (core == null) {
      core = new CoreServices(database, CLOCK, renderers);
    }
    return core;
  }

  /** Loads the demo board, each attachment a stand-in PDF named after its file. */
  public DemoResultat loadDemo() {
    return core().demo().load(b -> ("%PDF-1.7 " + b.filnamn()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
