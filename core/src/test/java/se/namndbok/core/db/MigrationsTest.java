package se.namndbok.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  @TempDir Path folder;

  @Test
  void theProgramKnowsEveryScriptInTheMigrationFolderAndItsJavaMigration() throws Exception {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql"))
          .forEach(n -> onDisk.add(n.substring(1, n.indexOf("__"))));
    }
    onDisk.add("89"); // V89__Diariets_sokord, Java (decision 0142)
    assertThat(Migrations.scriptVersions()).isEqualTo(onDisk).contains("1", "82", "88");
  }

  @Test
  void aStoreWithEveryScriptAppliedIsUpToDateAndOneScriptMoreOrLessSendsItToFlyway() {
    try (Database db = Database.openEmbedded(folder)) {
      Set<String> scripts = Migrations.scriptVersions();
      assertThat(Migrations.upToDate(db.dataSource(), scripts)).contains(db.schemaVersion());
      Set<String> newer = new TreeSet<>(scripts);
      newer.add("9999");
      assertThat(Migrations.upToDate(db.dataSource(), newer)).isEmpty();
      Set<String> older = new TreeSet<>(scripts);
      older.remove(db.schemaVersion());
      assertThat(Migrations.upToDate(db.dataSource(), older)).isEmpty();
    }
  }

  @Test
  void aFailedMigrationInTheHistorySendsTheStoreToFlyway() throws Exception {
    try (Database db = Database.openEmbedded(folder)) {
      try (var c = db.dataSource().getConnection(); var st = c.createStatement()) {
        st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
      }
      assertThat(Migrations.upToDate(db.dataSource(), Migrations.scriptVersions())).isEmpty();
    }
  }

  @Test
  void aNewStoreIsNotUpToDate() throws Exception {
    EmbeddedStore store = EmbeddedStore.open(folder, null, true);
    try {
      assertThat(Migrations.upToDate(store.dataSource(), Migrations.scriptVersions())).isEmpty();
    } finally {
      store.close();
    }
  }
}
