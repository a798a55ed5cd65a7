package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.CoreServices;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.KvartalsrapportJson;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.kallelse.KallelseService;
import se.namndbok.core.testing.TestStore;
import se.namndbok.core.testing.TextRenderers;

/**
 * The shared deployment: the same migrations and the same jOOQ code on a real PostgreSQL give the same answers
 * as the embedded H2 store, and a backup of the embedded store seeds a shared database.
 */
class PostgresCompatibilityTest {
  @TempDir
  static Path dir;
  private static EmbeddedPostgres postgres;
  private static TestStore h2;

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true).start();
    h2 = TestStore.create();
    loadDemo(h2.db());
  }

  @AfterAll
  static void stop() throws IOException {
    h2.close();
    postgres.close();
  }

  private static Database openPostgres(String database) throws Exception {
    try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    }
    return Database.openPostgres(postgres.getJdbcUrl("postgres", database), "postgres", "postgres",
        dir.resolve(database + "-filer"));
  }

  private static void loadDemo(Database db) {
    new CoreServices(db, TestStore.CLOCK, TextRenderers.create()).demo().load(b -> ("%PDF-1.7 " + b.filnamn()).getBytes());
  }

  private static String report(Database db, Lag lag) {
    return KvartalsrapportJson.write(new CoreServices(db, TestStore.CLOCK, TextRenderers.create()).kvartalsrapporter().rapport(lag, Kvartal.parse("2025Q2")));
  }

  @Test
  void theDemoBoardGivesTheSameReportsAndKallelseOnPostgres() throws Exception {
    try (Database pg = openPostgres("demo")) {
      loadDemo(pg);

      assertThat(pg.schemaVersion()).isEqualTo(h2.db().schemaVersion());
      assertThat(report(pg, Lag.SOL)).isEqualTo(report(h2.db(), Lag.SOL)).contains("\"summa\" : 82");
      assertThat(report(pg, Lag.LSS)).isEqualTo(report(h2.db(), Lag.LSS));
      LocalDate meeting = LocalDate.of(2025, 10, 23);
      assertThat(new CoreServices(pg, TestStore.CLOCK, TextRenderers.create()).kallelse().underlag(meeting))
          .isEqualTo(h2.core().kallelse().underlag(meeting));
    }
  }

  @Test
  void aBackupOfTheEmbeddedStoreRestoresIntoPostgresWithIdenticalRows() throws Exception {
    Path zip = dir.resolve("h2.zip");
    h2.core().backup().backup(zip);
    try (Database pg = openPostgres("restored")) {
      new CoreServices(pg, TestStore.CLOCK, TextRenderers.create()).backup().restore(zip);

      java.util.Map<String, Integer> restored = pg.read(tx -> new TableDump().counts(tx));
      java.util.Map<String, Integer> original = h2.db().read(tx -> new TableDump().counts(tx));
      assertThat(restored).isEqualTo(original);
      assertThat(report(pg, Lag.SOL)).isEqualTo(report(h2.db(), Lag.SOL));
    }
  }
}
