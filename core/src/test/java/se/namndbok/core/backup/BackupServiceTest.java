package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.shared.ReadableOutput;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class BackupServiceTest {
  private TestStore source;
  private TestStore target;

  @BeforeEach
  void open() {
    source = TestStore.create();
    target = TestStore.create();
  }

  @AfterEach
  void close() {
    source.close();
    target.close();
  }

  static void fill(TestStore store) {
    ArendeService arenden = store.core().arenden();
    for (int i = 0; i < 5; i++) {
      Arende a = arenden.register(NyttArende.nytt("3.9.0." + i, "Ärende nummer " + i + " – åäö", "Handläggare",
          i == 3, LocalDate.of(2025, 9, 1 + i)));
      arenden.registerHandling(a.id(), new NyHandling(null, LocalDate.of(2025, 9, 10), Riktning.INKOMMANDE,
          "Avsändare", "Handling " + i, false), "bilaga-" + i + ".pdf",
          ("%PDF-1.7 innehåll " + i).getBytes(StandardCharsets.UTF_8));
    }
  }

  static Map<String, String> everyRow(TestStore store) {
    TableDump dump = new TableDump();
    return store.db().read(tx -> {
      Map<String, String> all = new java.util.LinkedHashMap<>();
      for (String t : dump.tableNames()) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        dump.write(tx, t, out);
        all.put(t, out.toString(StandardCharsets.UTF_8));
      }
      return all;
    });
  }

  @Test
  void restoreGivesIdenticalRowsInEveryTableAndTheFiles(@org.junit.jupiter.api.io.TempDir Path dir) {
    fill(source);
    Path zip = dir.resolve("kopia.zip");

    BackupSummary written = source.core().backup().backup(zip);
    target.core().backup().restore(zip);

    assertThat(written.rows().get("arende")).isEqualTo(5);
    assertThat(written.files()).isEqualTo(5);
    assertThat(everyRow(target)).isEqualTo(everyRow(source));
    assertThat(target.folderFiles().all().toList()).containsExactlyInAnyOrderElementsOf(source.folderFiles().all().toList());
  }

  @Test
  void theWholeDemoBoardRoundTripsWithIdenticalRowsInEveryTable(@org.junit.jupiter.api.io.TempDir Path dir) {
    source.loadDemo();
    Path zip = dir.resolve("demo.zip");

    BackupSummary written = source.core().backup().backup(zip);
    target.core().backup().restore(zip);

    assertThat(written.rows()).allSatisfy((table, rows) -> assertThat(rows).as(table).isNotNegative());
    assertThat(written.rows().values().stream().filter(n -> n > 0).count())
        .as("tables with rows").isGreaterThanOrEqualTo(15);
    assertThat(everyRow(target)).isEqualTo(everyRow(source));
  }

  /** The time a backup was made, shown before it is restored, is the store's (Swedish) time, not the machine's zone. */
  @Test
  void theBackupRecordsWhenItWasMadeByTheStoresClock(@org.junit.jupiter.api.io.TempDir Path dir) {
    Path zip = dir.resolve("b.zip");

    BackupSummary written = source.core().backup().backup(zip);

    assertThat(written.skapad()).isEqualTo(TestStore.CLOCK.now().toString()).isEqualTo("2025-11-03T10:00");
    assertThat(target.core().backup().preview(zip, null).skapad()).isEqualTo(written.skapad());
  }

  @Test
  void newRowsAfterARestoreContinueAfterTheRestoredIds(@org.junit.jupiter.api.io.TempDir Path dir) {
    fill(source);
    Path zip = dir.resolve("kopia.zip");
    source.core().backup().backup(zip);
    target.core().backup().restore(zip);

    Arende next = target.core().arenden()
        .register(NyttArende.nytt(null, "Efter återställning", null, false, LocalDate.of(2025, 10, 1)));

    assertThat(next.id()).isEqualTo(6);
    assertThat(next.diarienummer()).hasToString("2025/6");
  }

  @Test
  void aDamagedBackupIsRefusedByNameAndChangesNothing(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    fill(target);
    Map<String, String> before = everyRow(target);
    Path notAZip = dir.resolve("trasig.zip");
    Files.writeString(notAZip, "det här är ingen zip");

    assertThatThrownBy(() -> target.core().backup().restore(notAZip))
        .isInstanceOf(ValidationException.class).hasMessageContaining("trasig.zip");
    assertThat(everyRow(target)).isEqualTo(before);
  }

  @Test
  void aFailedBackupLeavesNoHalfWrittenFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    fill(source);
    Path sha = source.folderFiles().all().findFirst().map(source.folderFiles()::path).orElseThrow();
    Files.writeString(sha, "ändrad på disk");
    Path zip = dir.resolve("kopia.zip");

    assertThatThrownBy(() -> source.core().backup().backup(zip)).isInstanceOf(RuntimeException.class);
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void theBackupGetsTheFoldersNormalPermissionsNotThoseOfATemporaryFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    fill(source);
    Path zip = dir.resolve("kopia.zip");

    source.core().backup().backup(zip);

    ReadableOutput.assertReadableByGroupAndOthers(zip);
  }
}
