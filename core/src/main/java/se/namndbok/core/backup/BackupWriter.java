package se.namndbok.core.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.TempFiles;

/**
 * Writes a backup: every table dumped to a private work folder in one REPEATABLE READ snapshot (the window
 * keeps working meanwhile), then the zip — manifest first, the tables, the stored files — to a temporary name
 * that becomes the target when complete; encrypted when the store is.
 */
final class BackupWriter {
  private final Database db;
  private final Clock clock;
  private final TableDump dump = new TableDump();

  /** {@code clock}: the store's, whose time the manifest records (shown when the backup is restored). */
  BackupWriter(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  BackupSummary write(Path zip, char[] password) {
    return write(zip, password, false);
  }

  /** {@code inDataFolder}: the zip goes into the open data folder (an automatic backup) and stays private. */
  BackupSummary write(Path zip, char[] password, boolean inDataFolder) {
    Path work = WorkFolder.create(db, zip);
    try {
      Manifest manifest = dumpTables(work);
      java.util.function.Consumer<java.io.OutputStream> writer = out -> zip(out, manifest, work, password);
      if (inDataFolder) {
        TempFiles.writePrivate(zip, writer);
      } else {
        TempFiles.write(zip, writer);
      }
      return BackupSummary.of(manifest);
    } finally {
      WorkFolder.delete(work);
    }
  }

  private Manifest dumpTables(Path work) {
    record Snapshot(Map<String, Manifest.Tabell> tables, Map<String, Long> files, String namnd) {}
    // one snapshot: the tables and the files (in the shared store rows too) agree
    Snapshot s = db.snapshot(tx -> {
      Map<String, Manifest.Tabell> tables = new LinkedHashMap<>();
      for (String t : dump.tableNames()) {
        tables.put(t, dumpTable(tx, t, work.resolve(t + ".json")));
      }
      Map<String, Long> files = new TreeMap<>();
      for (String sha : dump.referencedFiles(tx)) {
        files.put(sha, (long) db.files().get(tx, sha).length);
      }
      return new Snapshot(tables, files, dump.namnd(tx));
    });
    Map<String, Long> files = s.files();
    return new Manifest(Manifest.FORMAT, clock.now().toString(), db.schemaVersion(), s.namnd(),
        s.tables(), files);
  }

  private Manifest.Tabell dumpTable(se.namndbok.core.db.Tx tx, String table, Path file) {
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file))) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      DigestOutputStream out = new DigestOutputStream(raw, sha);
      long rows = dump.write(tx, table, out);
      out.flush();
      return new Manifest.Tabell(rows, HexFormat.of().formatHex(sha.digest()), Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skriva säkerhetskopian", e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void zip(OutputStream target, Manifest manifest, Path work, char[] password) {
    try {
      OutputStream out = password == null ? target : BackupCipher.encrypting(target, password);
      ZipOutputStream z = new ZipOutputStream(out);
      put(z, Manifest.NAME, new java.io.ByteArrayInputStream(manifest.json()));
      for (String t : manifest.tabeller().keySet()) {
        try (InputStream in = Files.newInputStream(work.resolve(t + ".json"))) {
          put(z, "tabeller/" + t + ".json", in);
        }
      }
      for (String sha : manifest.filer().keySet()) {
        put(z, "filer/" + sha, new java.io.ByteArrayInputStream(db.files().get(sha)));
      }
      z.finish();
      if (password != null) {
        out.close(); // writes the last encrypted block; the target stream is closed by Utfiler
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skriva säkerhetskopian", e);
    }
  }

  private static void put(ZipOutputStream z, String name, InputStream in) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    in.transferTo(z);
    z.closeEntry();
  }
}
