package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  /**
   * Encrypting the store encrypts its automatic backups with the same password: a backup from before stayed plain
   * and readable beside the encrypted store (found by a walk). Changing the password re-encrypts them with the new
   * one; removing the encryption makes them plain again. A copy the user saved elsewhere is theirs and unchanged.
   */
  @Test
  void theAutomaticBackupsFollowTheStoresEncryption() throws IOException {
    Sakerhetskopior kopior = store.core().sakerhetskopior();
    Path today = kopior.makeTodaysIfMissing().orElseThrow();
    Path own = store.folder().resolve("egen-kopia.zip");
    Files.copy(today, own);
    assertThat(BackupService.isEncrypted(today)).as("before: a plain backup of a plain store").isFalse();

    assertThat(kopior.changePassword("första-lösenordet".toCharArray()))
        .isEqualTo(new Sakerhetskopior.Omkrypterade(1, 0));
    assertThat(store.db().encrypted()).isTrue();
    assertThat(BackupService.isEncrypted(today)).as("encrypted with the store").isTrue();
    assertThat(containsPlain(today, "FORE-1")).as("no table readable in it").isFalse();
    assertThat(rows(today, "första-lösenordet")).isEqualTo(1);
    assertThat(BackupService.isEncrypted(own)).as("the user's own copy elsewhere").isFalse();

    assertThat(kopior.changePassword("andra-lösenordet".toCharArray()))
        .isEqualTo(new Sakerhetskopior.Omkrypterade(1, 0));
    assertThat(rows(today, "andra-lösenordet")).as("opened with the new password").isEqualTo(1);
    assertThatThrownBy(() -> rows(today, "första-lösenordet")).as("no longer with the old one")
        .isInstanceOf(RuntimeException.class);

    assertThat(kopior.changePassword(null)).isEqualTo(new Sakerhetskopior.Omkrypterade(1, 0));
    assertThat(BackupService.isEncrypted(today)).as("plain again with the store").isFalse();
    assertThat(restoredRows(today)).isEqualTo(1);
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactly(today.getFileName().toString());
    }
  }

  /**
   * A backup left plain beside an encrypted store (the program stopped while the password was being changed) is
   * encrypted at the next start; one encrypted with an earlier password than the store's is left as it is, and
   * said so.
   */
  @Test
  void aPlainBackupBesideAnEncryptedStoreIsEncryptedAtTheNextStartAndAnOlderPasswordsIsLeft() throws IOException {
    Sakerhetskopior kopior = store.core().sakerhetskopior();
    Path today = kopior.makeTodaysIfMissing().orElseThrow();
    kopior.changePassword("noll-lösenordet".toCharArray());
    Path withP0 = Files.copy(today, store.folder().resolve("med-noll.zip"));
    kopior.changePassword("första-lösenordet".toCharArray());
    Path older = Files.copy(withP0, folder.resolve("namndbok-" + TODAY.minusDays(4) + ".zip"));
    Path yesterday = folder.resolve("namndbok-" + TODAY.minusDays(1) + ".zip");
    try (var in = Files.newInputStream(today); var out = Files.newOutputStream(yesterday)) {
      BackupCipher.decrypt(in, out, "första-lösenordet".toCharArray()); // as an interrupted change leaves it
    }

    assertThat(kopior.makeTodaysIfMissing()).as("today's exists").isEmpty();
    assertThat(BackupService.isEncrypted(yesterday)).as("encrypted at the next start").isTrue();
    assertThat(rows(yesterday, "första-lösenordet")).isEqualTo(1);

    assertThat(kopior.changePassword("andra-lösenordet".toCharArray()))
        .as("today's and yesterday's rewritten; the one with an earlier password left")
        .isEqualTo(new Sakerhetskopior.Omkrypterade(2, 1));
    assertThat(rows(yesterday, "andra-lösenordet")).isEqualTo(1);
    assertThat(rows(older, "noll-lösenordet")).as("still opens with its own password").isEqualTo(1);
  }

  private int rows(Path zip, String password) {
    return new BackupService(store.db(), store.clock()).preview(zip, password.toCharArray()).rows().get("gynnande_beslut");
  }

  private static boolean containsPlain(Path zip, String text) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    byte[] t = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + t.length <= bytes.length; i++) {
      for (int j = 0; j < t.length; j++) {
        if (bytes[i + j] != t[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static int restoredRows(Path zip) {
    try (TestStore other = TestStore.create()) {
      return new BackupService(other.db(), other.clock()).restore(zip).rows().get("gynnande_beslut");
    }
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }
}
