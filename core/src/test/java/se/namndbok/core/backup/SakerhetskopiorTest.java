package se.namndbok.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
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

/**
 * The automatic daily backups: one a day in sakerhetskopior/, the newest 14 kept, made while others write; and the
 * store as it was before each restore, beside them.
 */
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

  /**
   * A restore first saves the store as it is beside the automatic backups: the only automatic backup of a new
   * nämnd's first day was made seconds after it was created, and restoring it lost the day's work for good
   * (found by a walk). The copy is the newest in the list and restoring it brings the day's work back.
   */
  @Test
  void aRestoreFirstSavesTheStoreAsItWasSoTheDaysWorkHasAWayBack() {
    Sakerhetskopior kopior = store.core().sakerhetskopior();
    Path today = kopior.makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));

    BackupService.Aterstallning a = store.core().backup().restore(today);

    assertThat(currentRows()).as("the store as the backup has it").isEqualTo(1);
    assertThat(a.innehall().rows()).containsEntry("gynnande_beslut", 1);
    assertThat(a.fore()).isEqualTo(folder.resolve("namndbok-fore-aterstallning-"
        + TestStore.CLOCK.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".zip"));
    assertThat(kopior.list()).as("newest first").containsExactly(a.fore(), today);
    assertThat(Sakerhetskopior.slag(a.fore())).isEqualTo(Sakerhetskopior.Slag.FORE_ATERSTALLNING);
    if (PrivateFiles.posix()) {
      assertThat(PosixFilePermissions.toString(uncheckedPermissions(a.fore()))).isEqualTo("rw-------");
    }

    BackupService.Aterstallning back = store.core().backup().restore(a.fore());

    assertThat(currentRows()).as("the day's work is back").isEqualTo(2);
    assertThat(back.fore()).as("a second restore within the same second keeps both copies")
        .isEqualTo(folder.resolve(a.fore().getFileName().toString().replace(".zip", "-2.zip")));
    assertThat(kopior.list()).containsExactly(back.fore(), a.fore(), today);
    assertThat(restoredRows(back.fore())).isEqualTo(1);
  }

  @Test
  void theCopiesMadeBeforeRestoresAreKeptFourteenAndTheDailyOnesApart() throws IOException {
    Files.createDirectories(folder);
    for (int daysAgo = 1; daysAgo <= 15; daysAgo++) {
      Files.writeString(folder.resolve("namndbok-fore-aterstallning-" + TODAY.minusDays(daysAgo) + "-120000.zip"),
          "äldre");
    }
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();

    Path fore = store.core().backup().restore(today).fore();

    List<Path> all = store.core().sakerhetskopior().list();
    assertThat(all).hasSize(Sakerhetskopior.BEHALL + 1).startsWith(fore).contains(today);
    assertThat(folder.resolve("namndbok-fore-aterstallning-" + TODAY.minusDays(14) + "-120000.zip")).doesNotExist();
    assertThat(folder.resolve("namndbok-fore-aterstallning-" + TODAY.minusDays(13) + "-120000.zip")).exists();
  }

  /** The restore dialog's list: when each backup was made and what it holds, also for an encrypted store's. */
  @Test
  void eachBackupInTheListSaysWhenItWasMadeAndWhatItHoldsAlsoWhenEncrypted() throws IOException {
    Sakerhetskopior kopior = store.core().sakerhetskopior();
    Path today = kopior.makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));
    Path fore = store.core().backup().restore(today).fore();
    Files.writeString(folder.resolve("namndbok-" + TODAY.minusDays(1) + ".zip"), "skadad");

    List<Sakerhetskopior.Kopia> plain = kopior.kopior();

    assertThat(plain).extracting(Sakerhetskopior.Kopia::fil)
        .containsExactly(fore, today, folder.resolve("namndbok-" + TODAY.minusDays(1) + ".zip"));
    assertThat(plain.get(0).slag()).isEqualTo(Sakerhetskopior.Slag.FORE_ATERSTALLNING);
    assertThat(plain.get(0).innehall().rows()).containsEntry("gynnande_beslut", 2);
    assertThat(plain.get(1).slag()).isEqualTo(Sakerhetskopior.Slag.AUTOMATISK);
    assertThat(plain.get(1).gjord()).isEqualTo(TestStore.CLOCK.now());
    assertThat(plain.get(1).innehall().rows()).containsEntry("gynnande_beslut", 1);
    assertThat(plain.get(2).innehall()).as("unreadable: its name's day and its size").isNull();
    assertThat(plain.get(2).gjord()).isEqualTo(TODAY.minusDays(1).atStartOfDay());
    assertThat(plain.get(2).storlek()).isEqualTo("skadad".length());

    kopior.changePassword("lösenordet-1".toCharArray());
    List<Sakerhetskopior.Kopia> encrypted = kopior.kopior();

    assertThat(BackupService.isEncrypted(today)).isTrue();
    assertThat(encrypted.get(0).innehall().rows()).containsEntry("gynnande_beslut", 2);
    assertThat(encrypted.get(1).innehall().rows()).containsEntry("gynnande_beslut", 1);
    assertThat(encrypted.get(1).gjord()).isEqualTo(TestStore.CLOCK.now());
  }

  private int currentRows() {
    return store.db().read(tx -> tx.dsl().fetchCount(se.namndbok.core.db.generated.Tables.GYNNANDE_BESLUT));
  }

  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> uncheckedPermissions(Path file) {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
      return new BackupService(other.db(), other.clock()).restore(zip).innehall().rows().get("gynnande_beslut");
    }
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }
}
