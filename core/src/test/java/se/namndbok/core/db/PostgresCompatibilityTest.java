package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.CoreServices;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.ejverkstallda.BeslutImport;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.KvartalsrapportJson;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.testing.TestPostgres;
import se.namndbok.core.testing.TestStore;
import se.namndbok.core.testing.TextRenderers;

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

  private static CoreServices core(Database db) {
    return new CoreServices(db, TestStore.CLOCK, TextRenderers.create());
  }

  private static void loadDemo(Database db) {
    core(db).demo().load(b -> ("%PDF-1.7 " + b.filnamn()).getBytes());
  }

  private static String report(Database db, Lag lag) {
    return KvartalsrapportJson.write(core(db).kvartalsrapporter().rapport(lag, Kvartal.parse("2025Q2")));
  }

  @Test
  void theDemoBoardGivesTheSameReportsAndKallelseOnPostgres() {
    try (Database pg = openPostgres()) {
      loadDemo(pg);

      assertThat(pg.schemaVersion()).isEqualTo(h2.db().schemaVersion());
      assertThat(report(pg, Lag.SOL)).isEqualTo(report(h2.db(), Lag.SOL)).contains("\"summa\" : 82");
      assertThat(report(pg, Lag.LSS)).isEqualTo(report(h2.db(), Lag.LSS));
      LocalDate meeting = LocalDate.of(2025, 10, 23);
      assertThat(core(pg).kallelse().underlag(meeting)).isEqualTo(h2.core().kallelse().underlag(meeting));
      // the registration forms' suggestions: DISTINCT, and the newest handlingar in a derived table
      assertThat(core(pg).arenden().varden()).isEqualTo(h2.core().arenden().varden())
          .satisfies(v -> assertThat(v.klassificeringar()).contains("3.9.0.1"));
      assertThat(core(pg).arenden().motparter()).isEqualTo(h2.core().arenden().motparter()).isNotEmpty();
    }
  }

  /**
   * The first import into an empty register goes straight into the table in one transaction (decision 0156); a
   * repeated id after a whole batch fails a statement, which on PostgreSQL aborts the transaction: it must roll
   * back, and the staged import on the same connection must still name both lines.
   */
  @Test
  void anImportIntoAnEmptyRegisterWithARepeatedIdStoresNothingAndNamesBothLinesOnPostgres() throws Exception {
    StringBuilder csv = new StringBuilder("id;lag;insats;kön;beslutsdatum\n");
    for (int i = 0; i < 6_000; i++) {
      csv.append("P-").append(i).append(";SoL;AO-KP;K;2025-02-01\n");
    }
    Path good = Files.writeString(dir.resolve("pg-beslut.csv"), csv);
    Path repeated = Files.writeString(dir.resolve("pg-dubbel.csv"), csv + "P-3;SoL;AO-KP;M;2025-02-01\n");
    try (Database pg = openPostgres()) {
      BeslutImport importer = core(pg).beslutImport();

      assertThatThrownBy(() -> importer.importera(repeated))
          .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.importErrors())
              .extracting(Object::toString)
              .containsExactly("pg-dubbel.csv, rad 6002, kolumn id: P-3 finns redan på rad 5"));
      int stored = pg.read(tx -> tx.dsl().fetchCount(GYNNANDE_BESLUT));
      assertThat(stored).isZero();
      assertThat(importer.importera(good)).isEqualTo(new BeslutImport.Resultat(6_000, 0, 0));
    }
  }

  @Test
  void aBackupOfTheEmbeddedStoreRestoresIntoPostgresWithIdenticalRows() {
    Path zip = dir.resolve("h2.zip");
    h2.core().backup().backup(zip);
    try (Database pg = openPostgres()) {
      core(pg).backup().restore(zip);

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
    h2.core().arenden().registerHandling(1,
        new se.namndbok.core.arende.NyHandling(null, LocalDate.of(2025, 10, 1), se.namndbok.core.arende.Riktning.INKOMMANDE,
            null, "Skrivelse med bilaga", false), "skrivelse.pdf", "%PDF-1.7 skrivelse".getBytes());
    h2.core().backup().backup(fromH2);
    try (Database pg = openPostgres(); TestStore back = TestStore.create()) {
      core(pg).backup().restore(fromH2);
      core(pg).backup().backup(fromPg);
      back.core().backup().restore(fromPg);

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
    db.read(tx -> new se.namndbok.core.backup.persistence.TableCopy().dump(tx)).forEach((t, json) -> out.put(t, json.substring(json.indexOf("\"records\""))));
    return out;
  }
}
