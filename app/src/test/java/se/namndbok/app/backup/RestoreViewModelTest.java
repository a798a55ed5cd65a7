package se.namndbok.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.Andringar;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.core.backup.BackupService;
import se.namndbok.core.db.generated.Tables;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.testing.TestStore;

/** The restore dialog's view model without a window: preview first, restore only when confirmed. */
class RestoreViewModelTest {
  private static final char[] PASSWORD = "kopians lösenord".toCharArray();
  private TestStore store;
  private RestoreViewModel vm;
  private final List<Set<String>> reloads = new ArrayList<>();
  @TempDir
  Path dir;

  @BeforeEach
  void open() {
    store = TestStore.create();
    store.core().beslut().register(beslut("FORE-1"));
    Andringar andringar = new Andringar();
    andringar.allt(reloads::add);
    vm = new RestoreViewModel(store.core(), new CurrentThreadTaskExecutor(), andringar);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void choosesTheNewestAutomaticBackupAndPreviewsItWithoutTouchingTheStore() {
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));

    vm.ladda();

    assertThat(vm.kopior()).containsExactly(today);
    assertThat(vm.valdProperty().get()).isEqualTo(today);
    assertThat(vm.forhandsvisningProperty().get()).contains("Gjord: ", "Gynnande beslut (statistiken): 1",
        "Totalt ");
    assertThat(vm.kanAterstalla().get()).as("not before the confirmation").isFalse();
    vm.aterstall(() -> { });
    assertThat(rows()).as("nothing restored unconfirmed").isEqualTo(2);
  }

  @Test
  void restoresOnceConfirmedAndReloadsEveryArea() {
    Path today = store.core().sakerhetskopior().makeTodaysIfMissing().orElseThrow();
    store.core().beslut().register(beslut("EFTER-1"));
    vm.ladda();
    vm.bekraftadProperty().set(true);
    boolean[] done = {false};

    vm.aterstall(() -> done[0] = true);

    assertThat(done[0]).isTrue();
    assertThat(rows()).isEqualTo(1);
    assertThat(vm.klartProperty().get()).contains(today.getFileName().toString(), "är återställd");
    fxEventsDone();
    assertThat(reloads).contains(Set.of());
  }

  @Test
  void anEncryptedBackupAsksForItsPasswordAndAWrongOneIsRefusedInSwedish() {
    Path zip = dir.resolve("krypterad.zip");
    try (var db = se.namndbok.core.db.Database.openEmbedded(dir.resolve("annan"), PASSWORD)) {
      new BackupService(db, se.namndbok.core.shared.Clock.system()).backup(zip);
    }

    vm.valj(zip);
    assertThat(vm.krypteradProperty().get()).isTrue();
    assertThat(vm.felProperty().get()).contains("krypterad");
    vm.losenordProperty().set("fel lösenord");
    vm.forsokIgen();
    assertThat(vm.felProperty().get()).startsWith("Säkerhetskopian krypterad.zip");
    assertThat(vm.innehallProperty().get()).isNull();
    vm.losenordProperty().set(new String(PASSWORD));
    vm.forsokIgen();
    assertThat(vm.felProperty().get()).isEmpty();
    assertThat(vm.innehallProperty().get()).isNotNull();
  }

  private int rows() {
    return store.db().read(tx -> tx.dsl().fetchCount(Tables.GYNNANDE_BESLUT));
  }

  private static GynnandeBeslut beslut(String id) {
    return new GynnandeBeslut(id, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.of(2025, 1, 10), null, null, null, null,
        null);
  }

  /**
   * Andringar hands its news to the JavaFX thread once a window test in the same JVM has started the toolkit (and
   * runs it at once before that): wait for that thread to be idle, whichever test ran first.
   */
  private static void fxEventsDone() {
    try {
      org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    } catch (IllegalStateException toolkitNotStarted) {
      // no JavaFX thread in this JVM: the listener already ran on this thread
    }
  }
}
