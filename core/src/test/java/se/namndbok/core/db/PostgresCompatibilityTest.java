package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.demo.DemoBoard;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.KvartalsrapportJson;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;

/**
 * The shared deployment: the same migrations and the same jOOQ code on a real PostgreSQL give the same answers
 * as the embedded H2 store, and a backup of the embedded store seeds a shared database.
 */
class PostgresCompatibilityTest {
  @TempDir
  static Path dir;
  private static TestStore h2;

  @BeforeAll
  static void start() {
    TestPostgres.assumeAvailable();
    h2 = TestStore.create();
    loadDemo(h2.db());
  }

  @AfterAll
  static void stop() {
    if (h2 != null) {
      h2.close();
    }
  }

  private static Database openPostgres() {
    return TestPostgres.initialisedDatabase().openAsOwner();
  }

  private static void loadDemo(Database db) {
    db.run(tx -> {
      new DemoBoard(db, db.files(), TestStore.CLOCK).load(tx);
      EjVerkstalldaDemo.load(tx, TestStore.CLOCK);
    });
  }

  private static String report(Database db, Lag lag) {
    return KvartalsrapportJson.write(new KvartalsrapportService(db, TestStore.CLOCK).rapport(lag, Kvartal.parse("2025Q2")));
  }

  @Test
  void theDemoBoardGivesTheSameReportsAndKallelseOnPostgres() {
    try (Database pg = openPostgres()) {
      loadDemo(pg);

      assertThat(pg.schemaVersion()).isEqualTo(h2.db().schemaVersion());
      assertThat(report(pg, Lag.SOL)).isEqualTo(report(h2.db(), Lag.SOL)).contains("\"summa\" : 82");
      assertThat(report(pg, Lag.LSS)).isEqualTo(report(h2.db(), Lag.LSS));
      LocalDate meeting = LocalDate.of(2025, 10, 23);
      assertThat(new KallelseService(pg, pg.files(), TestStore.CLOCK).underlag(meeting))
          .isEqualTo(new KallelseService(h2.db(), h2.db().files(), TestStore.CLOCK).underlag(meeting));
    }
  }

  @Test
  void aBackupOfTheEmbeddedStoreRestoresIntoPostgresWithIdenticalRows() {
    Path zip = dir.resolve("h2.zip");
    new BackupService(h2.db()).backup(zip);
    try (Database pg = openPostgres()) {
      new BackupService(pg).restore(zip);

      java.util.Map<String, Integer> restored = pg.read(tx -> new TableDump().counts(tx));
      java.util.Map<String, Integer> original = h2.db().read(tx -> new TableDump().counts(tx));
      assertThat(restored).isEqualTo(original);
      assertThat(report(pg, Lag.SOL)).isEqualTo(report(h2.db(), Lag.SOL));
    }
  }

  @Test
  void aBackupOfTheServerStoreRestoresIntoAnEmbeddedStoreWithIdenticalRowsAndFiles() {
    Path fromH2 = dir.resolve("fran-h2.zip");
    Path fromPg = dir.resolve("fran-pg.zip");
    new se.namndbok.core.arende.ArendeService(h2.db(), h2.db().files(), TestStore.CLOCK).registerHandling(1,
        new se.namndbok.core.arende.NyHandling(null, LocalDate.of(2025, 10, 1), se.namndbok.core.arende.Riktning.INKOMMANDE,
            null, "Skrivelse med bilaga", false), "skrivelse.pdf", "%PDF-1.7 skrivelse".getBytes());
    new BackupService(h2.db()).backup(fromH2);
    try (Database pg = openPostgres(); TestStore back = TestStore.create()) {
      new BackupService(pg).restore(fromH2);
      new BackupService(pg).backup(fromPg);
      new BackupService(back.db()).restore(fromPg);

      assertThat(rows(back.db())).isEqualTo(rows(h2.db()));
      assertThat(back.folderFiles().all().sorted().toList()).isNotEmpty()
          .isEqualTo(h2.folderFiles().all().sorted().toList());
      int inDatabase = pg.read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.FIL));
      assertThat((long) inDatabase).as("files kept in the server database").isEqualTo(h2.folderFiles().all().count());
    }
  }

  /** Every table's rows (without the JSON header, whose column types differ between the engines). */
  private static java.util.Map<String, String> rows(Database db) {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    db.read(tx -> new TableDump().dump(tx)).forEach((t, json) -> out.put(t, json.substring(json.indexOf("\"records\""))));
    return out;
  }
}
