package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.shared.PrivateFiles;
import se.namndbok.core.testing.TestStore;

/** The automatic daily backups: one a day in sakerhetskopior/, the newest 14 kept, made while others write. */
class SakerhetskopiorTest {
  private static final LocalDate TODAY = TestStore.CLOCK.today();
  private TestStore store;
  private Path folder;

  @BeforeEach
  void open() {
    store = TestStore.create();
    store.core().beslut().register(beslut("FORE-1"));
    folder = store.folder().resolve(Sakerhetskopior.MAPP);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void makesTodaysBackupOnceADayAndKeepsOnlyTheNewestFourteen() throws IOException {
    Files.createDirectories(folder);
    for (int daysAgo = 1; daysAgo <= 16; daysAgo++) {
      Files.writeString(folder.resolve("namndbok-" + TODAY.minusDays(daysAgo) + ".zip"), "äldre");
    }
    Files.writeString(folder.resolve("egen-kopia.zip"), "användarens egen");
    Files.writeString(folder.resolve("namndbok-2025-13-01.zip"), "inget datum");

    Sakerhetskopior kopior = store.core().sakerhetskopior();
    Path today = kopior.makeTodaysIfMissing().orElseThrow();

    assertThat(today).isEqualTo(folder.resolve("namndbok-" + TODAY + ".zip"));
    assertThat(kopior.list()).hasSize(Sakerhetskopior.BEHALL).first().isEqualTo(today);
    assertThat(kopior.list().getLast()).isEqualTo(folder.resolve("namndbok-" + TODAY.minusDays(13) + ".zip"));
    assertThat(folder.resolve("namndbok-" + TODAY.minusDays(14) + ".zip")).doesNotExist();
    assertThat(folder.resolve("egen-kopia.zip")).exists();
    assertThat(folder.resolve("namndbok-2025-13-01.zip")).exists();
    assertThat(kopior.makeTodaysIfMissing()).as("once a day").isEmpty();
    assertThat(kopior.list()).hasSize(Sakerhetskopior.BEHALL);
    if (PrivateFiles.posix()) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(today))).isEqualTo("rw-------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    assertThat(restoredRows(today)).as("a verified backup of the store").isEqualTo(1);
  }

  @Test
  void isMadeWhileAnotherWriteIsUnderWayWithoutWaitingForIt() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch backupDone = new CountDownLatch(1);
    CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> store.db().inTransaction(tx -> {
      store.core().beslut().register(beslut("UNDER-1"));
      writing.countDown();
      try {
        return backupDone.await(2, TimeUnit.MINUTES); // the deadlock guard: the backup never waits for this write
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }));
    assertThat(writing.await(2, TimeUnit.MINUTES)).isTrue();

    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    backupDone.countDown();
    writer.get(2, TimeUnit.MINUTES);

    assertThat(restoredRows(today)).as("the backup holds the store as it was, without the open write").isEqualTo(1);
    int now = store.db().read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT));
    assertThat(now).as("the write went on and committed").isEqualTo(2);
  }

  private static int restoredRows(Path zip) {
    try (TestStore other = TestStore.create()) {
      return new BackupService(other.db()).restore(zip).rows().get("gynnande_beslut");
    }
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }
}
