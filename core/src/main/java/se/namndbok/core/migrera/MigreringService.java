package se.namndbok.core.migrera;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Tx;
import se.namndbok.core.server.ServerService;
import se.namndbok.core.shared.ValidationException;

/**
 * {@code migrera}: copies an embedded store, every table and every file, into an empty shared database and
 * verifies the copy (row counts per table, every file's sha256 read back) inside the same transaction, so the
 * shared database either holds the whole verified copy or nothing (decision 0094).
 */
public final class MigreringService {
  private final Database kalla;
  private final Database mal;
  private final ServerService malServer;
  private final TableDump dump = new TableDump();

  /** Built by the composition root ({@code CoreServices.migreringTill}); {@code malServer} is {@code mal}'s. */
  public MigreringService(Database kalla, Database mal, ServerService malServer) {
    this.kalla = kalla;
    this.mal = mal;
    this.malServer = malServer;
  }

  public Migrering migrera() {
    kontrollera();
    Kopia kopia = kalla.snapshot(tx -> new Kopia(dump.dump(tx), new TreeMap<>(dump.counts(tx)),
        dump.referencedFiles(tx).stream().sorted().toList()));
    return mal.inTransaction(tx -> {
      dump.replaceAll(tx, kopia.tabeller());
      for (String sha : kopia.filer()) {
        mal.files().put(tx, kalla.files().get(sha));
      }
      verifiera(tx, kopia);
      return new Migrering(kopia.rader(), kopia.filer().size());
    });
  }

  private void kontrollera() {
    if (kalla.shared() || !mal.shared()) {
      throw ValidationException.of("--till-db", "migrera flyttar den inbyggda databasen (--data) till en gemensam "
          + "PostgreSQL-databas (--till-db)");
    }
    if (!Objects.equals(kalla.schemaVersion(), mal.schemaVersion())) {
      throw ValidationException.of("--till-db", "databasen har version " + mal.schemaVersion()
          + " men den inbyggda har version " + kalla.schemaVersion());
    }
    if (!malServer.arAgare()) {
      throw ValidationException.of("--till-db-user", "migrera körs av den gemensamma databasens ägare");
    }
    Map<String, Integer> rader = mal.read(dump::counts);
    List<String> medData = List.of("namnd", "arende", "sammantrade", "gynnande_beslut", "audit_logg").stream()
        .filter(t -> rader.getOrDefault(t, 0) > 0).toList();
    if (!medData.isEmpty()) {
      throw ValidationException.of("--till-db", "den gemensamma databasen har redan data (" + String.join(", ", medData)
          + "); migrera kräver en tom databas efter server init");
    }
  }

  /** Throws (and so rolls the copy back) unless every table has its row count and every file its sha256. */
  private void verifiera(Tx tx, Kopia kopia) {
    Map<String, Integer> efter = new TreeMap<>(dump.counts(tx));
    if (!efter.equals(kopia.rader())) {
      throw new IllegalStateException("Kopian stämmer inte: antal rader per tabell " + efter + " mot " + kopia.rader()
          + ". Ingenting sparades i den gemensamma databasen.");
    }
    for (String sha : kopia.filer()) {
      if (!FileStore.sha256(mal.files().get(tx, sha)).equals(sha)) {
        throw new IllegalStateException("Filen " + sha + " stämmer inte i kopian. Ingenting sparades.");
      }
    }
  }

  private record Kopia(Map<String, String> tabeller, Map<String, Integer> rader, List<String> filer) {}

  /** What was copied: rows per table and the number of files, all verified. */
  public record Migrering(Map<String, Integer> rader, int filer) {
    public int totaltRader() {
      return rader.values().stream().mapToInt(Integer::intValue).sum();
    }
  }
}
