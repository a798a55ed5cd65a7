package se.namndbok.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.backup.persistence.TableRows;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.Avbrott;
import se.namndbok.core.shared.ValidationException;

/**
 * A consistent copy of the whole store as one zip (every table as JSON, every referenced file, a manifest with
 * row counts and checksums), and putting one back (decision records 0005, 0131). A restore checks the whole zip
 * before it changes anything, then replaces the store in one crash-safe long write: a refused or interrupted
 * restore leaves the store as it was. In the embedded store that long write first saves the store as it is beside
 * the automatic backups ({@link Sakerhetskopior}), so a restore never loses the day's work without a way back. The
 * backup of an encrypted store is encrypted with its password.
 */
public final class BackupService {
  private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
  private static final int BATCH = 1_000;

  private final Database db;
  private final se.namndbok.core.shared.Clock clock;
  private final TableDump dump = new TableDump();

  public BackupService(Database db, se.namndbok.core.shared.Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * A restore: what the backup held (now the store's content) and where the store as it was before was saved
   * ({@code fore}; null for the shared store, which has no folder of its own — its server's backups are the
   * database administrator's).
   */
  public record Aterstallning(BackupSummary innehall, Path fore) {}

  /** Writes a backup of the whole store to {@code zip} (outside the data folder). */
  public BackupSummary backup(Path zip) {
    return new BackupWriter(db, clock).write(zip, db.password());
  }

  /**
   * Replaces the store's content by the backup's, in one transaction with its files (the embedded store writes
   * them to its folder first; an unreferenced file there is harmless), after saving the store as it was.
   */
  public Aterstallning restore(Path zip) {
    return restore(zip, null, Avbrott.INGET);
  }

  /**
   * Replaces the store's content with the backup in {@code zip}; {@code password} opens an encrypted backup
   * (null: the store's own). Once the backup is verified, and in the same long write as the replacement (so no
   * write falls between), the store as it is is saved beside the automatic backups; a restore that is then refused
   * or cancelled removes that copy again, since nothing changed. Cancelled through {@code avbrott} before the
   * replacement commits, nothing changes.
   */
  public Aterstallning restore(Path zip, char[] password, Avbrott avbrott) {
    Path work = WorkFolder.create(db, zip);
    try {
      Path plain = plain(zip, password, work);
      Manifest m = reader(zip).verify(plain);
      avbrott.kontrollera();
      Path fore = replace(plain, m, zip.getFileName().toString(), avbrott);
      LOG.info("Återställde {} ({} rader, {} filer); det som fanns före sparades som {}", zip,
          BackupSummary.of(m).totalRows(), m.filer().size(), fore);
      return new Aterstallning(BackupSummary.of(m), fore);
    } finally {
      WorkFolder.delete(work);
    }
  }

  /** What the backup holds (date, nämnd, rows per table), read without changing anything. */
  public BackupSummary preview(Path zip, char[] password) {
    Path work = WorkFolder.create(db, zip);
    try {
      return BackupSummary.of(reader(zip).manifest(plain(zip, password, work)));
    } finally {
      WorkFolder.delete(work);
    }
  }

  /** Whether {@code file} is an encrypted backup (and so needs a password to be read). */
  public static boolean isEncrypted(Path file) {
    try {
      return Files.isRegularFile(file) && BackupCipher.isEncrypted(file);
    } catch (IOException e) {
      return false;
    }
  }

  private BackupReader reader(Path zip) {
    return new BackupReader(zip.getFileName().toString(), db.schemaVersion(), dump.tableNames());
  }

  /** The zip itself, or (for an encrypted backup) a decrypted copy in the private work folder. */
  private Path plain(Path zip, char[] password, Path work) {
    String name = zip.getFileName().toString();
    try {
      if (!Files.isRegularFile(zip)) {
        throw ValidationException.of("Säkerhetskopian " + name, "finns inte");
      }
      if (!BackupCipher.isEncrypted(zip)) {
        return zip;
      }
      char[] key = password != null ? password : db.password();
      if (key == null) {
        throw ValidationException.of("Säkerhetskopian " + name, "är krypterad; ange lösenordet (på kommandoraden "
            + "i miljövariabeln NAMNDBOK_LOSENORD)");
      }
      Path plain = work.resolve("kopia.zip");
      try (InputStream in = Files.newInputStream(zip); OutputStream out = Files.newOutputStream(plain)) {
        BackupCipher.decrypt(in, out, key);
      }
      return plain;
    } catch (BackupCipher.Refused e) {
      throw ValidationException.of("Säkerhetskopian " + name, e.getMessage());
    } catch (IOException e) {
      throw ValidationException.of("Säkerhetskopian " + name, "kan inte läsas (" + e.getMessage() + ")");
    }
  }

  /** Saves the store as it is, then replaces it; returns the saved copy (null for the shared store). */
  private Path replace(Path plain, Manifest m, String name, Avbrott avbrott) {
    try (ZipFile z = new ZipFile(plain.toFile())) {
      return db.whole(() -> {
        Path fore = Sakerhetskopior.makeBeforeRestore(db, clock).orElse(null);
        try {
          avbrott.kontrollera();
          replace(z, m, avbrott);
          return fore;
        } catch (RuntimeException | Error e) {
          deleteQuietly(fore); // nothing was replaced: the store is still what the copy holds
          throw e;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte läsa " + name, e);
    } catch (TableDump.Violation e) {
      throw ValidationException.of("Säkerhetskopian " + name, e.getMessage() + "; ingenting återställdes");
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Kunde inte ta bort {} efter en avbruten återställning", file, e);
    }
  }

  private void replace(ZipFile z, Manifest m, Avbrott avbrott) {
    db.inTransaction(tx -> {
      dump.deleteAll(tx);
      for (String t : dump.tableNames()) {
        insertTable(tx, z, t, avbrott);
      }
      for (String sha : m.filer().keySet()) { // the embedded store's folder, the shared store's files table
        try (InputStream in = z.getInputStream(z.getEntry("filer/" + sha))) {
          db.files().put(tx, in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      dump.restartIdentities(tx);
      avbrott.kontrollera();
      return null;
    });
  }

  private void insertTable(Tx tx, ZipFile z, String table, Avbrott avbrott) {
    try (InputStream in = z.getInputStream(z.getEntry("tabeller/" + table + ".json"));
        TableRows rows = new TableRows(table, in)) {
      List<Object[]> batch = new ArrayList<>(BATCH);
      for (Object[] row; (row = rows.next()) != null; ) {
        batch.add(row);
        if (batch.size() == BATCH) {
          avbrott.kontrollera();
          dump.insert(tx, table, rows.columns(), batch);
          batch.clear();
        }
      }
      dump.insert(tx, table, rows.columns(), batch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
