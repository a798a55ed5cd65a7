package se.namndbok.core.backup;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Tx;
import se.namndbok.core.shared.TempFiles;
import se.namndbok.core.shared.ValidationException;

/**
 * A consistent copy of the whole store as one zip (every table as JSON, every referenced file), and putting
 * one back. A restore checks the whole zip before it changes anything, then replaces the store in one
 * transaction: an interrupted restore leaves the store as it was.
 */
public final class BackupService {
  static final String MANIFEST = "namndbok-backup.json";
  private static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database db;
  private final TableDump dump = new TableDump();

  public BackupService(Database db) {
    this.db = db;
  }

  public BackupSummary backup(Path zip) {
    Path tmp = tempBeside(zip);
    try {
      // The whole zip is written inside one snapshot: tables and files (in the shared store rows too) agree.
      BackupSummary summary = db.snapshot(tx -> write(tx, tmp));
      moveIntoPlace(tmp, zip);
      return summary;
    } catch (RuntimeException e) {
      deleteQuietly(tmp);
      throw e;
    }
  }

  private BackupSummary write(Tx tx, Path tmp) {
    Map<String, Integer> counts = dump.counts(tx);
    List<String> files = dump.referencedFiles(tx).stream().sorted().toList();
    try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("format", FORMAT);
      manifest.put("schemaVersion", db.schemaVersion());
      manifest.put("tables", counts);
      manifest.put("files", files);
      put(z, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
      for (var e : dump.dump(tx).entrySet()) {
        put(z, "tabeller/" + e.getKey() + ".json", e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      for (String sha : files) {
        put(z, "filer/" + sha, db.files().get(tx, sha));
      }
      z.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skriva säkerhetskopian " + tmp, e);
    }
    return new BackupSummary(db.schemaVersion(), counts, files.size());
  }

  /**
   * Replaces the store's content by the backup's, in one transaction with its files (the embedded store writes
   * them to its folder first; an unreferenced file there is harmless).
   */
  public BackupSummary restore(Path zip) {
    Contents c = read(zip);
    db.run(tx -> {
      dump.replaceAll(tx, c.tables());
      for (var f : c.files().entrySet()) {
        db.files().put(tx, f.getValue());
      }
    });
    return new BackupSummary(c.schemaVersion(), c.counts(), c.files().size());
  }

  private record Contents(String schemaVersion, Map<String, Integer> counts, Map<String, String> tables,
      Map<String, byte[]> files) {}

  private Contents read(Path zip) {
    String name = zip.getFileName().toString();
    Map<String, byte[]> entries = new HashMap<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        entries.put(e.getName(), z.readAllBytes());
      }
    } catch (ZipException e) {
      throw refused(name, "är ingen zip-fil eller är skadad");
    } catch (IOException e) {
      throw refused(name, "kan inte läsas (" + e.getMessage() + ")");
    }
    byte[] manifestBytes = entries.get(MANIFEST);
    if (manifestBytes == null) {
      throw refused(name, "är ingen säkerhetskopia från Nämndbok (" + MANIFEST + " saknas)");
    }
    Manifest m = manifest(name, manifestBytes);
    if (!db.schemaVersion().equals(m.schemaVersion())) {
      throw refused(name, "är gjord med databasversion " + m.schemaVersion() + " men den här Nämndbok har version "
          + db.schemaVersion() + "; återställ med samma version av programmet");
    }
    Map<String, String> tables = new LinkedHashMap<>();
    for (String t : dump.tableNames()) {
      byte[] json = entries.get("tabeller/" + t + ".json");
      if (json == null) {
        throw refused(name, "saknar tabellen " + t);
      }
      tables.put(t, new String(json, StandardCharsets.UTF_8));
    }
    Map<String, byte[]> files = new HashMap<>();
    for (String sha : m.files()) {
      byte[] bytes = entries.get("filer/" + sha);
      if (bytes == null || !FileStore.sha256(bytes).equals(sha)) {
        throw refused(name, "har en saknad eller skadad fil (" + sha + ")");
      }
      files.put(sha, bytes);
    }
    return new Contents(m.schemaVersion(), m.tables(), tables, files);
  }

  private record Manifest(int format, String schemaVersion, Map<String, Integer> tables, List<String> files) {}

  private static Manifest manifest(String name, byte[] bytes) {
    try {
      Map<String, Object> raw = JSON.readValue(bytes, new TypeReference<>() {});
      Manifest m = JSON.convertValue(raw, Manifest.class);
      if (m.format() != FORMAT || m.schemaVersion() == null || m.tables() == null || m.files() == null) {
        throw refused(name, "har ett okänt format");
      }
      return m;
    } catch (IOException | IllegalArgumentException e) {
      throw refused(name, "har en oläslig innehållsförteckning (" + MANIFEST + ")");
    }
  }

  private static ValidationException refused(String file, String message) {
    return ValidationException.of("Säkerhetskopian " + file, message);
  }

  private static void put(ZipOutputStream z, String name, byte[] bytes) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(bytes);
    z.closeEntry();
  }

  static Path tempBeside(Path target) {
    try {
      return TempFiles.beside(target);
    } catch (IOException e) {
      throw new UncheckedIOException("Kunde inte skriva i mappen för " + target, e);
    }
  }

  static void moveIntoPlace(Path tmp, Path target) {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException("Kunde inte skriva " + target, e);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the temporary name never looks like a finished file
    }
  }
}
